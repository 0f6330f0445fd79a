package org.casetrack.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.casetrack.model.CaseFile;
import org.casetrack.model.CaseStatus;
import org.casetrack.model.PartialDate;
import org.casetrack.model.Person;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.Sentence;
import org.casetrack.model.SentenceKind;
import org.casetrack.model.Sex;
import org.casetrack.model.Term;
import org.casetrack.store.CaseStore;
import org.casetrack.store.Database;
import org.casetrack.store.FactStore;
import org.casetrack.store.PersonStore;
import org.casetrack.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A change to a case alone (no fact of a person changes) reaches the stored items of everyone in it (decision 0115). */
class StoredScheduleCaseChangeTest {

    @TempDir
    Path dir;

    @Test
    void renamingACaseOrDroppingItsJurisdictionUpdatesTheStoredItems() {
        try (Database db = TestDatabases.create(dir)) {
            long person = db.write(ctx -> new PersonStore(ctx).insert(new Person(null, "Person A", null, null, Sex.UNKNOWN, null,
                    Set.of(), PersonStatus.IMPRISONED, null, "Kazakhstan", null, false)));
            long c = db.write(ctx -> new CaseStore(ctx).insert(new CaseFile(null, "First title", "Kazakhstan", "Kazakhstan", null,
                    CaseStatus.OPEN, null, false)));
            db.writeVoid(ctx -> new FactStore(ctx).insertSentence(new Sentence(null, person, c, SentenceKind.IMPRISONMENT,
                    Term.of(2, 0, 0), null, null, PartialDate.of(LocalDate.of(2024, 3, 1)), "City Court", null, null, null, false)));
            ScheduleService service = new ScheduleService(db);
            LocalDate asOf = LocalDate.of(2024, 3, 5);
            assertThat(service.upcoming(asOf, 30, 0)).extracting(ScheduleItem::caseTitle).containsExactly("First title");

            db.writeVoid(ctx -> {
                CaseStore store = new CaseStore(ctx);
                CaseFile f = store.get(c).orElseThrow();
                store.update(new CaseFile(f.id(), "Second title", f.country(), f.jurisdiction(), f.caseNumber(), f.status(), f.summary(),
                        f.confidential()));
            });
            List<ScheduleItem> renamed = service.upcoming(asOf, 30, 0);
            assertThat(renamed).isEqualTo(Upcoming.select(service.items(), asOf, 30, 0));
            assertThat(renamed).extracting(ScheduleItem::caseTitle).containsExactly("Second title");

            db.writeVoid(ctx -> {
                CaseStore store = new CaseStore(ctx);
                CaseFile f = store.get(c).orElseThrow();
                store.update(new CaseFile(f.id(), f.title(), "", "", f.caseNumber(), f.status(), f.summary(), f.confidential()));
            });
            assertThat(service.upcoming(asOf, 30, 0)).isEmpty();
        }
    }
}
