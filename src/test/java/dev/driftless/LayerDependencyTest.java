package dev.driftless;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;

/**
 * The layers as allow-lists: each package may use only what is named for it, so a new dependency
 * is a decision made here rather than an accident. core uses the JDK and one pure algorithm
 * library (java-diff-utils: text in, text out); the window's view models stay free of scenes and
 * stages; only the command line writes to the standard streams.
 */
@AnalyzeClasses(packages = "dev.driftless", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerDependencyTest {
    private static final String JDK = "java..";

    @ArchTest
    static final ArchRule coreUsesOnlyTheJdk = classes()
            .that().resideInAPackage("dev.driftless.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, "dev.driftless.core..",
                    "com.github.difflib..");

    @ArchTest
    static final ArchRule dbUsesCoreAndTheDrivers = classes()
            .that().resideInAPackage("dev.driftless.db..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, "dev.driftless.core..",
                    "dev.driftless.db..", "org.postgresql..", "org.sqlite..", "io.github.cdimascio..");

    @ArchTest
    static final ArchRule userDataUsesOnlyTheJdk = classes()
            .that().resideInAPackage("dev.driftless.userdata..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, "dev.driftless.userdata..");

    @ArchTest
    static final ArchRule vcsUsesCoreAndJgit = classes()
            .that().resideInAPackage("dev.driftless.vcs..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, "dev.driftless.core..",
                    "dev.driftless.vcs..", "org.eclipse.jgit..");

    @ArchTest
    static final ArchRule projectUsesCoreDbAndGit = classes()
            .that().resideInAPackage("dev.driftless.project..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, "dev.driftless.core..",
                    "dev.driftless.db..", "dev.driftless.vcs..", "dev.driftless.userdata..",
                    "dev.driftless.project..", "com.fasterxml..");

    @ArchTest
    static final ArchRule cliKnowsNothingOfTheWindow = classes()
            .that().resideInAPackage("dev.driftless.cli..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, "dev.driftless.core..",
                    "dev.driftless.db..", "dev.driftless.vcs..", "dev.driftless.userdata..",
                    "dev.driftless.project..", "dev.driftless.cli..", "dev.driftless.build..", "picocli..",
                    "com.fasterxml..");

    @ArchTest
    static final ArchRule buildInfoUsesOnlyTheJdk = classes()
            .that().resideInAPackage("dev.driftless.build..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, "dev.driftless.build..");

    @ArchTest
    static final ArchRule windowKnowsNothingOfTheCommandLine = noClasses()
            .that().resideInAPackage("dev.driftless.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..", "dev.driftless.cli..");

    @ArchTest
    static final ArchRule viewModelsHoldNoScene = noClasses()
            .that().resideInAPackage("dev.driftless.ui..").and().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");

    /** The benchmark probe prints its milestones for the harness that started the window; nothing else may. */
    @ArchTest
    static final ArchRule onlyTheCommandLineWritesToStandardStreams = noClasses()
            .that().resideOutsideOfPackage("dev.driftless.cli..")
            .and(not(JavaClass.Predicates.equivalentTo(Main.class)))
            .and(not(simpleNameEndingWith("BenchReport")))
            .should(ACCESS_STANDARD_STREAMS);
}
