package org.casetrack.store;

/**
 * Test-scope generator of many events for the timeline benchmark: one
 * {@code INSERT ... SELECT FROM SYSTEM_RANGE} statement, so a million rows take seconds.
 * The audit trigger on EVENT is dropped first (a generated benchmark has nothing to audit);
 * it is installed again the next time the database is opened.
 */
public final class EventGenerator {

    private EventGenerator() {
    }

    /** Inserts n events spread over 1990-2025 with mixed precision, types and countries; every 7th links person 1 if it exists. */
    public static void insert(Database db, long n) {
        db.dsl().execute("DROP TRIGGER IF EXISTS \"AUDIT_EVENT\"");
        db.dsl().execute("DROP TRIGGER IF EXISTS \"AUDIT_EVENT_PERSON\"");
        long base = db.dsl().fetchOne("SELECT COALESCE(MAX(ID), 0) FROM EVENT").get(0, Long.class);
        db.dsl().execute("""
                INSERT INTO EVENT (ID, TYPE, DATE_FROM, DATE_TO, DATE_PRECISION, PLACE, COUNTRY, SUMMARY)
                SELECT ? + X,
                       CASEWHEN(MOD(X, 5) = 0, 'ARREST', CASEWHEN(MOD(X, 5) = 1, 'TRIAL', CASEWHEN(MOD(X, 5) = 2, 'DETENTION', CASEWHEN(MOD(X, 5) = 3, 'HEARING', 'RELEASE')))),
                       D,
                       CASEWHEN(MOD(X, 3) = 0, DATEADD(DAY, -1, DATEADD(YEAR, 1, D)), CASEWHEN(MOD(X, 3) = 1, DATEADD(DAY, -1, DATEADD(MONTH, 1, D)), D)),
                       CASEWHEN(MOD(X, 3) = 0, 'YEAR', CASEWHEN(MOD(X, 3) = 1, 'MONTH', 'DAY')),
                       'Place ' || MOD(X, 97),
                       CASEWHEN(MOD(X, 4) = 0, 'Kazakhstan', CASEWHEN(MOD(X, 4) = 1, 'Belarus', CASEWHEN(MOD(X, 4) = 2, 'Azerbaijan', 'Russia'))),
                       'Generated event ' || X
                FROM (SELECT X,
                             CASEWHEN(MOD(X, 3) = 0, DATEADD(DAY, -DAY_OF_YEAR(R) + 1, R),
                                 CASEWHEN(MOD(X, 3) = 1, DATEADD(DAY, -DAY_OF_MONTH(R) + 1, R), R)) AS D
                      FROM (SELECT X, DATEADD(DAY, MOD(X * 7919, 12783), DATE '1990-01-01') AS R FROM SYSTEM_RANGE(1, ?)))
                """, base, n);
        db.dsl().execute("ALTER TABLE EVENT ALTER COLUMN ID RESTART WITH " + (base + n + 1));
        Long person = db.dsl().fetchOne("SELECT MIN(ID) FROM PERSON").get(0, Long.class);
        if (person != null) {
            db.dsl().execute("INSERT INTO EVENT_PERSON (EVENT_ID, PERSON_ID) SELECT ? + X, ? FROM SYSTEM_RANGE(1, ?) WHERE MOD(X, 7) = 0",
                    base, person, n);
        }
    }
}
