package org.casetrack.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.casetrack.model.NameKind;
import org.casetrack.model.PersonName;
import org.junit.jupiter.api.Test;

class PersonFinderTest {

    private static PersonName n(long person, String name) {
        return new PersonName(null, person, name, NameKind.PRIMARY, NameKey.of(name));
    }

    private final PersonFinder finder = new PersonFinder(Map.of(
            1L, List.of(n(1, "Seitkazy Mataev")),
            2L, List.of(n(2, "Aset Mataev")),
            3L, List.of(n(3, "Timur Bokaev"), n(3, "Timur Bokayev")),
            4L, List.of(n(4, "Dana Kuanysheva"))));

    @Test
    void resolvesAnySpellingToOnePerson() {
        assertThat(finder.resolve("Timur Bokaev")).get().extracting(NameMatch::personId).isEqualTo(3L);
        assertThat(finder.resolve("TIMUR BOKAYEV")).get().extracting(NameMatch::personId).isEqualTo(3L);
    }

    @Test
    void resolvesAUniqueSurnameButNotASharedOne() {
        assertThat(finder.resolve("Kuanysheva")).get().extracting(NameMatch::personId).isEqualTo(4L);
        assertThat(finder.resolve("Mataev")).isEmpty();
        assertThat(finder.find("Mataev")).extracting(NameMatch::personId).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void doesNotConfuseFatherAndSon() {
        assertThat(finder.resolve("Aset Mataev")).get().extracting(NameMatch::personId).isEqualTo(2L);
        assertThat(finder.resolve("Aset Matayev")).get().extracting(NameMatch::personId).isEqualTo(2L);
    }

    @Test
    void unknownNamesFindNobody() {
        assertThat(finder.resolve("Olga Sergeeva")).isEmpty();
        assertThat(finder.find("Olga Sergeeva")).isEmpty();
    }
}
