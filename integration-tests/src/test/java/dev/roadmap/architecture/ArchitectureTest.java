package dev.roadmap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the module dependency rules of DESIGN.md on every module's production classes (the CLI
 * module sees them all on its class path), and proves each rule fails on a deliberately broken fixture.
 */
class ArchitectureTest {
    private static final String ROOT = "dev.roadmap";
    private static final String FIXTURE = "dev.roadmap.archfixture";

    private static JavaClasses production;
    private static JavaClasses fixture;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        fixture = new ClassFileImporter().importPackages(FIXTURE);
    }

    static List<ArchRule> productionRules() {
        return List.of(ArchitectureRules.coreDependsOnNoOtherModule(ROOT), ArchitectureRules.ioAndSchedulerAreIndependent(ROOT),
                ArchitectureRules.schedulerDependsOnlyOnCore(ROOT), ArchitectureRules.nothingDependsOnTheCli(ROOT),
                ArchitectureRules.spiDependsOnlyOnModelAndJdk(ROOT), ArchitectureRules.coreNeverUsesJackson(ROOT),
                ArchitectureRules.jgraphtOnlyInCore(ROOT), ArchitectureRules.noPackageCycles(ROOT),
                ArchitectureRules.formatPackagesAreIndependent(ROOT), ArchitectureRules.pluginsDependOnlyOnCoreAndIo(ROOT),
                ArchitectureRules.pluginsAreIndependent(ROOT));
    }

    @Test
    void productionClassesAreImported() {
        assertThat(production.containPackage("dev.roadmap.core")).isTrue();
        assertThat(production.containPackage("dev.roadmap.io")).isTrue();
        assertThat(production.containPackage("dev.roadmap.cli")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("productionRules")
    void productionCodeFollowsTheRule(ArchRule rule) {
        rule.check(production);
    }

    @Test
    void coreRuleFailsWhenCoreImportsTheScheduler() {
        assertViolated(ArchitectureRules.coreDependsOnNoOtherModule(FIXTURE), "BadCore");
    }

    @Test
    void ioRuleFailsWhenIoImportsTheScheduler() {
        assertViolated(ArchitectureRules.ioAndSchedulerAreIndependent(FIXTURE), "BadIo");
    }

    @Test
    void spiRuleFailsWhenTheSpiUsesAnotherLibrary() {
        assertViolated(ArchitectureRules.spiDependsOnlyOnModelAndJdk(FIXTURE), "BadSpi");
    }

    @Test
    void cycleRuleFailsOnAPackageCycle() {
        assertViolated(ArchitectureRules.noPackageCycles(FIXTURE), "cycle");
    }

    @Test
    void pluginRulesFailWhenAPluginUsesAnotherPluginOrTheScheduler() {
        assertViolated(ArchitectureRules.pluginsAreIndependent(FIXTURE), "OtherPlugin");
        assertViolated(ArchitectureRules.pluginsDependOnlyOnCoreAndIo(FIXTURE), "FixtureScheduler");
    }

    @Test
    void pluginClassesAreChecked() {
        assertThat(production.containPackage("dev.roadmap.plugins.csv")).isTrue();
        assertThat(production.containPackage("dev.roadmap.plugins.html")).isTrue();
    }

    private static void assertViolated(ArchRule rule, String expected) {
        EvaluationResult result = rule.evaluate(fixture);
        assertThat(result.hasViolation()).as("rule '%s' must catch the fixture", rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().toString()).containsIgnoringCase(expected);
    }
}
