package org.casetrack.store;

import static org.casetrack.store.generated.Tables.PERSON_NAME;
import static org.casetrack.store.generated.Tables.PERSON_NAME_TOKEN;
import static org.casetrack.store.generated.Tables.STORE_TASK;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casetrack.model.PersonName;
import org.casetrack.names.NameKey;
import org.jooq.DSLContext;

/**
 * The word keys of every spelling (table person_name_token), written with the spelling, so
 * that a name search reads a few index entries instead of folding every stored spelling on
 * each keystroke (docs/decisions/0081-scale.md). The keys are the words of
 * {@code person_name.match_key}: folded and, for Cyrillic, transliterated once, on write.
 */
public final class NameIndex {

    /** How many persons a search looks at, at most: a short prefix shared by thousands is narrowed by typing on. */
    public static final int DEFAULT_CANDIDATES = 200;

    private static final String TASK = "name_tokens";
    private static final int ROWS_PER_PERSON = 4;

    private NameIndex() {
    }

    /** Writes the word keys of one stored spelling, each with a copy of the spelling and its match key (V69). */
    static void write(DSLContext ctx, long nameId, long personId, String name, String matchKey) {
        var insert = ctx.insertInto(PERSON_NAME_TOKEN, PERSON_NAME_TOKEN.NAME_ID, PERSON_NAME_TOKEN.PERSON_ID,
                PERSON_NAME_TOKEN.POS, PERSON_NAME_TOKEN.TOKEN, PERSON_NAME_TOKEN.NAME, PERSON_NAME_TOKEN.MATCH_KEY);
        int pos = 0;
        for (String t : words(matchKey)) {
            insert = insert.values(nameId, personId, pos++, t, name, matchKey);
        }
        if (pos > 0) {
            insert.execute();
        }
    }

    /** The word keys stored for one match key (bulk loaders write the same rows as {@link #write}). */
    public static List<String> words(String matchKey) {
        List<String> out = new ArrayList<>();
        if (matchKey != null) {
            for (String w : matchKey.split(" ")) {
                if (!w.isEmpty()) {
                    out.add(w.length() > 100 ? w.substring(0, 100) : w);
                }
            }
        }
        return out;
    }

    /** After an upgrade: builds the word keys of the spellings stored before this table existed, once. */
    static void runPendingTasks(Database db) {
        if (!db.dsl().fetchExists(STORE_TASK, STORE_TASK.NAME.eq(TASK))) {
            return;
        }
        db.writeVoid(ctx -> {
            ctx.deleteFrom(PERSON_NAME_TOKEN).execute();
            ctx.select(PERSON_NAME.ID, PERSON_NAME.PERSON_ID, PERSON_NAME.NAME, PERSON_NAME.MATCH_KEY).from(PERSON_NAME)
                    .forEach(r -> write(ctx, r.value1(), r.value2(), r.value3(), r.value4()));
            ctx.deleteFrom(STORE_TASK).where(STORE_TASK.NAME.eq(TASK)).execute();
        });
    }

    /**
     * The spellings of the persons a name could match, grouped by person: every person with
     * a word equal to the query's last word, and for a one-word query of three letters or
     * more also those with a word starting with it (search as you type). This is a superset
     * of what {@link org.casetrack.names.NameMatcher} accepts, so ranking them gives the same
     * answer as comparing every spelling (up to the cap). The spellings carry no kind (null):
     * they are read from the word-key rows, which hold what matching needs (the spelling and its
     * match key) and not the kind, which a rename changes without changing the words.
     */
    public static Map<Long, List<PersonName>> candidates(DSLContext ctx, String query, int maxPersons) {
        List<String> q = NameKey.tokens(query);
        Map<Long, List<PersonName>> out = new LinkedHashMap<>();
        if (q.isEmpty()) {
            return out;
        }
        String last = q.get(q.size() - 1);
        // One query a phase: the spellings having the word, joined from the word-key index (a
        // spelling without the query's last word, or a word starting with it, cannot match, so
        // a person's other spellings need not be read). No DISTINCT: a bounded read of the
        // index in its order (a person has at most a few spellings sharing a word), grouped
        // here, so the query stops after LIMIT rows (docs/decisions/0091-name-search-one-join.md).
        Map<Long, Map<Long, PersonName>> byPerson = new LinkedHashMap<>();
        read(ctx, PERSON_NAME_TOKEN.TOKEN.eq(last), maxPersons, byPerson);
        String prefix = NameKey.searchPrefix(query, q);
        if (prefix != null && byPerson.size() < maxPersons) {
            read(ctx, startsWith(prefix), maxPersons, byPerson);
        }
        // persons by id and each one's spellings in id order, as before: of equally good
        // matches, the same one is shown first
        byPerson.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.put(e.getKey(),
                e.getValue().values().stream().sorted(java.util.Comparator.comparingLong(PersonName::id)).toList()));
        return out;
    }

    private static void read(DSLContext ctx, org.jooq.Condition words, int maxPersons, Map<Long, Map<Long, PersonName>> byPerson) {
        // one index range (person_name_token_search holds every column read): no lookup per row in
        // person_name, each a random page of the encrypted file (decision 0121)
        ctx.select(PERSON_NAME_TOKEN.NAME_ID, PERSON_NAME_TOKEN.PERSON_ID, PERSON_NAME_TOKEN.NAME, PERSON_NAME_TOKEN.MATCH_KEY)
                .from(PERSON_NAME_TOKEN)
                .where(words).limit(maxPersons * ROWS_PER_PERSON)
                .forEach(r -> {
                    Map<Long, PersonName> names = byPerson.get(r.value2());
                    if (names == null) {
                        if (byPerson.size() >= maxPersons) {
                            return;
                        }
                        names = new LinkedHashMap<>();
                        byPerson.put(r.value2(), names);
                    }
                    names.putIfAbsent(r.value1(), new PersonName(r.value1(), r.value2(), r.value3(), null, r.value4()));
                });
    }

    /**
     * Words starting with a prefix as a range on the indexed column ({@code token >= 'bok' AND
     * token < 'bol'}), not LIKE: a range is an index range scan in H2 with a bound parameter and
     * in PostgreSQL under any collation, since the words are folded to a-z only.
     */
    static org.jooq.Condition startsWith(String prefix) {
        // the first string after every word with this prefix: "bok" -> "bol", "boz" -> "bp"
        String p = prefix;
        while (!p.isEmpty() && p.charAt(p.length() - 1) == 'z') {
            p = p.substring(0, p.length() - 1);
        }
        org.jooq.Condition from = PERSON_NAME_TOKEN.TOKEN.ge(prefix);
        if (p.isEmpty()) {
            return from;
        }
        return from.and(PERSON_NAME_TOKEN.TOKEN.lt(p.substring(0, p.length() - 1) + (char) (p.charAt(p.length() - 1) + 1)));
    }
}
