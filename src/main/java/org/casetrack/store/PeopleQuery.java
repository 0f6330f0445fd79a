package org.casetrack.store;

import static org.casetrack.store.generated.Tables.PERSON;
import static org.casetrack.store.generated.Tables.PERSON_ROLE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casetrack.model.Person;
import org.casetrack.model.PersonRole;
import org.casetrack.model.PersonStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * The People list one page at a time: filters and sort order in SQL on indexed columns,
 * roles read for the page's rows only, counts capped (docs/decisions/0081-scale.md).
 */
public final class PeopleQuery {

    public enum Sort { NAME, STATUS, PLACE, COUNTRY }

    /** Null fields do not filter; ids, when not null, limits the list to those persons (a name search's hits). */
    public record Filter(PersonStatus status, PersonRole role, String country, Collection<Long> ids) {
        public static Filter all() {
            return new Filter(null, null, null, null);
        }
    }

    private final DSLContext ctx;

    public PeopleQuery(DSLContext ctx) {
        this.ctx = ctx;
    }

    public List<Person> page(Filter f, Sort sort, boolean descending, int offset, int limit) {
        List<SortField<?>> order = new ArrayList<>();
        var key = switch (sort == null ? Sort.NAME : sort) {
            case NAME -> PERSON.DISPLAY_NAME;
            case STATUS -> PERSON.STATUS;
            case PLACE -> PERSON.PLACE_OF_DETENTION;
            case COUNTRY -> PERSON.COUNTRY;
        };
        order.add(descending ? key.desc() : key.asc());
        if (key != PERSON.DISPLAY_NAME) {
            order.add(PERSON.DISPLAY_NAME.asc());
        }
        order.add(PERSON.ID.asc());
        var records = ctx.selectFrom(PERSON).where(condition(f)).orderBy(order).limit(limit).offset(offset).fetch();
        Map<Long, Set<PersonRole>> roles = new HashMap<>();
        List<Long> ids = records.map(r -> r.getId());
        if (!ids.isEmpty()) {
            ctx.selectFrom(PERSON_ROLE).where(PERSON_ROLE.PERSON_ID.in(ids)).forEach(r -> roles
                    .computeIfAbsent(r.getPersonId(), k -> EnumSet.noneOf(PersonRole.class))
                    .add(Dates.enumOf(PersonRole.class, r.getRole(), PersonRole.OTHER)));
        }
        List<Person> out = new ArrayList<>(records.size());
        records.forEach(r -> out.add(PersonStore.toPerson(r, roles.getOrDefault(r.getId(), EnumSet.noneOf(PersonRole.class)))));
        return out;
    }

    /** How many persons match, counting no further than cap (a result equal to cap means "cap or more"). */
    /** A person found by name, with the spelling that matched. */
    public record NameHit(Person person, String matchedName) {
    }

    /**
     * The persons whose names match {@code query}, best match first, at most {@code limit}
     * distinct persons, then narrowed by the filter's status, role and country.
     */
    public List<NameHit> byName(String query, Filter f, int limit) {
        Map<Long, org.casetrack.names.NameMatch> best = new java.util.LinkedHashMap<>();
        for (org.casetrack.names.NameMatch m : new PersonStore(ctx).finder().find(query)) {
            if (best.size() >= limit) {
                break;
            }
            best.putIfAbsent(m.personId(), m);
        }
        Map<Long, Person> byId = new HashMap<>();
        page(new Filter(f.status(), f.role(), f.country(), best.keySet()), Sort.NAME, false, 0, best.size() + 1)
                .forEach(x -> byId.put(x.id(), x));
        List<NameHit> out = new ArrayList<>();
        for (org.casetrack.names.NameMatch m : best.values()) {
            Person x = byId.get(m.personId());
            if (x != null) {
                out.add(new NameHit(x, m.matchedName()));
            }
        }
        return out;
    }

    public long countUpTo(Filter f, long cap) {
        Condition c = condition(f);
        if (c.equals(DSL.noCondition())) {
            return Math.min(cap, ctx.fetchCount(PERSON));
        }
        return ctx.selectCount().from(DSL.selectOne().from(PERSON).where(c).limit(cap)).fetchOne(0, Long.class);
    }

    /** True when there is anyone at all (the empty page says "no one yet" rather than "no match"). */
    public boolean anyone() {
        return ctx.fetchExists(PERSON);
    }

    private static Condition condition(Filter f) {
        Condition c = DSL.noCondition();
        if (f.status() != null) {
            c = c.and(PERSON.STATUS.eq(f.status().name()));
        }
        if (f.role() != null) {
            c = c.and(PERSON.ID.in(DSL.select(PERSON_ROLE.PERSON_ID).from(PERSON_ROLE).where(PERSON_ROLE.ROLE.eq(f.role().name()))));
        }
        if (f.country() != null && !f.country().isBlank()) {
            c = c.and(PERSON.COUNTRY.eq(f.country().strip()));
        }
        if (f.ids() != null) {
            c = c.and(f.ids().isEmpty() ? DSL.falseCondition() : PERSON.ID.in(f.ids()));
        }
        return c;
    }
}
