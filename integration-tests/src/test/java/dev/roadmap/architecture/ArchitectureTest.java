package dev.roadmap.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.roadmap.testing.ReactorModules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the module dependency rules of DESIGN.md on the main classes of every module of the build
 * (read from each module's {@code target/classes}, so the CLI, the benchmarks and the plugin test kit
 * are covered although they are not on this module's class path), and proves each rule fails on a
 * deliberately broken fixture.
 */
class ArchitectureTest {
    private static final String ROOT = "dev.roadmap";
    private static final String FIXTURE = "dev.roadmap.archfixture";

    /** The fixture's pretend modules, for the internal-package rule. */
    private static final Map<String, Set<String>> FIXTURE_MODULES = Map.of(
            "fixture-core", Set.of(FIXTURE + ".core", FIXTURE + ".spi"),
            "fixture-io", Set.of(FIXTURE + ".io"),
            "fixture-scheduler", Set.of(FIXTURE + ".scheduler"),
            "fixture-plugin-alpha", Set.of(FIXTURE + ".plugins.alpha"),
            "fixture-plugin-beta", Set.of(FIXTURE + ".plugins.beta"));

    private static List<ReactorModules.Module> modules;
    private static Map<String, Set<String>> moduleRoots;
    private static JavaClasses production;
    private static JavaClasses fixture;

    @BeforeAll
    static void importClasses() throws IOException {
        modules = ReactorModules.all().stream().filter(ReactorModules.Module::hasMainCode).toList();
        moduleRoots = new TreeMap<>();
        List<Path> classDirs = new ArrayList<>();
        for (ReactorModules.Module m : modules) {
            assertThat(m.mainClasses()).as("main classes of %s (build the whole reactor: mvn verify)", m.artifactId())
                    .isDirectory();
            classDirs.add(m.mainClasses());
            moduleRoots.put(m.artifactId(), m.packageRoots());
        }
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPaths(classDirs);
        fixture = new ClassFileImporter().importPackages(FIXTURE);
    }

    static List<ArchRule> productionRules() {
        return List.of(ArchitectureRules.coreDependsOnNoOtherModule(ROOT), ArchitectureRules.ioAndSchedulerAreIndependent(ROOT),
                ArchitectureRules.schedulerDependsOnlyOnCore(ROOT), ArchitectureRules.nothingDependsOnTheCli(ROOT),
                ArchitectureRules.spiDependsOnlyOnModelAndJdk(ROOT), ArchitectureRules.coreNeverUsesJackson(ROOT),
                ArchitectureRules.jgraphtOnlyInCore(ROOT), ArchitectureRules.noPackageCycles(ROOT),
                ArchitectureRules.formatPackagesAreIndependent(ROOT), ArchitectureRules.pluginsDependOnlyOnCoreAndIo(ROOT),
                ArchitectureRules.pluginsAreIndependent(ROOT),
                ArchitectureRules.internalPackagesStayInTheirModule(ROOT, moduleRoots));
    }

    @Test
    void everyModulesMainClassesAreScanned() {
        assertThat(modules).extracting(ReactorModules.Module::artifactId)
                .contains("roadmap-core", "roadmap-io", "roadmap-scheduler", "roadmap-cli", "benchmarks",
                        "roadmap-plugin-testkit", "roadmap-plugin-csv", "roadmap-plugin-psplib")
                .hasSizeGreaterThanOrEqualTo(15);
        moduleRoots.forEach((module, roots) -> {
            assertThat(roots).as(module).isNotEmpty();
            roots.forEach(r -> assertThat(production.containPackage(r)).as("%s: %s scanned", module, r).isTrue());
        });
        assertThat(production.containPackage("dev.roadmap.plugins.testkit")).isTrue();
        assertThat(production.containPackage("dev.roadmap.benchmarks")).isTrue();
    }

    @Test
    void eachPackageBelongsToOneModule() {
        List<String> all = moduleRoots.values().stream().flatMap(Set::stream).sorted().toList();
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i)).as("package roots of different modules nest or repeat")
                    .isNotEqualTo(all.get(i - 1)).doesNotStartWith(all.get(i - 1) + ".");
        }
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

    /** Each rule with the fixture class (or cycle) that breaks it. */
    static Stream<Arguments> rulesAndTheFixtureThatBreaksThem() {
        return Stream.of(
                arguments(ArchitectureRules.coreDependsOnNoOtherModule(FIXTURE), "BadCore"),
                arguments(ArchitectureRules.ioAndSchedulerAreIndependent(FIXTURE), "BadIo"),
                arguments(ArchitectureRules.spiDependsOnlyOnModelAndJdk(FIXTURE), "BadSpi"),
                arguments(ArchitectureRules.noPackageCycles(FIXTURE), "cycle"),
                arguments(ArchitectureRules.pluginsAreIndependent(FIXTURE), "OtherPlugin"),
                arguments(ArchitectureRules.pluginsDependOnlyOnCoreAndIo(FIXTURE), "FixtureScheduler"));
    }

    @ParameterizedTest(name = "{0} catches {1}")
    @MethodSource("rulesAndTheFixtureThatBreaksThem")
    void ruleFailsOnTheFixtureThatBreaksIt(ArchRule rule, String expected) {
        EvaluationResult result = rule.evaluate(fixture);
        assertThat(result.hasViolation()).as("rule '%s' must catch the fixture", rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().toString()).containsIgnoringCase(expected);
    }

    @Test
    void internalRuleFailsWhenAnotherModuleUsesAnInternalClass() {
        EvaluationResult result = ArchitectureRules.internalPackagesStayInTheirModule(FIXTURE, FIXTURE_MODULES)
                .evaluate(fixture);
        assertThat(result.hasViolation()).isTrue();
        String report = result.getFailureReport().toString();
        assertThat(report).contains("BadPlugin (fixture-plugin-alpha) uses " + FIXTURE + ".io.internal.IoInternals")
                .doesNotContain("BadIo (");
    }

    @Test
    void pluginClassesAreChecked() {
        assertThat(production.containPackage("dev.roadmap.plugins.csv")).isTrue();
        assertThat(production.containPackage("dev.roadmap.plugins.html")).isTrue();
    }
}
