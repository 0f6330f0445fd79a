package org.casetrack.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.casetrack.export.ExportFormat;
import org.junit.jupiter.api.Test;

/** The export dialog's English and Russian text: same keys, every key the code uses, real Russian. */
class ExportDialogBundleTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ExportDialogBundleTest.class.getResourceAsStream("/org/casetrack/ui/export/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndRussianHaveTheSameKeys() throws IOException {
        Set<String> en = new TreeSet<>(load("exportdialog.properties").stringPropertyNames());
        Set<String> ru = new TreeSet<>(load("exportdialog_ru.properties").stringPropertyNames());
        assertThat(ru).as("keys missing from or extra in exportdialog_ru.properties").containsExactlyElementsOf(en);
    }

    @Test
    void everyKeyTheCodeUsesIsInTheBundle() throws IOException {
        Set<String> keys = load("exportdialog.properties").stringPropertyNames();
        List<String> used = new ArrayList<>();
        Pattern tr = Pattern.compile("\"([a-z]+\\.[A-Za-z0-9_.]+)\"");
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/casetrack/ui/export"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = tr.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).startsWith("org.") && !m.group(1).startsWith("export.") && !m.group(1).endsWith(".css")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        for (ExportFormat f : ExportFormat.values()) {
            used.add("format." + f.name());
        }
        assertThat(used).hasSizeGreaterThan(20);
        assertThat(keys).containsAll(used);
    }

    @Test
    void russianTextIsRussian() throws IOException {
        Properties ru = load("exportdialog_ru.properties");
        for (String key : ru.stringPropertyNames()) {
            String v = ru.getProperty(key).replaceAll("\\{[^}]*}", "").replaceAll("\\([^)]*\\)", "").replace("PDF", "").replace("Word", "")
                    .replace("Markdown", "");
            assertThat(ru.getProperty(key)).as(key).isNotBlank();
            if (v.chars().anyMatch(Character::isLetter)) {
                assertThat(v.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC))
                        .as("%s is not in Russian: %s", key, v).isTrue();
            }
        }
    }

    @Test
    void theRussianBundleIsChosenForRussian() {
        assertThat(new ExportText(Locale.forLanguageTag("ru")).tr("dialog.title")).isEqualTo("Экспорт сводки по делу");
        assertThat(new ExportText(Locale.ENGLISH).tr("dialog.title")).isEqualTo("Export a case summary");
        assertThat(new ExportText(Locale.ENGLISH).tr("save.done", "a.docx")).isEqualTo("Saved to a.docx.");
    }
}
