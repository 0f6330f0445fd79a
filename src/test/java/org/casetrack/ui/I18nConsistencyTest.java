package org.casetrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.casetrack.model.AppealLevel;
import org.casetrack.model.AppealOutcome;
import org.casetrack.model.CaseStatus;
import org.casetrack.model.EventType;
import org.casetrack.model.FactType;
import org.casetrack.model.Finding;
import org.casetrack.model.NameKind;
import org.casetrack.model.PartyRole;
import org.casetrack.model.PersonRole;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.SentenceKind;
import org.casetrack.model.Sex;
import org.casetrack.model.UnBody;
import org.junit.jupiter.api.Test;

/** English and Russian carry the same keys, and every key the UI code names exists. */
class I18nConsistencyTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nConsistencyTest.class.getResourceAsStream("/org/casetrack/ui/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndRussianHaveTheSameKeys() throws IOException {
        Set<String> en = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> ru = new TreeSet<>(load("messages_ru.properties").stringPropertyNames());
        assertThat(ru).containsExactlyElementsOf(en);
    }

    @Test
    void russianIsActuallyTranslated() throws IOException {
        Properties en = load("messages.properties");
        Properties ru = load("messages_ru.properties");
        long same = en.stringPropertyNames().stream()
                .filter(k -> !k.equals("app.titleWithFile") && en.getProperty(k).length() > 12 && en.getProperty(k).equals(ru.getProperty(k))).count();
        assertThat(same).isZero();
        assertThat(ru.getProperty("page.people")).isEqualTo("Люди");
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Properties en = load("messages.properties");
        Pattern literal = Pattern.compile("\"((?:page|action|dialog|error|status|search|unlock|date|term|form|field|filter|people|person|fact|source|sources|confirm|cases|case|chain|timeline|placeholder|nav|app|screenshots)\\.[A-Za-z0-9_.]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/casetrack/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                Properties own = ownBundle(f);
                while (m.find()) {
                    String key = m.group(1);
                    if (!key.endsWith(".") && !key.endsWith(".png") && !en.containsKey(key) && !own.containsKey(key) && !key.startsWith("window.")) {
                        missing.add(key + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumShownInTheUiHasALabelInBothLanguages() throws IOException {
        Properties en = load("messages.properties");
        Properties ru = load("messages_ru.properties");
        List<Class<? extends Enum<?>>> types = List.of(PersonStatus.class, PersonRole.class, Sex.class, EventType.class,
                CaseStatus.class, PartyRole.class, SentenceKind.class, AppealLevel.class, AppealOutcome.class, UnBody.class,
                Finding.class, NameKind.class, FactType.class);
        Set<String> missing = new TreeSet<>();
        for (Class<? extends Enum<?>> t : types) {
            for (Enum<?> e : t.getEnumConstants()) {
                String key = "enum." + t.getSimpleName() + "." + e.name();
                if (!en.containsKey(key) || !ru.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Pages that ship their own bundle beside their package (upcoming, importer, welcome) use it too. */
    private static Properties ownBundle(Path javaFile) throws IOException {
        Properties p = new Properties();
        Path rel = Path.of("src/main/java").relativize(javaFile.getParent());
        Path dir = Path.of("src/main/resources").resolve(rel);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path b : files.filter(x -> x.toString().endsWith(".properties") && !x.getFileName().toString().contains("_")).toList()) {
                    try (var r = Files.newBufferedReader(b, java.nio.charset.StandardCharsets.UTF_8)) {
                        p.load(r);
                    }
                }
            }
        }
        return p;
    }
}
