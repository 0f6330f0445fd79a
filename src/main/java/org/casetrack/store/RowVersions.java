package org.casetrack.store;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Optimistic locking for persons, cases and facts (docs/decisions/0073-working-together.md).
 * A form remembers the {@link Stamp} it was loaded with; its save calls {@link #claim} in the
 * same transaction as the update. If another window saved in between, nothing is written and
 * {@link Conflict} says who changed the record and when, so the form keeps its values and can
 * show them beside the stored ones: neither is lost.
 */
public final class RowVersions {

    /** Tables that carry row_version, changed_by and changed_at (migrations V32, and V56 for names and charges). */
    public static final Set<String> VERSIONED = Set.of("person", "case_file", "sentence", "appeal", "un_ruling", "event",
            "person_name", "charge");

    /** The version a form was loaded with, and who made it. */
    public record Stamp(int version, String changedBy, LocalDateTime changedAt) {
    }

    /** The second of two concurrent saves. */
    public static final class Conflict extends RuntimeException {
        private final Stamp current;

        Conflict(String table, long id, Stamp current) {
            this(current == null ? "This record was deleted by someone else while you edited it; your changes are still in the form."
                    : "Someone else saved this record while you edited it (" + (current.changedBy() == null ? "another user" : current.changedBy())
                    + (current.changedAt() == null ? "" : ", " + current.changedAt().withNano(0).toString().replace('T', ' '))
                    + "); your changes are still in the form: compare them with the saved values and save again.", current);
        }

        private Conflict(String message, Stamp current) {
            super(message);
            this.current = current;
        }

        /** The stored stamp now, or null when the row was deleted. */
        public Stamp current() {
            return current;
        }
    }

    private static final Field<Integer> VERSION = DSL.field(DSL.name("ROW_VERSION"), SQLDataType.INTEGER);
    private static final Field<String> BY = DSL.field(DSL.name("CHANGED_BY"), SQLDataType.VARCHAR);
    private static final Field<LocalDateTime> AT = DSL.field(DSL.name("CHANGED_AT"), SQLDataType.LOCALDATETIME);
    private static final Field<Long> ID = DSL.field(DSL.name("ID"), SQLDataType.BIGINT);

    private RowVersions() {
    }

    public static Optional<Stamp> stamp(DSLContext ctx, String table, long id) {
        Record3<Integer, String, LocalDateTime> r = ctx.select(VERSION, BY, AT).from(table(table)).where(ID.eq(id)).fetchOne();
        return r == null ? Optional.empty() : Optional.of(new Stamp(r.value1(), r.value2(), r.value3()));
    }

    /** The stamps of many rows of one table at once (a dossier's facts); ids without a row are left out. */
    public static java.util.Map<Long, Stamp> stamps(DSLContext ctx, String table, java.util.Collection<Long> ids) {
        java.util.Map<Long, Stamp> out = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        ctx.select(ID, VERSION, BY, AT).from(table(table)).where(ID.in(ids))
                .forEach(r -> out.put(r.value1(), new Stamp(r.value2(), r.value3(), r.value4())));
        return out;
    }

    /** Stamps of the rows of table whose column equals value (a person's sentences, a case's events). */
    public static java.util.Map<Long, Stamp> stampsWhere(DSLContext ctx, String table, String column, long value) {
        java.util.Map<Long, Stamp> out = new java.util.HashMap<>();
        ctx.select(ID, VERSION, BY, AT).from(table(table)).where(col(column).eq(value))
                .forEach(r -> out.put(r.value1(), new Stamp(r.value2(), r.value3(), r.value4())));
        return out;
    }

    /** Stamps of the rows of table linked to value through link (link.idColumn = table.id, link.ownerColumn = value). */
    public static java.util.Map<Long, Stamp> stampsLinked(DSLContext ctx, String table, String link, String idColumn, String ownerColumn,
                                                         long value) {
        java.util.Map<Long, Stamp> out = new java.util.HashMap<>();
        ctx.select(ID, VERSION, BY, AT).from(table(table))
                .where(ID.in(DSL.select(col(idColumn)).from(DSL.table(DSL.name(link.toUpperCase(Locale.ROOT)))).where(col(ownerColumn).eq(value))))
                .forEach(r -> out.put(r.value1(), new Stamp(r.value2(), r.value3(), r.value4())));
        return out;
    }

    /** Adds the stamps of ids not in into yet, read now (rows that appeared after into was read). */
    public static void fillIn(DSLContext ctx, String table, java.util.Map<Long, Stamp> into, java.util.Collection<Long> ids) {
        List<Long> missing = ids.stream().filter(id -> !into.containsKey(id)).toList();
        stamps(ctx, table, missing).forEach(into::putIfAbsent);
    }

    private static Field<Long> col(String name) {
        return DSL.field(DSL.name(name.toUpperCase(Locale.ROOT)), SQLDataType.BIGINT);
    }

    /**
     * Moves the row from the loaded version to the next, naming the user; throws {@link Conflict}
     * when the row is no longer at that version. Call inside the transaction that saves the row:
     * the row stays locked until it commits, so a second save waits and then sees the conflict.
     */
    public static Stamp claim(DSLContext ctx, String user, String table, long id, int loadedVersion) {
        LocalDateTime now = LocalDateTime.now();
        int n = ctx.update(table(table))
                .set(VERSION, VERSION.plus(1))
                .set(BY, user)
                .set(AT, now)
                .where(ID.eq(id).and(VERSION.eq(loadedVersion)))
                .execute();
        if (n == 0) {
            throw new Conflict(table, id, stamp(ctx, table, id).orElse(null));
        }
        return new Stamp(loadedVersion + 1, user, now);
    }

    /**
     * Before deleting a row the page showed: throws {@link Conflict} when someone changed it
     * after the page read loadedVersion, so the delete does not silently remove their edit
     * (docs/decisions/0088-versioned-deletes.md). Call in the deleting transaction; the row
     * stays locked until it commits. A row already gone, or no version read (null), passes.
     */
    public static void claimForDelete(DSLContext ctx, String user, String table, long id, Integer loadedVersion) {
        if (loadedVersion == null) {
            return;
        }
        int n = ctx.update(table(table)).set(VERSION, VERSION.plus(1)).set(BY, user).set(AT, LocalDateTime.now())
                .where(ID.eq(id).and(VERSION.eq(loadedVersion))).execute();
        Stamp now = n == 0 ? stamp(ctx, table, id).orElse(null) : null;
        if (now != null) {
            throw new Conflict((now.changedBy() == null ? "Another user" : now.changedBy()) + " changed this record"
                    + (now.changedAt() == null ? "" : " at " + now.changedAt().withNano(0).toString().replace('T', ' '))
                    + " after you opened the page; nothing was deleted.", now);
        }
    }

    /**
     * Moves the row to its next version whatever version it is at, naming the user: for
     * writers that change a stored record without a form (an import, import-json), so that a
     * form opened before them gets {@link Conflict} on save instead of silently overwriting.
     * Call in the writing transaction; the row lock then orders it with a form's claim.
     */
    public static void bump(DSLContext ctx, String user, String table, long id) {
        ctx.update(table(table))
                .set(VERSION, VERSION.plus(1))
                .set(BY, user)
                .set(AT, LocalDateTime.now())
                .where(ID.eq(id))
                .execute();
    }

    private static Table<?> table(String name) {
        if (!VERSIONED.contains(name)) {
            throw new IllegalArgumentException(name + " has no row version");
        }
        return DSL.table(DSL.name(name.toUpperCase(Locale.ROOT)));
    }
}
