package org.casetrack.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.casetrack.model.AppealLevel;
import org.casetrack.model.AppealOutcome;
import org.casetrack.model.EventType;
import org.casetrack.model.Finding;
import org.casetrack.model.PersonRole;
import org.casetrack.model.SentenceKind;
import org.casetrack.model.UnBody;
import org.junit.jupiter.api.Test;

/** The wizard's English and Russian text: same keys, every key the code uses, real Russian. */
class WizardBundleTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = WizardBundleTest.class.getResourceAsStream("/org/casetrack/ui/importer/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndRussianHaveTheSameKeys() throws IOException {
        Set<String> en = new TreeSet<>(load("wizard.properties").stringPropertyNames());
        Set<String> ru = new TreeSet<>(load("wizard_ru.properties").stringPropertyNames());
        assertThat(ru).as("keys missing from or extra in wizard_ru.properties").containsExactlyElementsOf(en);
    }

    @Test
    void everyKeyTheCodeUsesIsInTheBundle() throws IOException {
        Set<String> keys = load("wizard.properties").stringPropertyNames();
        List<String> used = new ArrayList<>();
        Pattern tr = Pattern.compile("tr\\(\"([A-Za-z0-9_.]+)\"\\s*[,)]");
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/casetrack/ui/importer"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = tr.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).as("keys found in the code").hasSizeGreaterThan(40);
        for (CandidateGroup g : CandidateGroup.values()) {
            used.add(g.titleKey());
        }
        for (Class<? extends Enum<?>> type : List.of(SentenceKind.class, AppealLevel.class, AppealOutcome.class, UnBody.class,
                Finding.class, EventType.class, PersonRole.class)) {
            for (Enum<?> e : type.getEnumConstants()) {
                used.add("enum." + type.getSimpleName() + "." + e.name());
            }
        }
        assertThat(keys).containsAll(used);
    }

    @Test
    void russianTextIsRussian() throws IOException {
        Properties ru = load("wizard_ru.properties");
        for (String key : ru.stringPropertyNames()) {
            String v = ru.getProperty(key);
            assertThat(v).as(key).isNotBlank();
            if (v.replaceAll("\\{[^}]*}", "").chars().anyMatch(Character::isLetter)) {
                assertThat(v.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC))
                        .as("%s is not in Russian: %s", key, v).isTrue();
            }
        }
    }

    @Test
    void patternsWithArgumentsAreValidAndKeepTheirApostrophes() throws IOException {
        for (String file : List.of("wizard.properties", "wizard_ru.properties")) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String v = p.getProperty(key);
                assertThat(v).as(file + " " + key).isNotBlank();
                if (v.contains("{")) {
                    String out = new MessageFormat(v, Locale.ENGLISH).format(new Object[] {1, 2, 3, 4, 5});
                    assertThat(out).as(file + " " + key).doesNotContain("{").doesNotContain("}");
                    assertThat(v.replace("''", "")).as(file + " " + key + ": write '' for an apostrophe").doesNotContain("'");
                }
            }
        }
    }

    @Test
    void theRussianBundleIsChosenForRussian() {
        assertThat(new WizardText(Locale.forLanguageTag("ru")).tr("wizard.title")).isEqualTo("Импорт доклада");
        assertThat(new WizardText(Locale.ENGLISH).tr("wizard.title")).isEqualTo("Import a report");
        assertThat(new WizardText(Locale.ENGLISH).tr("no.such.key")).isEqualTo("!no.such.key!");
    }
}
