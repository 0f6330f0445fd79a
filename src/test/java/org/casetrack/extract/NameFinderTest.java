package org.casetrack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.casetrack.model.PersonRole;
import org.junit.jupiter.api.Test;

class NameFinderTest {

    private static List<NameHit> hits(String text) {
        return NameFinder.find(text, 0, text.length(), Set.of("movement", "park"));
    }

    private static List<String> names(String text) {
        return hits(text).stream().map(h -> String.join(" ", h.tokens())).toList();
    }

    @Test
    void titlesAreStrippedAndMarkOfficials() {
        List<NameHit> h = hits("Foreign Minister Ivan Novak met EU Commission President Anne-Marie Lind.");
        assertThat(h).extracting(x -> String.join(" ", x.tokens())).containsExactly("Ivan Novak", "Anne-Marie Lind");
        assertThat(h).allMatch(NameHit::official);
    }

    @Test
    void rolesComeFromTheWordsBefore() {
        List<NameHit> h = hits("Police detained activists Arman Tulegen and Olga Sadykova and journalist Timur Orlov.");
        assertThat(h).extracting(x -> String.join(" ", x.tokens()))
                .containsExactly("Arman Tulegen", "Olga Sadykova", "Timur Orlov");
        assertThat(h.get(1).roles()).contains(PersonRole.ACTIVIST);
        assertThat(h.get(2).roles()).contains(PersonRole.JOURNALIST);
        assertThat(h).noneMatch(NameHit::official);
    }

    @Test
    void aRunBeforeAGroupNounOrAfterInIsNoPerson() {
        List<NameHit> h = hits("Police in Vel Oster detained Zeta Dao practitioners and Norvic Orthodox monks, and activist Ivo Lind in Dana Hill.");
        assertThat(h).extracting(x -> String.join(" ", x.tokens())).containsExactly("Ivo Lind");
    }

    @Test
    void anIntroducedPersonAfterInStaysAPerson() {
        List<NameHit> h = hits("The court ruled against him in Ivo Lind's case, and in blogger Marta Kessler's too.");
        assertThat(h).extracting(x -> String.join(" ", x.tokens())).containsExactly("Ivo Lind", "Marta Kessler");
    }

    @Test
    void anOfficialNamedAfterACommaIsAnOfficial() {
        List<NameHit> h = hits("The country's top security official, Rena Dalton, visited the capital.");
        assertThat(h).singleElement().satisfies(x -> assertThat(x.official()).isTrue());
    }

    @Test
    void placesAndBodiesAreNotPeople() {
        assertThat(names("Protesters met in Lenin Square near Maple Grove Park and the Supreme Court."))
                .doesNotContain("Maple Grove", "Lenin");
        assertThat(names("Members of the banned Nur Jol movement were tried in Kazakhstan.")).isEmpty();
        assertThat(names("The Human Rights Committee and the Liberty Foundation spoke.")).isEmpty();
    }

    @Test
    void relativesTakeTheFamilyName() {
        assertThat(names("A court jailed editor Rustam Aliev and his son, Timur, also a reporter."))
                .containsExactly("Rustam Aliev", "Timur Aliev");
    }

    @Test
    void twoGivenNamesShareOneSurname() {
        assertThat(names("The embassy criticised the sentences of journalists Emil and Farid Nabiev."))
                .containsExactly("Emil Nabiev", "Farid Nabiev");
    }

    @Test
    void religiousRolesBeforeTheName() {
        List<NameHit> h = hits("Jehovah's Witness Pavel Rudko and Seventh-day Adventist Ilya Gross were fined.");
        assertThat(h).extracting(x -> String.join(" ", x.tokens())).containsExactly("Pavel Rudko", "Ilya Gross");
        assertThat(h).allMatch(x -> x.roles().contains(PersonRole.RELIGIOUS_BELIEVER));
    }

    @Test
    void possessivesEndTheName() {
        assertThat(names("The court rejected Anna Kim's and Boris Lee's appeals."))
                .containsExactly("Anna Kim", "Boris Lee");
    }

    @Test
    void surnamesAreFoldedForTransliteration() {
        assertThat(PersonRegistry.fold("Bokayev")).isEqualTo(PersonRegistry.fold("Bokaev"));
        assertThat(PersonRegistry.fold("Aleksei")).isEqualTo(PersonRegistry.fold("Alexei"));
        assertThat(PersonRegistry.fold("Mijatović")).isEqualTo(PersonRegistry.fold("Mijatovic"));
        assertThat(PersonRegistry.fold("Mataev")).isNotEqualTo(PersonRegistry.fold("Matveev"));
    }
}
