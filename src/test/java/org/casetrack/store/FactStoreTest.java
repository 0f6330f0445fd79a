package org.casetrack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.casetrack.model.Appeal;
import org.casetrack.model.AppealLevel;
import org.casetrack.model.AppealOutcome;
import org.casetrack.model.CaseFile;
import org.casetrack.model.CaseStatus;
import org.casetrack.model.Event;
import org.casetrack.model.EventType;
import org.casetrack.model.Evidence;
import org.casetrack.model.FactType;
import org.casetrack.model.Finding;
import org.casetrack.model.NameKind;
import org.casetrack.model.PartialDate;
import org.casetrack.model.PartyRole;
import org.casetrack.model.Person;
import org.casetrack.model.PersonRole;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.Sentence;
import org.casetrack.model.SentenceKind;
import org.casetrack.model.Sex;
import org.casetrack.model.SourceDocument;
import org.casetrack.model.Term;
import org.casetrack.model.UnBody;
import org.casetrack.model.UnRuling;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

@OnBothDatabases
class FactStoreTest {

    @Parameter
    TestBackend backend;

    @TempDir
    Path dir;
    Database db;
    long alma;
    long bek;

    @BeforeEach
    void setUp() {
        db = TestDatabases.create(backend, dir);
        alma = db.write(ctx -> new PersonStore(ctx).insert(new Person(null, "Alma Tokaeva", "Alma", "Tokaeva", Sex.FEMALE, 1980,
                EnumSet.of(PersonRole.JOURNALIST), PersonStatus.IMPRISONED, null, "Freedonia", null, false)));
        bek = db.write(ctx -> new PersonStore(ctx).insert(new Person(null, "Bek Nurov", null, null, Sex.MALE, null,
                EnumSet.noneOf(PersonRole.class), PersonStatus.UNKNOWN, null, null, null, false)));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void sentenceKeepsTermPartsFineAndPartialDates() {
        long id = db.write(ctx -> new FactStore(ctx).insertSentence(new Sentence(null, alma, null, SentenceKind.IMPRISONMENT,
                Term.parse("P2Y6M"), null, null, PartialDate.parse("2016-03"), "City Court", null, 40, null, false)));
        long fine = db.write(ctx -> new FactStore(ctx).insertSentence(new Sentence(null, alma, null, SentenceKind.FINE,
                null, new BigDecimal("212100.00"), "KZT", PartialDate.parse("2017"), null, null, null, null, false)));
        FactStore facts = new FactStore(db.dsl());
        Sentence s = facts.sentence(id).orElseThrow();
        assertThat(s.term()).isEqualTo(new Term(2, 6, 0));
        assertThat(s.imposed()).isEqualTo(PartialDate.parse("2016-03"));
        assertThat(s.imposed().exactDay()).isNull();
        assertThat(s.pretrialDays()).isEqualTo(40);
        Sentence f = facts.sentence(fine).orElseThrow();
        assertThat(f.fineAmount()).isEqualByComparingTo("212100");
        assertThat(f.fineCurrency()).isEqualTo("KZT");
        assertThat(f.term()).isNull();
        assertThat(facts.sentencesOf(alma)).hasSize(2);
    }

    @Test
    void appealHasSeveralPersonsAndUpdates() {
        long id = db.write(ctx -> new FactStore(ctx).insertAppeal(new Appeal(null, List.of(alma, bek), null, null, AppealLevel.APPEAL,
                "Regional Court", null, null, PartialDate.parse("2016-11-30"), AppealOutcome.DISMISSED, null, false)));
        FactStore facts = new FactStore(db.dsl());
        assertThat(facts.appealsOf(bek)).extracting(Appeal::id).containsExactly(id);
        Appeal a = facts.appeal(id).orElseThrow();
        db.writeVoid(ctx -> new FactStore(ctx).updateAppeal(new Appeal(a.id(), List.of(alma), null, null, AppealLevel.CASSATION,
                "Supreme Court", null, null, a.decision(), AppealOutcome.PARTLY_GRANTED, "reduced", false)));
        Appeal b = facts.appeal(id).orElseThrow();
        assertThat(b.personIds()).containsExactly(alma);
        assertThat(b.level()).isEqualTo(AppealLevel.CASSATION);
        assertThat(facts.appealsOf(bek)).isEmpty();
    }

    @Test
    void appealWithoutPersonsIsRefused() {
        assertThatThrownBy(() -> db.writeVoid(ctx -> new FactStore(ctx).insertAppeal(new Appeal(null, List.of(), null, null,
                AppealLevel.APPEAL, null, null, null, null, AppealOutcome.UNKNOWN, null, false))))
                .isInstanceOf(StoreException.class);
    }

    @Test
    void rulingsAndEventsRoundTrip() {
        db.writeVoid(ctx -> {
            new FactStore(ctx).insertRuling(new UnRuling(null, alma, null, UnBody.CAT, "123/2015", PartialDate.parse("2017-06"),
                    Finding.VIOLATION, "1, 2", null, null, false));
            new FactStore(ctx).insertEvent(new Event(null, EventType.ARREST, PartialDate.parse("2016-05-17"), "Oral", "Freedonia",
                    "Arrested at home", List.of(alma, bek), null, false));
        });
        FactStore facts = new FactStore(db.dsl());
        assertThat(facts.rulingsOf(alma)).singleElement().satisfies(r -> {
            assertThat(r.body()).isEqualTo(UnBody.CAT);
            assertThat(r.adopted().toIso()).isEqualTo("2017-06");
        });
        assertThat(facts.eventsOf(bek)).singleElement().satisfies(e -> assertThat(e.personIds()).containsExactlyInAnyOrder(alma, bek));
    }

    @Test
    void casesPartiesChargesAndEvidence() {
        long caseId = db.write(ctx -> {
            CaseStore cases = new CaseStore(ctx);
            long c = cases.insert(new CaseFile(null, "Tokaeva defamation case", "Freedonia", "Freedonia", "1-23/2016",
                    CaseStatus.OPEN, null, false));
            cases.addParty(c, alma, PartyRole.DEFENDANT);
            cases.addParty(c, alma, PartyRole.DEFENDANT);
            cases.insertCharge(new org.casetrack.model.Charge(null, c, alma, "Art. 130", "defamation"));
            DocumentStore docs = new DocumentStore(ctx);
            long d = docs.insert(new SourceDocument(null, "A report", "An NGO", "Freedonia", 2016, "text", "abc", null, null, "Some text."));
            docs.addEvidence(new Evidence(null, d, FactType.CASE_FILE.code(), c, 0, 4, "Some", null));
            return c;
        });
        CaseStore cases = new CaseStore(db.dsl());
        assertThat(cases.parties(caseId)).hasSize(1);
        assertThat(cases.casesOf(alma)).extracting(CaseFile::title).containsExactly("Tokaeva defamation case");
        assertThat(cases.charges(caseId)).extracting(org.casetrack.model.Charge::article).containsExactly("Art. 130");
        DocumentStore docs = new DocumentStore(db.dsl());
        assertThat(docs.evidenceFor(FactType.CASE_FILE, caseId)).singleElement().satisfies(e -> assertThat(e.quote()).isEqualTo("Some"));
        assertThat(docs.findByHash("abc")).isPresent();
        assertThat(docs.list()).singleElement().satisfies(d -> assertThat(d.text()).isNull());
    }

    @Test
    void renamingKeepsTheOldSpellingAsAVariant() {
        PersonStore persons = new PersonStore(db.dsl());
        Person p = persons.get(bek).orElseThrow();
        db.writeVoid(ctx -> new PersonStore(ctx).update(new Person(p.id(), "Bekzat Nurov", "Bekzat", "Nurov", p.sex(), p.birthYear(),
                EnumSet.of(PersonRole.BLOGGER), p.status(), p.placeOfDetention(), p.country(), p.notes(), p.confidential())));
        assertThat(persons.names(bek)).extracting(n -> n.name() + "/" + n.kind())
                .containsExactly("Bekzat Nurov/" + NameKind.PRIMARY, "Bek Nurov/" + NameKind.VARIANT);
        assertThat(persons.get(bek).orElseThrow().roles()).containsExactly(PersonRole.BLOGGER);
    }
}
