package dev.driftless;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the layers pointing one way: ui and cli use core; core uses only the JDK (java.base, java.sql). */
@AnalyzeClasses(packages = "dev.driftless", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerDependencyTest {

    @ArchTest
    static final ArchRule coreUsesNoFrameworkOrDriver = noClasses()
            .that().resideInAPackage("dev.driftless.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "picocli..", "org.postgresql..", "org.sqlite..",
                    "com.fasterxml..", "io.github.cdimascio..", "org.eclipse.jgit..",
                    "dev.driftless.ui..", "dev.driftless.cli..", "dev.driftless.db..");

    @ArchTest
    static final ArchRule dbDoesNotKnowThePresentation = noClasses()
            .that().resideInAPackage("dev.driftless.db..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "picocli..",
                    "dev.driftless.ui..", "dev.driftless.cli..");

    @ArchTest
    static final ArchRule cliKnowsNothingOfTheWindow = noClasses()
            .that().resideInAPackage("dev.driftless.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.driftless.ui..");

    @ArchTest
    static final ArchRule windowKnowsNothingOfTheCommandLine = noClasses()
            .that().resideInAPackage("dev.driftless.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..", "dev.driftless.cli..");
}
