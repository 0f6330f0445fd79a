package org.casetrack.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.casetrack.dataset.SampleData;
import org.casetrack.model.CaseFile;
import org.casetrack.model.CaseStatus;
import org.casetrack.model.Evidence;
import org.casetrack.model.FactType;
import org.casetrack.model.NameKind;
import org.casetrack.model.PartialDate;
import org.casetrack.model.PartyRole;
import org.casetrack.model.Person;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.Sentence;
import org.casetrack.model.SentenceKind;
import org.casetrack.model.Sex;
import org.casetrack.model.SourceDocument;
import org.casetrack.model.Term;
import org.casetrack.store.CaseStore;
import org.casetrack.store.Database;
import org.casetrack.store.DocumentStore;
import org.casetrack.store.FactStore;
import org.casetrack.store.PersonStore;

/** Real encrypted databases for export tests: the sample data, plus a person known in Cyrillic with quoted sources. */
final class TestDatabase {

    static final char[] PASS = "correct horse battery".toCharArray();
    static final String CYRILLIC = "Жанна Серикбаева";
    static final String QUOTE = "Суд приговорил её к двум годам ограничения свободы.";
    static final String SECRET = "Lawyer's private phone: 555-0100";

    private TestDatabase() {
    }

    static Database sample(Path dir) {
        Database db = Database.create(dir.resolve("test"), PASS);
        SampleData.load(db);
        return db;
    }

    /** The sample data in a new database on the given backend (a file in dir, or a fresh server database). */
    static Database sample(org.casetrack.store.TestBackend backend, Path dir) {
        return org.casetrack.store.TestDatabases.sample(backend, dir);
    }

    static Database empty(org.casetrack.store.TestBackend backend, Path dir) {
        return backend == org.casetrack.store.TestBackend.H2 ? Database.create(dir.resolve("test"), PASS)
                : org.casetrack.store.TestDatabases.create(backend, dir);
    }

    /** Adds a person with a Cyrillic name, a case, a sentence quoted from an imported document, and a confidential sentence. */
    static long addCyrillicPerson(Database db) {
        return db.write(ctx -> {
            PersonStore persons = new PersonStore(ctx);
            long pid = persons.insert(new Person(null, CYRILLIC, "Жанна", "Серикбаева", Sex.FEMALE, null, Set.of(),
                    PersonStatus.RESTRICTED_FREEDOM, null, "Kazakhstan", SECRET, false));
            persons.addName(pid, "Zhanna Serikbaeva", NameKind.TRANSLITERATION);
            CaseStore cases = new CaseStore(ctx);
            long cid = cases.insert(new CaseFile(null, "Дело Серикбаевой", "Kazakhstan", "Kazakhstan", "1-23/2017",
                    CaseStatus.OPEN, "Trial for posts on social media.", false));
            cases.addParty(cid, pid, PartyRole.DEFENDANT);
            String text = "Отчёт. " + QUOTE + " Конец.";
            long doc = new DocumentStore(ctx).insert(new SourceDocument(null, "Доклад о правах человека", "Правозащитный центр",
                    "Kazakhstan", 2017, "text", "hash-cyrillic-test", null, null, text));
            FactStore facts = new FactStore(ctx);
            long sid = facts.insertSentence(new Sentence(null, pid, cid, SentenceKind.RESTRICTED_FREEDOM, Term.parse("P2Y"), null, null,
                    PartialDate.parse("2017-04-07"), "Алматинский городской суд", PartialDate.parse("2017-04-25"), null, null, false));
            int start = text.indexOf(QUOTE);
            new DocumentStore(ctx).addEvidence(new Evidence(null, doc, FactType.SENTENCE.code(), sid, start, start + QUOTE.length(), QUOTE, null));
            facts.insertSentence(new Sentence(null, pid, cid, SentenceKind.FINE, null, new java.math.BigDecimal("100000"), "KZT",
                    PartialDate.parse("2017-06"), "Secret Tribunal", null, null, SECRET, true));
            return pid;
        });
    }

    static List<String> lines(String s) {
        return List.of(s.split("\\R"));
    }
}
