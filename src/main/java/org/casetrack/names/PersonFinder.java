package org.casetrack.names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casetrack.model.PersonName;

/**
 * Finds known persons for a name, over every stored spelling. Pure: it is given the
 * spellings (from {@code PersonStore.allNames()}) and touches no database, so the importer
 * can also feed it the people of a report being reviewed.
 */
public final class PersonFinder {

    private final Function<String, ? extends Map<Long, ? extends Collection<PersonName>>> candidates;

    public PersonFinder(Map<Long, ? extends Collection<PersonName>> namesByPerson) {
        this.candidates = q -> namesByPerson;
    }

    /**
     * Over the spellings a source gives for each query: the store gives only the persons
     * whose indexed word keys can match, so a search reads a few rows, not every spelling.
     */
    public PersonFinder(Function<String, ? extends Map<Long, ? extends Collection<PersonName>>> candidatesForQuery) {
        this.candidates = candidatesForQuery;
    }

    /** Every person whose spelling matches at all, best match first, one row per person. */
    public List<NameMatch> find(String query) {
        List<NameMatch> out = new ArrayList<>();
        if (query == null) {
            return out;
        }
        List<String> q = NameKey.tokens(query);
        for (var e : candidates.apply(query).entrySet()) {
            NameMatch best = null;
            for (PersonName n : e.getValue()) {
                MatchKind k = NameMatcher.compare(query, q, n.name(), tokensOf(n));
                if (k != MatchKind.NONE && (best == null || k.ordinal() < best.kind().ordinal())) {
                    best = new NameMatch(e.getKey(), n.name(), k);
                }
            }
            if (best != null) {
                out.add(best);
            }
        }
        out.sort(Comparator.comparing((NameMatch m) -> m.kind().ordinal()).thenComparing(NameMatch::matchedName));
        return out;
    }

    /** The stored spelling's folded words: from its stored match key when there is one. */
    private static List<String> tokensOf(PersonName n) {
        String key = n.matchKey();
        if (key == null || !key.equals(key.strip()) || key.contains("  ")) {
            return NameKey.tokens(n.name());
        }
        return key.isEmpty() ? List.of() : List.of(key.split(" "));
    }

    /**
     * The one person this name denotes, if there is exactly one: a full name must match a
     * spelling (any transliteration, any order, or an initial); a lone surname resolves only
     * when a single known person carries it.
     */
    public Optional<NameMatch> resolve(String name) {
        List<NameMatch> all = find(name);
        List<NameMatch> same = all.stream().filter(m -> m.kind().identifies()).collect(Collectors.toList());
        if (!same.isEmpty()) {
            long distinct = same.stream().map(NameMatch::personId).distinct().count();
            return distinct == 1 ? Optional.of(same.get(0)) : Optional.empty();
        }
        List<NameMatch> surname = all.stream().filter(m -> m.kind() == MatchKind.SURNAME_ONLY).collect(Collectors.toList());
        return surname.size() == 1 ? Optional.of(surname.get(0)) : Optional.empty();
    }
}
