package org.casetrack.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.casetrack.model.CaseFile;
import org.casetrack.model.CaseStatus;
import org.casetrack.model.EventType;
import org.casetrack.model.NameKind;
import org.casetrack.model.PartialDate;
import org.casetrack.model.PartyRole;
import org.casetrack.model.Person;
import org.casetrack.model.PersonRole;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.Sentence;
import org.casetrack.model.SentenceKind;
import org.casetrack.model.Sex;
import org.casetrack.model.Term;
import org.casetrack.store.CaseStore;
import org.casetrack.store.Countries;
import org.casetrack.store.Database;
import org.casetrack.store.FactStore;
import org.casetrack.store.PersonStore;

/**
 * Generates the benchmark database of issue 13, the same every time for the same seed:
 * persons (each with a Latin primary spelling, most with a variant, 10% of all spellings in
 * Cyrillic), cases with parties, sentences, and a million events.
 * <p>
 * Persons, spellings, roles, cases, parties and sentences go through the stores (match keys,
 * word keys and country lists written as in use, audit trigger on). Events and their persons
 * take the documented bulk path: batched inserts with the two tables' audit triggers dropped
 * for the load (a generated database has no history to keep; they come back on the next
 * open). See docs/benchmarks.md.
 */
public final class ScaleData {

    public record Size(int persons, int cases, int events, int sentences) {
        public static Size issue13() {
            return new Size(100_000, 30_000, 1_000_000, 20_000);
        }

        public Size scaled(double f) {
            return new Size(Math.max(10, (int) (persons * f)), Math.max(3, (int) (cases * f)), Math.max(10, (int) (events * f)),
                    Math.max(2, (int) (sentences * f)));
        }
    }

    /** The one event type the generator never writes, for the "absent type" filter. */
    public static final EventType ABSENT_TYPE = EventType.EXTRADITION;
    public static final List<String> COUNTRIES = List.of("Kazakhstan", "Belarus", "Azerbaijan", "Russia", "Uzbekistan",
            "Tajikistan", "Turkmenistan", "Kyrgyzstan");

    private static final String[] GIVEN = {"Maks", "Aleksei", "Natalia", "Yerlan", "Serik", "Aigul", "Dmitri", "Olga",
        "Timur", "Zhanna", "Marat", "Saule", "Ruslan", "Gulnara", "Nurlan", "Irina", "Bakhyt", "Elena", "Askar", "Dina",
        "Vladimir", "Svetlana", "Azamat", "Yulia", "Kairat", "Madina", "Pavel", "Asel", "Oleg", "Roza"};
    private static final String[] GIVEN_CYR = {"Макс", "Алексей", "Наталья", "Ерлан", "Серик", "Айгуль", "Дмитрий", "Ольга",
        "Тимур", "Жанна", "Марат", "Сауле", "Руслан", "Гульнара", "Нурлан", "Ирина", "Бахыт", "Елена", "Аскар", "Дина",
        "Владимир", "Светлана", "Азамат", "Юлия", "Кайрат", "Мадина", "Павел", "Асель", "Олег", "Роза"};
    // surnames are syllables + ending: about 24 x 24 x 4 = 2,300 distinct stems
    private static final String[] S1 = {"Bo", "Ka", "Mu", "Sa", "Te", "Zhu", "Ab", "Er", "Ku", "Na", "Ra", "Tu", "Ba", "Da",
        "Ge", "Is", "Ma", "Nu", "Or", "Se", "Ta", "Ul", "Ya", "Zo"};
    private static final String[] S1_CYR = {"Бо", "Ка", "Му", "Са", "Те", "Жу", "Аб", "Ер", "Ку", "На", "Ра", "Ту", "Ба", "Да",
        "Ге", "Ис", "Ма", "Ну", "Ор", "Се", "Та", "Ул", "Я", "Зо"};
    private static final String[] S2 = {"ka", "ri", "lan", "sem", "tor", "bek", "zha", "mi", "nur", "gal", "dar", "pe",
        "sy", "lo", "kin", "va", "bai", "ta", "ro", "shi", "mur", "den", "li", "gu"};
    private static final String[] S2_CYR = {"ка", "ри", "лан", "сем", "тор", "бек", "жа", "ми", "нур", "гал", "дар", "пе",
        "сы", "ло", "кин", "ва", "бай", "та", "ро", "ши", "мур", "ден", "ли", "гу"};
    private static final String[] END = {"ev", "ov", "enko", "in"};
    private static final String[] END_VARIANT = {"yev", "off", "enco", "yn"};
    private static final String[] END_CYR = {"ев", "ов", "енко", "ин"};

    private final long seed;

    public ScaleData(long seed) {
        this.seed = seed;
    }

    /** What was written, for the report. */
    public record Written(int persons, int spellings, int cyrillicSpellings, int cases, int events, int sentences, long millis) {
    }

    public Written generate(Database db, Size size) {
        long t0 = System.nanoTime();
        Random rnd = new Random(seed);
        int[] spellings = {0, 0};
        List<Long> personIds = new ArrayList<>(size.persons());
        int batch = 1000;
        for (int from = 0; from < size.persons(); from += batch) {
            int to = Math.min(size.persons(), from + batch);
            db.writeVoid(ctx -> {
                PersonStore ps = new PersonStore(ctx);
                for (int i = personIds.size(); i < to; i++) {
                    int g = rnd.nextInt(GIVEN.length);
                    int a = rnd.nextInt(S1.length);
                    int b = rnd.nextInt(S2.length);
                    int e = rnd.nextInt(END.length);
                    String surname = S1[a] + S2[b] + END[e];
                    PersonStatus status = PersonStatus.values()[rnd.nextInt(PersonStatus.values().length)];
                    EnumSet<PersonRole> roles = EnumSet.of(PersonRole.values()[rnd.nextInt(PersonRole.values().length)]);
                    String country = COUNTRIES.get(rnd.nextInt(COUNTRIES.size()));
                    long id = ps.insert(new Person(null, GIVEN[g] + " " + surname, GIVEN[g], surname,
                            rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE, 1940 + rnd.nextInt(60), roles, status,
                            status == PersonStatus.IMPRISONED ? "penal colony No. " + (1 + rnd.nextInt(40)) : null, country, null, false));
                    personIds.add(id);
                    spellings[0]++;
                    // 60 variants per 100 persons: 16 of them Cyrillic (10% of all spellings)
                    int v = rnd.nextInt(100);
                    if (v < 16) {
                        ps.addName(id, GIVEN_CYR[g] + " " + S1_CYR[a] + S2_CYR[b] + END_CYR[e], NameKind.VARIANT);
                        spellings[0]++;
                        spellings[1]++;
                    } else if (v < 60) {
                        ps.addName(id, GIVEN[g] + " " + S1[a] + S2[b] + END_VARIANT[e], NameKind.VARIANT);
                        spellings[0]++;
                    }
                }
            });
        }
        List<Long> caseIds = new ArrayList<>(size.cases());
        for (int from = 0; from < size.cases(); from += batch) {
            int to = Math.min(size.cases(), from + batch);
            db.writeVoid(ctx -> {
                CaseStore cs = new CaseStore(ctx);
                for (int i = caseIds.size(); i < to; i++) {
                    String country = COUNTRIES.get(rnd.nextInt(COUNTRIES.size()));
                    long id = cs.insert(new CaseFile(null, "Case No. " + (1000 + i) + " (" + country + ")", country, country,
                            (1000 + i) + "/" + (2000 + rnd.nextInt(26)), CaseStatus.values()[rnd.nextInt(CaseStatus.values().length)],
                            null, false));
                    caseIds.add(id);
                    int parties = 1 + rnd.nextInt(3);
                    for (int p = 0; p < parties; p++) {
                        cs.addParty(id, personIds.get(rnd.nextInt(personIds.size())), PartyRole.DEFENDANT);
                    }
                }
            });
        }
        for (int from = 0; from < size.sentences(); from += batch) {
            int to = Math.min(size.sentences(), from + batch);
            int start = from;
            db.writeVoid(ctx -> {
                FactStore fs = new FactStore(ctx);
                for (int i = start; i < to; i++) {
                    LocalDate imposed = LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(4000));
                    fs.insertSentence(new Sentence(null, personIds.get(rnd.nextInt(personIds.size())),
                            caseIds.get(rnd.nextInt(caseIds.size())), SentenceKind.IMPRISONMENT, new Term(1 + rnd.nextInt(12), 0, 0),
                            null, null, PartialDate.of(imposed), "City court", null, null, null, false));
                }
            });
        }
        bulkEvents(db, size.events(), rnd, personIds, caseIds);
        return new Written(personIds.size(), spellings[0], spellings[1], caseIds.size(), size.events(), size.sentences(),
                (System.nanoTime() - t0) / 1_000_000);
    }

    private static void bulkEvents(Database db, int n, Random rnd, List<Long> personIds, List<Long> caseIds) {
        EventType[] types = java.util.Arrays.stream(EventType.values()).filter(t -> t != ABSENT_TYPE).toArray(EventType[]::new);
        db.dsl().execute("DROP TRIGGER IF EXISTS \"AUDIT_EVENT\"");
        db.dsl().execute("DROP TRIGGER IF EXISTS \"AUDIT_EVENT_PERSON\"");
        long base = db.dsl().fetchOne("SELECT COALESCE(MAX(id), 0) FROM event").get(0, Long.class);
        db.dsl().connection(c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement ev = c.prepareStatement("INSERT INTO event (id, case_id, type, date_from, date_to, date_precision, "
                    + "place, country, summary, confidential) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)");
                 PreparedStatement ep = c.prepareStatement("INSERT INTO event_person (event_id, person_id) VALUES (?, ?)")) {
                LocalDate first = LocalDate.of(1995, 1, 1);
                int days = (int) (LocalDate.of(2027, 6, 30).toEpochDay() - first.toEpochDay());
                for (int i = 1; i <= n; i++) {
                    long id = base + i;
                    ev.setLong(1, id);
                    if (rnd.nextBoolean()) {
                        ev.setLong(2, caseIds.get(rnd.nextInt(caseIds.size())));
                    } else {
                        ev.setNull(2, Types.BIGINT);
                    }
                    ev.setString(3, types[rnd.nextInt(types.length)].name());
                    int precision = rnd.nextInt(10); // 1 in 10 undated, 1 in 10 year, 2 in 10 month, rest day
                    LocalDate d = first.plusDays(rnd.nextInt(days));
                    if (precision == 0) {
                        ev.setNull(4, Types.DATE);
                        ev.setNull(5, Types.DATE);
                        ev.setNull(6, Types.VARCHAR);
                    } else if (precision == 1) {
                        ev.setDate(4, Date.valueOf(d.withDayOfYear(1)));
                        ev.setDate(5, Date.valueOf(d.withDayOfYear(d.lengthOfYear())));
                        ev.setString(6, "YEAR");
                    } else if (precision <= 3) {
                        ev.setDate(4, Date.valueOf(d.withDayOfMonth(1)));
                        ev.setDate(5, Date.valueOf(d.withDayOfMonth(d.lengthOfMonth())));
                        ev.setString(6, "MONTH");
                    } else {
                        ev.setDate(4, Date.valueOf(d));
                        ev.setDate(5, Date.valueOf(d));
                        ev.setString(6, "DAY");
                    }
                    ev.setString(7, "Place " + rnd.nextInt(300));
                    ev.setString(8, COUNTRIES.get(rnd.nextInt(COUNTRIES.size())));
                    ev.setString(9, "Generated event " + i);
                    ev.addBatch();
                    long p1 = personIds.get(rnd.nextInt(personIds.size()));
                    ep.setLong(1, id);
                    ep.setLong(2, p1);
                    ep.addBatch();
                    if (rnd.nextInt(4) == 0) {
                        long p2 = personIds.get(rnd.nextInt(personIds.size()));
                        if (p2 != p1) {
                            ep.setLong(1, id);
                            ep.setLong(2, p2);
                            ep.addBatch();
                        }
                    }
                    if (i % 5000 == 0 || i == n) {
                        ev.executeBatch();
                        ep.executeBatch();
                        c.commit();
                    }
                }
                try (var st = c.createStatement()) {
                    st.execute("ALTER TABLE event ALTER COLUMN id RESTART WITH " + (base + n + 1));
                }
                c.commit();
            } finally {
                c.setAutoCommit(auto);
            }
        });
        db.writeVoid(ctx -> COUNTRIES.forEach(country -> Countries.remember(ctx, Countries.EVENT, country)));
    }
}
