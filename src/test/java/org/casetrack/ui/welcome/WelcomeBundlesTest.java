package org.casetrack.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The welcome texts exist in English and Russian with the same keys, none left empty or untranslated. */
class WelcomeBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = WelcomeBundlesTest.class.getResourceAsStream("/org/casetrack/ui/welcome/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndRussianHaveTheSameKeys() throws IOException {
        assertThat(load("welcome_ru.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("welcome.properties").stringPropertyNames());
    }

    @Test
    void everyRussianTextIsFilledAndWrittenInCyrillic() throws IOException {
        Properties ru = load("welcome_ru.properties");
        for (String key : ru.stringPropertyNames()) {
            String text = ru.getProperty(key);
            assertThat(text).as(key).isNotBlank();
            assertThat(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC))
                    .as("%s is in Russian: %s", key, text).isTrue();
        }
    }

    @Test
    void theViewPicksTheBundleByLocale() {
        assertThat(WelcomeView.texts(Locale.forLanguageTag("ru")).getString("welcome.create"))
                .isEqualTo("Создать новую зашифрованную базу данных");
        assertThat(WelcomeView.texts(Locale.ENGLISH).getString("welcome.create"))
                .isEqualTo("Create a new encrypted database");
        assertThat(WelcomeView.texts(Locale.GERMAN).getString("welcome.create"))
                .as("languages without a translation get English")
                .isEqualTo("Create a new encrypted database");
    }
}
