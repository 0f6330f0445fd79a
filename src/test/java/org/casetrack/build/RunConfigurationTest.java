package org.casetrack.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * How the app is started from the build: javafx:run puts JavaFX on the module path, where
 * ControlsFX's decorations fail unless javafx.scene is opened to it (tests load JavaFX from the class path, where it is open anyway), and the build keeps jOOQ's banner and JavaFX's notes off the console.
 */
class RunConfigurationTest {

    private static final String OPENS = "--add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED";

    private static String pom() throws Exception {
        return Files.readString(Path.of("pom.xml"));
    }

    private static String section(String text, String from, String to) {
        int a = text.indexOf(from);
        assertThat(a).as(from).isGreaterThanOrEqualTo(0);
        int b = text.indexOf(to, a);
        return text.substring(a, b);
    }

    @Test
    void javafxRunOpensJavafxSceneForControlsFx() throws Exception {
        String pom = pom();
        assertThat(pom).contains("<app.opens>" + OPENS + "</app.opens>");
        String plugin = section(pom, "<artifactId>javafx-maven-plugin</artifactId>", "</plugin>");
        assertThat(plugin).contains("<option>${app.opens}</option>");
    }

    @Test
    void testsLeaveTheHomeFolderAlone() throws Exception {
        String surefire = section(pom(), "<artifactId>maven-surefire-plugin</artifactId>", "</plugin>");
        assertThat(surefire).contains("casetrack.settings.inMemory").contains("casetrack.logDir");
        assertThat(System.getProperty("casetrack.settings.inMemory")).isNotNull();
    }

    @Test
    void codeGenerationIsSkippedWhenTheMigrationsAreUnchanged() throws Exception {
        String pom = pom();
        assertThat(section(pom, "<artifactId>flyway-maven-plugin</artifactId>", "</plugin>")).contains("<skip>${codegen.skip}</skip>");
        assertThat(section(pom, "<artifactId>jooq-codegen-maven</artifactId>", "</plugin>")).contains("<skip>${codegen.skip}</skip>");
        assertThat(Files.readString(Path.of(".mvn/jvm.config"))).contains("-Dorg.jooq.no-logo=true").contains("-Dorg.jooq.no-tips=true");
    }
}
