package org.casetrack.store;

import static org.casetrack.store.generated.Tables.COUNTRY_IN_USE;

import java.util.List;
import org.jooq.DSLContext;

/**
 * The countries persons, events and cases are recorded in, kept in a small table on write so
 * that a filter list opens without scanning a million events (docs/decisions/0081-scale.md).
 */
public final class Countries {

    public static final String PERSON = "PERSON";
    public static final String EVENT = "EVENT";
    public static final String CASE = "CASE";

    private Countries() {
    }

    public static void remember(DSLContext ctx, String scope, String country) {
        if (country == null || country.isBlank()) {
            return;
        }
        String name = country.strip();
        if (!ctx.fetchExists(COUNTRY_IN_USE, COUNTRY_IN_USE.SCOPE.eq(scope).and(COUNTRY_IN_USE.NAME.eq(name)))) {
            ctx.insertInto(COUNTRY_IN_USE, COUNTRY_IN_USE.SCOPE, COUNTRY_IN_USE.NAME).values(scope, name).execute();
        }
    }

    /** The countries in use for one kind of row, in alphabetical order. */
    public static List<String> of(DSLContext ctx, String scope) {
        return ctx.select(COUNTRY_IN_USE.NAME).from(COUNTRY_IN_USE).where(COUNTRY_IN_USE.SCOPE.eq(scope))
                .orderBy(COUNTRY_IN_USE.NAME).fetch(COUNTRY_IN_USE.NAME);
    }
}
