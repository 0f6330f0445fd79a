package org.casetrack.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.casetrack.model.CaseStatus;
import org.casetrack.model.EventType;
import org.casetrack.model.NameKind;
import org.casetrack.model.PartyRole;
import org.casetrack.model.PersonRole;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.SentenceKind;
import org.casetrack.model.Sex;
import org.casetrack.store.Countries;
import org.casetrack.store.Database;
import org.casetrack.store.NameIndex;
import org.casetrack.names.NameKey;

/**
 * Generates the benchmark database of issue 13, the same every time for the same seed:
 * persons (each with a Latin primary spelling, most with a variant, 10% of all spellings in
 * Cyrillic), cases with parties, sentences, and a million events.
 * <p>
 * Everything takes the documented bulk path (docs/decisions/0082-scale-bulk-load.md):
 * batched JDBC inserts of the rows the stores would write (the same match keys and word keys,
 * the same country lists), with the loaded tables' audit triggers dropped for the load (a
 * generated database has no history to keep; the triggers come back on the next open).
 * The stores' one-row-at-a-time path took over 20 minutes for a tenth of the size.
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
    public record Written(int persons, int spellings, int cyrillicSpellings, int cases, int events, int sentences, long millis,
                          String phases) {
    }

    public Written generate(Database db, Size size) {
        // Generated rows are valid by construction: the foreign keys are not looked up row by
        // row during the load (each check was a random, decrypted page read), and a larger page
        // cache holds the indexes being filled. Both are put back however the load ends.
        String cache = db.dsl().fetchOptional("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'CACHE_SIZE'")
                .map(r -> r.get(0, String.class)).orElse("65536");
        db.dsl().execute("SET REFERENTIAL_INTEGRITY FALSE");
        db.dsl().execute("SET CACHE_SIZE 131072");
        try {
            return load(db, size);
        } finally {
            db.dsl().execute("SET CACHE_SIZE " + Integer.parseInt(cache.trim()));
            db.dsl().execute("SET REFERENTIAL_INTEGRITY TRUE");
        }
    }

    private Written load(Database db, Size size) {
        long t0 = System.nanoTime();
        Random rnd = new Random(seed);
        int[] spellings = {0, 0};
        // the documented bulk path (docs/decisions/0082-scale-bulk-load.md): no history to keep,
        // so the audit triggers of the loaded tables are dropped and come back on the next open
        for (String t : LOADED) {
            db.dsl().execute("DROP TRIGGER IF EXISTS \"AUDIT_" + t + "\"");
        }
        // these rows leave no audit trail, so the stored schedule cannot follow them: the next read rebuilds it
        org.casetrack.store.ScheduleCacheStore.invalidate(db.dsl());
        // the plain indexes are built once after the load (a sort) instead of row by row
        List<String> indexes = dropPlainIndexes(db);
        long personBase = max(db, "person");
        long nameBase = max(db, "person_name");
        long caseBase = max(db, "case_file");
        db.dsl().connection(c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement person = c.prepareStatement("INSERT INTO person (id, display_name, given_name, family_name, sex, "
                    + "birth_year, status, place_of_detention, country, confidential) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)");
                 PreparedStatement role = c.prepareStatement("INSERT INTO person_role (person_id, role) VALUES (?, ?)");
                 PreparedStatement name = c.prepareStatement("INSERT INTO person_name (id, person_id, name, kind, match_key) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement token = c.prepareStatement("INSERT INTO person_name_token (name_id, person_id, pos, token, name, match_key) VALUES (?, ?, ?, ?, ?, ?)")) {
                long nameId = nameBase;
                for (int i = 1; i <= size.persons(); i++) {
                    long id = personBase + i;
                    int g = rnd.nextInt(GIVEN.length);
                    int a = rnd.nextInt(S1.length);
                    int b = rnd.nextInt(S2.length);
                    int e = rnd.nextInt(END.length);
                    String surname = S1[a] + S2[b] + END[e];
                    PersonStatus status = PersonStatus.values()[rnd.nextInt(PersonStatus.values().length)];
                    PersonRole r = PersonRole.values()[rnd.nextInt(PersonRole.values().length)];
                    person.setLong(1, id);
                    person.setString(2, GIVEN[g] + " " + surname);
                    person.setString(3, GIVEN[g]);
                    person.setString(4, surname);
                    person.setString(5, (rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE).name());
                    person.setInt(6, 1940 + rnd.nextInt(60));
                    person.setString(7, status.name());
                    person.setString(8, status == PersonStatus.IMPRISONED ? "penal colony No. " + (1 + rnd.nextInt(40)) : null);
                    person.setString(9, COUNTRIES.get(rnd.nextInt(COUNTRIES.size())));
                    person.addBatch();
                    role.setLong(1, id);
                    role.setString(2, r.name());
                    role.addBatch();
                    addName(name, token, ++nameId, id, GIVEN[g] + " " + surname, NameKind.PRIMARY);
                    spellings[0]++;
                    // 60 variants per 100 persons: 16 of them Cyrillic (10% of all spellings)
                    int v = rnd.nextInt(100);
                    if (v < 16) {
                        addName(name, token, ++nameId, id, GIVEN_CYR[g] + " " + S1_CYR[a] + S2_CYR[b] + END_CYR[e], NameKind.VARIANT);
                        spellings[0]++;
                        spellings[1]++;
                    } else if (v < 60) {
                        addName(name, token, ++nameId, id, GIVEN[g] + " " + S1[a] + S2[b] + END_VARIANT[e], NameKind.VARIANT);
                        spellings[0]++;
                    }
                    if (i % BATCH == 0 || i == size.persons()) {
                        // parents before children: the foreign keys are checked per statement
                        person.executeBatch();
                        role.executeBatch();
                        name.executeBatch();
                        token.executeBatch();
                        c.commit();
                    }
                }
                restart(c, "person", personBase + size.persons() + 1);
                restart(c, "person_name", nameId + 1);
                c.commit();
            } finally {
                c.setAutoCommit(auto);
            }
        });
        StringBuilder phases = new StringBuilder();
        phase(phases, "persons and spellings", t0);
        long t1 = System.nanoTime();
        List<Long> personIds = new ArrayList<>(size.persons());
        for (int i = 1; i <= size.persons(); i++) {
            personIds.add(personBase + i);
        }
        List<Long> caseIds = new ArrayList<>(size.cases());
        db.dsl().connection(c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement kase = c.prepareStatement("INSERT INTO case_file (id, title, country, jurisdiction, case_number, "
                    + "status, confidential) VALUES (?, ?, ?, ?, ?, ?, FALSE)");
                 PreparedStatement party = c.prepareStatement("INSERT INTO case_party (case_id, person_id, role) VALUES (?, ?, ?)")) {
                for (int i = 0; i < size.cases(); i++) {
                    long id = caseBase + i + 1;
                    String country = COUNTRIES.get(rnd.nextInt(COUNTRIES.size()));
                    kase.setLong(1, id);
                    kase.setString(2, "Case No. " + (1000 + i) + " (" + country + ")");
                    kase.setString(3, country);
                    kase.setString(4, country);
                    kase.setString(5, (1000 + i) + "/" + (2000 + rnd.nextInt(26)));
                    kase.setString(6, CaseStatus.values()[rnd.nextInt(CaseStatus.values().length)].name());
                    kase.addBatch();
                    caseIds.add(id);
                    int parties = 1 + rnd.nextInt(3);
                    java.util.Set<Long> seen = new java.util.HashSet<>();
                    for (int p = 0; p < parties; p++) {
                        long who = personIds.get(rnd.nextInt(personIds.size()));
                        if (seen.add(who)) {
                            party.setLong(1, id);
                            party.setLong(2, who);
                            party.setString(3, PartyRole.DEFENDANT.name());
                            party.addBatch();
                        }
                    }
                    if ((i + 1) % BATCH == 0 || i + 1 == size.cases()) {
                        kase.executeBatch();
                        party.executeBatch();
                        c.commit();
                    }
                }
                restart(c, "case_file", caseBase + size.cases() + 1);
                c.commit();
            } finally {
                c.setAutoCommit(auto);
            }
        });
        phase(phases, "cases and parties", t1);
        long t2 = System.nanoTime();
        db.dsl().connection(c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement st = c.prepareStatement("INSERT INTO sentence (person_id, case_id, kind, term_years, term_months, "
                    + "term_days, imposed_from, imposed_to, imposed_precision, court, confidential) VALUES (?, ?, ?, ?, 0, 0, ?, ?, 'DAY', ?, FALSE)")) {
                for (int i = 0; i < size.sentences(); i++) {
                    LocalDate imposed = LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(4000));
                    st.setLong(1, personIds.get(rnd.nextInt(personIds.size())));
                    st.setLong(2, caseIds.get(rnd.nextInt(caseIds.size())));
                    st.setString(3, SentenceKind.IMPRISONMENT.name());
                    st.setInt(4, 1 + rnd.nextInt(12));
                    st.setDate(5, Date.valueOf(imposed));
                    st.setDate(6, Date.valueOf(imposed));
                    st.setString(7, "City court");
                    st.addBatch();
                    if ((i + 1) % BATCH == 0 || i + 1 == size.sentences()) {
                        st.executeBatch();
                        c.commit();
                    }
                }
            } finally {
                c.setAutoCommit(auto);
            }
        });
        db.writeVoid(ctx -> COUNTRIES.forEach(country -> {
            Countries.remember(ctx, Countries.PERSON, country);
            Countries.remember(ctx, Countries.CASE, country);
        }));
        phase(phases, "sentences", t2);
        long t3 = System.nanoTime();
        bulkEvents(db, size.events(), rnd, personIds, caseIds);
        phase(phases, "events", t3);
        long t4 = System.nanoTime();
        indexes.forEach(db.dsl()::execute);
        phase(phases, "indexes", t4);
        t4 = System.nanoTime();
        db.dsl().execute("ANALYZE");
        phase(phases, "ANALYZE", t4);
        return new Written(personIds.size(), spellings[0], spellings[1], caseIds.size(), size.events(), size.sentences(),
                (System.nanoTime() - t0) / 1_000_000, phases.toString());
    }

    private static final int BATCH = 5000;
    private static final List<String> LOADED = List.of("PERSON", "PERSON_NAME", "PERSON_NAME_TOKEN", "PERSON_ROLE", "CASE_FILE",
            "CASE_PARTY", "SENTENCE", "EVENT", "EVENT_PERSON");

    /**
     * Drops the loaded tables' indexes that back no constraint (as the migrations made them,
     * read from INFORMATION_SCHEMA) and returns the statements that build them again.
     */
    private static List<String> dropPlainIndexes(Database db) {
        List<String> create = new ArrayList<>();
        var rows = db.dsl().fetch("SELECT i.INDEX_NAME, i.TABLE_NAME, i.INDEX_TYPE_NAME, c.COLUMN_NAME FROM INFORMATION_SCHEMA.INDEXES i "
                + "JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME "
                + "WHERE i.TABLE_SCHEMA = 'PUBLIC' AND i.IS_GENERATED = FALSE AND i.INDEX_TYPE_NAME IN ('INDEX', 'UNIQUE INDEX') "
                + "AND i.INDEX_NAME NOT IN (SELECT INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE INDEX_NAME IS NOT NULL) "
                + "ORDER BY i.INDEX_NAME, c.ORDINAL_POSITION");
        java.util.Map<String, List<String>> columns = new java.util.LinkedHashMap<>();
        java.util.Map<String, String> head = new java.util.HashMap<>();
        for (var r : rows) {
            String name = r.get(0, String.class);
            String table = r.get(1, String.class);
            if (!LOADED.contains(table)) {
                continue;
            }
            head.put(name, "CREATE " + ("UNIQUE INDEX".equals(r.get(2, String.class)) ? "UNIQUE " : "") + "INDEX \"" + name
                    + "\" ON \"" + table + "\" (");
            columns.computeIfAbsent(name, k -> new ArrayList<>()).add("\"" + r.get(3, String.class) + "\"");
        }
        columns.forEach((name, cols) -> {
            db.dsl().execute("DROP INDEX \"" + name + "\"");
            create.add(head.get(name) + String.join(", ", cols) + ")");
        });
        return create;
    }

    private static void phase(StringBuilder out, String what, long since) {
        out.append(out.length() == 0 ? "" : ", ").append(what).append(String.format(" %.1f s", (System.nanoTime() - since) / 1e9));
    }

    /** One spelling with its match key and word keys, as {@code PersonStore.addName} writes them. */
    private static void addName(PreparedStatement name, PreparedStatement token, long nameId, long personId, String text,
                                NameKind kind) throws java.sql.SQLException {
        String key = NameKey.of(text);
        name.setLong(1, nameId);
        name.setLong(2, personId);
        name.setString(3, text);
        name.setString(4, kind.name());
        name.setString(5, key);
        name.addBatch();
        int pos = 0;
        for (String w : NameIndex.words(key)) {
            token.setLong(1, nameId);
            token.setLong(2, personId);
            token.setInt(3, pos++);
            token.setString(4, w);
            token.setString(5, text);
            token.setString(6, key);
            token.addBatch();
        }
    }

    private static long max(Database db, String table) {
        return db.dsl().fetchOne("SELECT COALESCE(MAX(id), 0) FROM " + table).get(0, Long.class);
    }

    private static void restart(Connection c, String table, long next) throws java.sql.SQLException {
        try (var st = c.createStatement()) {
            st.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
        }
    }

    private static void bulkEvents(Database db, int n, Random rnd, List<Long> personIds, List<Long> caseIds) {
        EventType[] types = java.util.Arrays.stream(EventType.values()).filter(t -> t != ABSENT_TYPE).toArray(EventType[]::new);
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
