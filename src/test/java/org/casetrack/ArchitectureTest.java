package org.casetrack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of docs and house style, checked on the main classes. */
@AnalyzeClasses(packages = "org.casetrack", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackage("org.casetrack.ui..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("only the desktop UI may touch JavaFX; everything else must run headless");

    @ArchTest
    static final ArchRule modelDependsOnlyOnJava = classes()
            .that().resideInAPackage("org.casetrack.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.casetrack.model..")
            .because("the model is plain Java records and enums, free of any framework");

    @ArchTest
    static final ArchRule modelKnowsNoOuterLayer = noClasses()
            .that().resideInAPackage("org.casetrack.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.casetrack.store..", "org.casetrack.extract..",
                    "org.casetrack.ui..", "org.casetrack.cli..");

    @ArchTest
    static final ArchRule extractionKnowsNoStoreOrUi = noClasses()
            .that().resideInAPackage("org.casetrack.extract..")
            .should().dependOnClassesThat().resideInAnyPackage("org.casetrack.store..", "org.casetrack.ui..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyCliAndLauncherUseCli = noClasses()
            .that().resideOutsideOfPackage("org.casetrack.cli..")
            .and().doNotHaveFullyQualifiedName("org.casetrack.Launcher")
            .should().dependOnClassesThat().resideInAPackage("org.casetrack.cli..");

    @ArchTest
    static final ArchRule systemOutOnlyInCli = noClasses()
            .that().resideOutsideOfPackage("org.casetrack.cli..")
            .should().accessField(System.class, "out")
            .because("output goes through the CLI's writers; the UI shows dialogs");

    @ArchTest
    static final ArchRule uiNeverLoadsWebView = noClasses()
            .should().dependOnClassesThat().resideInAPackage("javafx.scene.web..")
            .because("WebView is heavy and slow to open (house style)");

    @ArchTest
    static final ArchRule viewModelsNeverTouchNodes = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("a view model holds state and commands; only its view builds and touches nodes (house style)");
}
