package org.casetrack.store;

import static org.casetrack.store.generated.Tables.CASE_FILE;
import static org.casetrack.store.generated.Tables.PERSON;
import static org.casetrack.store.generated.Tables.PERSON_ROLE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casetrack.model.CaseFile;
import org.casetrack.model.Person;
import org.casetrack.model.PersonRole;
import org.jooq.DSLContext;

/**
 * Persons and cases read by their ids, a thousand keys a query: the schedule needs the few
 * its facts name, not every person of a 100,000-person database (docs/decisions/0095).
 */
public final class RecordsById {

    private static final int CHUNK = 1000;

    private RecordsById() {
    }

    public static Map<Long, Person> persons(DSLContext ctx, Collection<Long> ids) {
        Map<Long, Person> out = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            Map<Long, Set<PersonRole>> roles = new HashMap<>();
            ctx.selectFrom(PERSON_ROLE).where(PERSON_ROLE.PERSON_ID.in(chunk)).forEach(r -> roles
                    .computeIfAbsent(r.getPersonId(), k -> EnumSet.noneOf(PersonRole.class))
                    .add(Dates.enumOf(PersonRole.class, r.getRole(), PersonRole.OTHER)));
            ctx.selectFrom(PERSON).where(PERSON.ID.in(chunk)).forEach(r -> out.put(r.getId(),
                    PersonStore.toPerson(r, roles.getOrDefault(r.getId(), EnumSet.noneOf(PersonRole.class)))));
        }
        return out;
    }

    public static Map<Long, CaseFile> cases(DSLContext ctx, Collection<Long> ids) {
        Map<Long, CaseFile> out = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            ctx.selectFrom(CASE_FILE).where(CASE_FILE.ID.in(chunk)).forEach(r -> out.put(r.getId(), CaseStore.toCase(r)));
        }
        return out;
    }

    /** The distinct non-null ids, sorted, in lists of at most 1,000 (one IN list each). */
    static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> sorted = ids.stream().filter(java.util.Objects::nonNull).distinct().sorted().toList();
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i += CHUNK) {
            out.add(sorted.subList(i, Math.min(sorted.size(), i + CHUNK)));
        }
        return out;
    }
}
