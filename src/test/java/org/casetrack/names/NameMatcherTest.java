package org.casetrack.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMatcherTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "Timur Bokaev, Timur Bokayev",
        "Daniyar Yeleusinov, Daniyar Eleusinov",
        "Asel Mamai, Asel Mamay",
        "Natalya Petrova, Natalia Petrova",
        "Aleksei Orlov, Alexei Orlov",
        "Gyuzel Baydalina, Guzyel Baidalina",
        "Yevgenia Zhukova, Evgenia Žukova",
        "Ержан Касымов, Erzhan Kasymov",
        "Наталья Смирнова, Natalya Smirnova",
        "ERZHAN KASYMOV, erzhan kasymov",
        "Ilyas Khodzhaev, Ilias Hodzaev",
    })
    void spellingsOfTheSameNameMatch(String a, String b) {
        assertThat(NameMatcher.compare(a, b).identifies()).as("%s vs %s", a, b).isTrue();
        assertThat(NameMatcher.compare(b, a).identifies()).as("%s vs %s", b, a).isTrue();
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource({
        "Seitkazy Mataev, Aset Mataev",
        "Marat Nurlanov, Marat Nurmanov",
        "Aigul Sadykova, Aigerim Sadykova",
        "Ivan Petrov, Petr Ivanov Sidorov",
        "Talgat Ayan, Andrei Anov",
    })
    void differentPeopleDoNotMatch(String a, String b) {
        assertThat(NameMatcher.compare(a, b).identifies()).as("%s vs %s", a, b).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"Mataev, Seitkazy Mataev, SURNAME_ONLY", "Kasymov Erzhan, Erzhan Kasymov, REORDERED",
        "E. Kasymov, Erzhan Kasymov, INITIAL", "kasy, Erzhan Kasymov, PREFIX"})
    void weakerKindsAreReportedAsSuch(String query, String stored, MatchKind expected) {
        assertThat(NameMatcher.compare(query, stored)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"Bari, Marat Barienko", "Bar, Marat Barienko", "Barie, Marat Barienko", "Bokay, Maks Bokaev",
        "Natali, Natalya Sadykova", "Makht, Makhtumkuli Orazov", "Sadyk, Наталья Садыкова"})
    void everyLetterTypedOfASurnameKeepsFindingIt(String typed, String stored) {
        // "Bari" folded whole is "bari", but "Barienko" folds to "barenko" (the glide before "e" goes)
        assertThat(NameMatcher.compare(typed, stored)).as(typed).isEqualTo(MatchKind.PREFIX);
    }

    @org.junit.jupiter.api.Test
    void aShortNameIsNoPrefixOfUnrelatedOnes() {
        assertThat(NameMatcher.compare("Ayan", "Andrei Sviridov")).isEqualTo(MatchKind.NONE);
        assertThat(NameMatcher.compare("Ayan", "Anna Belousova")).isEqualTo(MatchKind.NONE);
        assertThat(NameMatcher.compare("Ayan", "Talgat Ayan")).isEqualTo(MatchKind.SURNAME_ONLY);
        assertThat(NameMatcher.compare("Aian", "Talgat Ayan")).isEqualTo(MatchKind.SURNAME_ONLY);
    }

    @org.junit.jupiter.api.Test
    void keysFoldTheUsualTransliterations() {
        assertThat(NameKey.of("Maks Bokayev")).isEqualTo(NameKey.of("Maks Bokaev"));
        assertThat(NameKey.of("  Zhanna   Orazova ")).isEqualTo("zana orazova");
        assertThat(NameKey.of(null)).isEmpty();
    }
}
