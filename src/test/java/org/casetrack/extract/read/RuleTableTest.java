package org.casetrack.extract.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rule tables of penalties and appeals: templates, word sections, and every section compiles. */
class RuleTableTest {

    @Test
    void aTemplatePutsTheAlternativesInItsSlotInOrder() {
        RuleTable t = RuleTable.load("penalties.txt");
        String served = t.regex("served");
        assertThat(served).startsWith("\\b(?:(?:served)|(?:serving)|").endsWith(")\\s+(?:an?\\s+|the\\s+)?$");
        Pattern p = Pattern.compile(served);
        assertThat(p.matcher("she had already spent the ").find()).isTrue();
        assertThat(p.matcher("she had already spent money on ").find()).isFalse();
    }

    @Test
    void aSectionWithoutTemplateIsTheAlternationOfItsLines() {
        Pattern admin = Pattern.compile(RuleTable.load("penalties.txt").regex("admin"));
        assertThat(admin.matcher(" of administrative arrest").find()).isTrue();
        assertThat(admin.matcher(" of community service").find()).isFalse();
    }

    @Test
    void aCaseFlagInTheTemplateCoversEveryLine() {
        Pattern psychiatric = Pattern.compile(RuleTable.load("penalties.txt").regex("psychiatric"));
        assertThat(psychiatric.matcher("The court PLACED HIM IN A PSYCHIATRIC hospital.").find()).isTrue();
        assertThat(psychiatric.matcher("She faced Forced Psychiatric Treatment.").find()).isTrue();
    }

    @Test
    void wordSectionsArePlainLines() {
        RuleTable t = RuleTable.load("appeals.txt");
        assertThat(t.words("court-words")).contains("court", "cassation");
        assertThat(t.words("not-in-court-name")).contains("The", "However");
        assertThat(RuleTable.load("penalties.txt").words("not-imposed-before")).contains("up to", "punishable by");
    }

    @Test
    void aMissingSectionNamesTheFileAndSection() {
        assertThatThrownBy(() -> RuleTable.load("appeals.txt").regex("no-such-rule"))
                .isInstanceOf(IllegalStateException.class).hasMessage("appeals.txt: missing rules section [no-such-rule]");
    }

    @Test
    void everySectionOfBothTablesCompiles() {
        for (String file : List.of("penalties.txt", "appeals.txt")) {
            RuleTable t = RuleTable.load(file);
            Map<String, List<String>> sections = DataLines.sections(file);
            assertThat(sections.keySet()).hasSizeGreaterThan(8);
            for (String name : sections.keySet()) {
                if (!name.isEmpty()) {
                    assertThat(Pattern.compile(t.regex(name)).pattern()).as(file + " " + name).isNotEmpty();
                }
            }
        }
    }

    @Test
    void appealOutcomePhrasingsReadAsWritten() {
        RuleTable t = RuleTable.load("appeals.txt");
        assertThat(Pattern.compile(t.regex("dismissed")).matcher("the city court turned down her second appeal").find()).isTrue();
        assertThat(Pattern.compile(t.regex("partly")).matcher("the judges reduced his prison term to four years").find()).isTrue();
        assertThat(Pattern.compile(t.regex("no-ruling")).matcher("his lawyer said they would appeal").find()).isTrue();
        assertThat(Pattern.compile(t.regex("granted")).matcher("the regional court later acquitted the teacher").find()).isTrue();
    }
}
