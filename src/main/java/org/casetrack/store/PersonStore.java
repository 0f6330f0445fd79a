package org.casetrack.store;

import static org.casetrack.store.generated.Tables.PERSON;
import static org.casetrack.store.generated.Tables.PERSON_NAME;
import static org.casetrack.store.generated.Tables.PERSON_ROLE;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casetrack.model.NameKind;
import org.casetrack.model.Person;
import org.casetrack.model.PersonName;
import org.casetrack.model.PersonRole;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.Sex;
import org.casetrack.names.NameKey;
import org.casetrack.names.PersonFinder;
import org.casetrack.store.generated.tables.records.PersonRecord;
import org.jooq.DSLContext;

/**
 * Persons with their spellings and roles. Works on the DSLContext it is given, so callers
 * compose it inside one {@link Database#write} transaction.
 */
public final class PersonStore {

    private final DSLContext ctx;

    public PersonStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** Inserts a person, their primary spelling and roles; returns the new id. */
    public long insert(Person p) {
        PersonRecord r = ctx.newRecord(PERSON);
        fill(r, p);
        if (p.id() != null) {
            r.setId(p.id());
        }
        r.store();
        long id = r.getId();
        Countries.remember(ctx, Countries.PERSON, p.country());
        addName(id, p.displayName(), NameKind.PRIMARY);
        setRoles(id, p.roles());
        return id;
    }

    public void update(Person p) {
        PersonRecord r = ctx.fetchOptional(PERSON, PERSON.ID.eq(p.id()))
                .orElseThrow(() -> new StoreException(StoreException.Kind.NOT_FOUND, "That person no longer exists."));
        String oldName = r.getDisplayName();
        fill(r, p);
        r.setUpdatedAt(LocalDateTime.now());
        r.store();
        Countries.remember(ctx, Countries.PERSON, p.country());
        if (!oldName.equals(p.displayName())) {
            // the old primary spelling becomes a variant: move its version too, so a spelling form
            // opened before the rename sees the change (0088); named after whoever saved the person
            String by = RowVersions.stamp(ctx, "person", p.id()).map(RowVersions.Stamp::changedBy).orElse(null);
            ctx.select(PERSON_NAME.ID).from(PERSON_NAME)
                    .where(PERSON_NAME.PERSON_ID.eq(p.id()).and(PERSON_NAME.KIND.eq(NameKind.PRIMARY.name())))
                    .forEach(n -> RowVersions.bump(ctx, by, "person_name", n.value1()));
            ctx.update(PERSON_NAME).set(PERSON_NAME.KIND, NameKind.VARIANT.name())
                    .where(PERSON_NAME.PERSON_ID.eq(p.id()).and(PERSON_NAME.KIND.eq(NameKind.PRIMARY.name()))).execute();
            ctx.deleteFrom(PERSON_NAME).where(PERSON_NAME.PERSON_ID.eq(p.id()).and(PERSON_NAME.NAME.eq(p.displayName()))).execute();
            addName(p.id(), p.displayName(), NameKind.PRIMARY);
        }
        setRoles(p.id(), p.roles());
    }

    // ---- data-file keys (V40): identity across casetrack.data/1 files

    /** The person a data file's key names, if any row carries it. */
    public Optional<Long> idForKey(String dataKey) {
        return ctx.select(PERSON.ID).from(PERSON).where(PERSON.DATA_KEY.eq(dataKey)).fetchOptional(r -> r.value1());
    }

    /** Every stored key by person id (persons without one are absent). */
    public Map<Long, String> keys() {
        Map<Long, String> out = new LinkedHashMap<>();
        ctx.select(PERSON.ID, PERSON.DATA_KEY).from(PERSON).where(PERSON.DATA_KEY.isNotNull()).forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    public void setKey(long id, String dataKey) {
        ctx.update(PERSON).set(PERSON.DATA_KEY, dataKey).where(PERSON.ID.eq(id)).execute();
    }

    public void delete(long id) {
        ctx.deleteFrom(PERSON).where(PERSON.ID.eq(id)).execute();
    }

    public Optional<Person> get(long id) {
        return ctx.fetchOptional(PERSON, PERSON.ID.eq(id)).map(r -> toPerson(r, roles(id)));
    }

    /** All persons ordered by display name. */
    public List<Person> list() {
        Map<Long, Set<PersonRole>> roles = allRoles();
        List<Person> out = new ArrayList<>();
        for (PersonRecord r : ctx.selectFrom(PERSON).orderBy(PERSON.DISPLAY_NAME).fetch()) {
            out.add(toPerson(r, roles.getOrDefault(r.getId(), EnumSet.noneOf(PersonRole.class))));
        }
        return out;
    }

    /** What {@link #list()} gives, in the same order, one person at a time from a cursor (exports of every person). */
    public void forEachByName(java.util.function.Consumer<Person> each) {
        Map<Long, Set<PersonRole>> roles = allRoles();
        if (ctx.dialect().family() == org.jooq.SQLDialect.H2) {
            // in H2 the rows come in id order and are sorted here (docs/bench-notes/i13cmd.md): walking the
            // name index fetched each row from a random page of the encrypted file, decrypting that page
            // again and again (20 s for 100,000 persons); H2 compares text as String.compareTo does, and
            // the index holds (display_name, id), so the order is the same
            List<Person> all = new ArrayList<>();
            try (var cursor = ctx.selectFrom(PERSON).orderBy(PERSON.ID).fetchSize(1000).fetchLazy()) {
                for (PersonRecord r : cursor) {
                    all.add(toPerson(r, roles.getOrDefault(r.getId(), EnumSet.noneOf(PersonRole.class))));
                }
            }
            all.sort(java.util.Comparator.comparing(Person::displayName).thenComparing(Person::id));
            all.forEach(each);
            return;
        }
        try (var cursor = ctx.selectFrom(PERSON).orderBy(PERSON.DISPLAY_NAME).fetchSize(1000).fetchLazy()) {
            for (PersonRecord r : cursor) {
                each.accept(toPerson(r, roles.getOrDefault(r.getId(), EnumSet.noneOf(PersonRole.class))));
            }
        }
    }

    public int count() {
        return ctx.fetchCount(PERSON);
    }

    public List<PersonName> names(long personId) {
        return ctx.selectFrom(PERSON_NAME).where(PERSON_NAME.PERSON_ID.eq(personId))
                .orderBy(PERSON_NAME.KIND.eq(NameKind.PRIMARY.name()).desc(), PERSON_NAME.ID)
                .fetch(r -> new PersonName(r.getId(), r.getPersonId(), r.getName(), NameKind.valueOf(r.getKind()), r.getMatchKey()));
    }

    /**
     * Finds persons by any spelling, on the indexed word keys: reads only the persons whose
     * words can match (docs/decisions/0081-scale.md), never every spelling.
     */
    public PersonFinder finder() {
        return new PersonFinder(q -> NameIndex.candidates(ctx, q, NameIndex.DEFAULT_CANDIDATES));
    }

    /** Every stored spelling, grouped by person (exports; name search uses {@link #finder()}). */
    public Map<Long, List<PersonName>> allNames() {
        Map<Long, List<PersonName>> out = new LinkedHashMap<>();
        ctx.selectFrom(PERSON_NAME).orderBy(PERSON_NAME.PERSON_ID, PERSON_NAME.ID).forEach(r -> out
                .computeIfAbsent(r.getPersonId(), k -> new ArrayList<>())
                .add(new PersonName(r.getId(), r.getPersonId(), r.getName(), NameKind.valueOf(r.getKind()), r.getMatchKey())));
        return out;
    }

    /** Adds a spelling unless the person already has exactly it; true when added. */
    public boolean addName(long personId, String name, NameKind kind) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            return false;
        }
        boolean exists = ctx.fetchExists(PERSON_NAME, PERSON_NAME.PERSON_ID.eq(personId).and(PERSON_NAME.NAME.eq(clean)));
        if (exists) {
            return false;
        }
        String key = NameKey.of(clean);
        long nameId = ctx.insertInto(PERSON_NAME, PERSON_NAME.PERSON_ID, PERSON_NAME.NAME, PERSON_NAME.KIND, PERSON_NAME.MATCH_KEY)
                .values(personId, clean, kind.name(), key).returningResult(PERSON_NAME.ID).fetchOne(PERSON_NAME.ID);
        NameIndex.write(ctx, nameId, personId, clean, key);
        return true;
    }

    public Optional<PersonName> name(long nameId) {
        return ctx.selectFrom(PERSON_NAME).where(PERSON_NAME.ID.eq(nameId))
                .fetchOptional(r -> new PersonName(r.getId(), r.getPersonId(), r.getName(), NameKind.valueOf(r.getKind()), r.getMatchKey()));
    }

    /**
     * Changes a spelling other than the primary one (that is the person's name, changed with the
     * person) and writes its word keys again. A spelling the person already has is refused.
     */
    public void updateName(PersonName n) {
        String clean = n.name() == null ? "" : n.name().strip();
        if (clean.isEmpty()) {
            throw new StoreException(StoreException.Kind.INVALID, "A spelling cannot be empty.");
        }
        if (n.kind() == NameKind.PRIMARY) {
            throw new StoreException(StoreException.Kind.INVALID, "The primary spelling is the person's name: change it on the person.");
        }
        if (ctx.fetchExists(PERSON_NAME, PERSON_NAME.PERSON_ID.eq(n.personId()).and(PERSON_NAME.NAME.eq(clean)).and(PERSON_NAME.ID.ne(n.id())))) {
            throw new StoreException(StoreException.Kind.INVALID, "This person already has the spelling " + clean + ".");
        }
        String key = NameKey.of(clean);
        int changed = ctx.update(PERSON_NAME).set(PERSON_NAME.NAME, clean).set(PERSON_NAME.KIND, n.kind().name()).set(PERSON_NAME.MATCH_KEY, key)
                .where(PERSON_NAME.ID.eq(n.id()).and(PERSON_NAME.PERSON_ID.eq(n.personId()))
                        .and(PERSON_NAME.KIND.ne(NameKind.PRIMARY.name()))).execute();
        if (changed == 0) {
            // the primary spelling, another person's or a removed one: its search words must stay as they are
            throw new StoreException(StoreException.Kind.INVALID,
                    "This spelling cannot be changed here (it is the person's name, or it no longer exists).");
        }
        ctx.deleteFrom(org.casetrack.store.generated.Tables.PERSON_NAME_TOKEN)
                .where(org.casetrack.store.generated.Tables.PERSON_NAME_TOKEN.NAME_ID.eq(n.id())).execute();
        NameIndex.write(ctx, n.id(), n.personId(), clean, key);
    }

    public void removeName(long nameId) {
        ctx.deleteFrom(PERSON_NAME).where(PERSON_NAME.ID.eq(nameId).and(PERSON_NAME.KIND.ne(NameKind.PRIMARY.name()))).execute();
    }

    public Set<PersonRole> roles(long personId) {
        Set<PersonRole> out = EnumSet.noneOf(PersonRole.class);
        ctx.select(PERSON_ROLE.ROLE).from(PERSON_ROLE).where(PERSON_ROLE.PERSON_ID.eq(personId))
                .forEach(r -> out.add(Dates.enumOf(PersonRole.class, r.value1(), PersonRole.OTHER)));
        return out;
    }

    /** Adds roles to those a person already has (used when merging what a report says). */
    public void addRoles(long personId, Set<PersonRole> roles) {
        Set<PersonRole> all = roles(personId);
        if (all.addAll(roles)) {
            setRoles(personId, all);
        }
    }

    private Map<Long, Set<PersonRole>> allRoles() {
        Map<Long, Set<PersonRole>> out = new LinkedHashMap<>();
        ctx.selectFrom(PERSON_ROLE).forEach(r -> out.computeIfAbsent(r.getPersonId(), k -> EnumSet.noneOf(PersonRole.class))
                .add(Dates.enumOf(PersonRole.class, r.getRole(), PersonRole.OTHER)));
        return out;
    }

    private void setRoles(long personId, Set<PersonRole> roles) {
        Set<PersonRole> current = roles(personId);
        Set<PersonRole> wanted = roles == null ? Set.of() : roles;
        for (PersonRole gone : current) {
            if (!wanted.contains(gone)) {
                ctx.deleteFrom(PERSON_ROLE).where(PERSON_ROLE.PERSON_ID.eq(personId).and(PERSON_ROLE.ROLE.eq(gone.name()))).execute();
            }
        }
        for (PersonRole role : wanted) {
            if (!current.contains(role)) {
                ctx.insertInto(PERSON_ROLE, PERSON_ROLE.PERSON_ID, PERSON_ROLE.ROLE).values(personId, role.name()).execute();
            }
        }
    }

    private static void fill(PersonRecord r, Person p) {
        if (p.displayName() == null || p.displayName().isBlank()) {
            throw new StoreException(StoreException.Kind.INVALID, "A person needs a name.");
        }
        r.setDisplayName(p.displayName().strip());
        r.setGivenName(p.givenName());
        r.setFamilyName(p.familyName());
        r.setSex((p.sex() == null ? Sex.UNKNOWN : p.sex()).name());
        r.setBirthYear(p.birthYear());
        r.setStatus((p.status() == null ? PersonStatus.UNKNOWN : p.status()).name());
        r.setPlaceOfDetention(p.placeOfDetention());
        r.setCountry(p.country());
        r.setNotes(p.notes());
        r.setConfidential(p.confidential());
    }

    static Person toPerson(PersonRecord r, Set<PersonRole> roles) {
        return new Person(r.getId(), r.getDisplayName(), r.getGivenName(), r.getFamilyName(),
                Dates.enumOf(Sex.class, r.getSex(), Sex.UNKNOWN), r.getBirthYear(), roles,
                Dates.enumOf(PersonStatus.class, r.getStatus(), PersonStatus.UNKNOWN),
                r.getPlaceOfDetention(), r.getCountry(), r.getNotes(), Boolean.TRUE.equals(r.getConfidential()));
    }
}
