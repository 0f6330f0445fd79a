package org.casetrack.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The one-pass country count gives what counting each country on its own gives. */
class CountryCountTest {

    @Property(tries = 300)
    void onePassCountsAsEachCountryAlone(@ForAll("textWithCountries") String text) {
        var counts = DocumentMetadata.countCountries(text);
        for (String c : Countries.NAMES) {
            assertThat(counts.getOrDefault(c, 0)).as(c).isEqualTo(DocumentMetadata.count(text, c));
        }
    }

    @Provide
    Arbitrary<String> textWithCountries() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("Russia", "Russian Federation", "Russian", "Niger", "Nigeria", "Sudan", "South Sudan",
                        "Guinea", "Iran", "Iraq", "Georgia", "Cuba", "Cubans", "Kazakhstan", "KAZ", "Oman"),
                Arbitraries.strings().withChars("abcXYZ ,.-\n\u00e9\u0416").ofMaxLength(6));
        return piece.list().ofMaxSize(40).map(l -> String.join("", l));
    }
}
