package dev.roadmap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dependency rules of DESIGN.md, written once over a root package so that they can be
 * checked on the real code ({@code dev.roadmap}) and, in a test of the rules themselves, on a
 * deliberately broken fixture ({@code dev.roadmap.archfixture}).
 */
final class ArchitectureRules {
    private ArchitectureRules() {
    }

    /** Core (model, graph, validation, registry) and the SPI depend on no other module. */
    static ArchRule coreDependsOnNoOtherModule(String root) {
        return noClasses().that().resideInAnyPackage(root + ".core..", root + ".spi..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".io..", root + ".scheduler..",
                        root + ".cli..", root + ".plugins..", root + ".benchmarks..")
                .as("core depends on no other module");
    }

    /** io and the scheduler depend only on core, never on each other. */
    static ArchRule ioAndSchedulerAreIndependent(String root) {
        return noClasses().that().resideInAPackage(root + ".io..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".scheduler..", root + ".cli..",
                        root + ".benchmarks..", root + ".plugins..")
                .as("io depends only on core");
    }

    /** The scheduler depends only on core. */
    static ArchRule schedulerDependsOnlyOnCore(String root) {
        return noClasses().that().resideInAPackage(root + ".scheduler..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".io..", root + ".cli..",
                        root + ".plugins..", root + ".benchmarks..")
                .as("scheduler depends only on core");
    }

    /** Plugins never depend on the CLI; nothing depends on the CLI or the benchmarks. */
    static ArchRule nothingDependsOnTheCli(String root) {
        return noClasses().that().resideOutsideOfPackages(root + ".cli..", root + ".benchmarks..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".cli..", root + ".benchmarks..")
                .as("nothing depends on the CLI or the benchmarks");
    }

    /** The SPI depends only on the model and the JDK. */
    static ArchRule spiDependsOnlyOnModelAndJdk(String root) {
        return classes().that().resideInAPackage(root + ".spi..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".spi..", root + ".core",
                        root + ".core.plan..", root + ".core.progress..", root + ".core.validate..", "java..")
                .as("the SPI depends only on the model and the JDK");
    }

    /** Core never imports Jackson (or any format library). */
    static ArchRule coreNeverUsesJackson(String root) {
        return noClasses().that().resideInAnyPackage(root + ".core..", root + ".spi..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "org.commonmark..", "picocli..")
                .as("core uses no format or CLI library");
    }

    /** JGraphT stays in core: other modules use the read-only graph view. */
    static ArchRule jgraphtOnlyInCore(String root) {
        return noClasses().that().resideOutsideOfPackages(root + ".core..")
                .and().resideInAPackage(root + "..")
                .should().dependOnClassesThat().resideInAPackage("org.jgrapht..")
                .allowEmptyShould(true)
                .as("JGraphT is used in core only");
    }

    /**
     * No package cycles anywhere. An {@code internal} package is the implementation of its parent
     * (the public package exposes types such as exceptions that the implementation throws), so the
     * two count as one slice, as in commonmark-java.
     */
    static ArchRule noPackageCycles(String root) {
        return slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String pkg = javaClass.getPackageName();
                if (!pkg.equals(root) && !pkg.startsWith(root + ".")) {
                    return SliceIdentifier.ignore();
                }
                int internal = pkg.indexOf(".internal");
                return SliceIdentifier.of(internal >= 0 ? pkg.substring(0, internal) : pkg);
            }

            @Override
            public String getDescription() {
                return "packages of " + root + " (with their internal packages)";
            }
        }).should().beFreeOfCycles().as("no package cycles");
    }

    /**
     * Format packages of roadmap-io never import each other. {@code io.table} is not a format but the
     * support every table reader shares (column roles, vocabulary), and {@code io.writing} the support
     * the JSON writers share (arrays of items, diagnostics); formats may use both.
     */
    static ArchRule formatPackagesAreIndependent(String root) {
        return slices().matching(root + ".io.(*)..").should().notDependOnEachOther()
                .ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.resideInAPackage(root + ".io.table.."))
                .ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.resideInAPackage(root + ".io.writing.."))
                .allowEmptyShould(true)
                .as("io format packages do not depend on each other");
    }

    /**
     * Plugins depend on core (and may reuse io), never on the scheduler, the CLI or the benchmarks. The
     * plugin test kit ({@code plugins.testkit}) is held to the same rule: it plans sample roadmaps with
     * whichever scheduler the class path provides, through the SPI.
     */
    static ArchRule pluginsDependOnlyOnCoreAndIo(String root) {
        return noClasses().that().resideInAPackage(root + ".plugins..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".scheduler..", root + ".cli..",
                        root + ".benchmarks..")
                .allowEmptyShould(true)
                .as("plugins depend only on core and io");
    }

    /** A plugin module can be dropped without breaking another: plugin packages never use each other. */
    static ArchRule pluginsAreIndependent(String root) {
        return slices().matching(root + ".plugins.(*)..").should().notDependOnEachOther()
                .allowEmptyShould(true)
                .as("plugins do not depend on each other");
    }

    /**
     * An {@code internal} package is the implementation of its module: no other module uses it (their
     * module-info does not export it either, see ModuleDescriptorTest). Shared helpers belong in an
     * exported package.
     *
     * @param root    the root package of the classes checked
     * @param modules each module's name and the packages it owns (a class belongs to the module of the
     *                longest root its package starts with)
     * @return the rule
     */
    static ArchRule internalPackagesStayInTheirModule(String root, Map<String, Set<String>> modules) {
        return classes().that().resideInAPackage(root + "..internal..")
                .should(onlyBeUsedInside(modules))
                .allowEmptyShould(true)
                .as("internal packages are used only inside their own module");
    }

    private static ArchCondition<JavaClass> onlyBeUsedInside(Map<String, Set<String>> modules) {
        return new ArchCondition<>("be used only by classes of their own module") {
            @Override
            public void check(JavaClass target, ConditionEvents events) {
                String owner = moduleOf(target.getPackageName(), modules).orElse("?");
                for (Dependency d : target.getDirectDependenciesToSelf()) {
                    JavaClass origin = d.getOriginClass();
                    String user = moduleOf(origin.getPackageName(), modules).orElse("no module");
                    if (!user.equals(owner)) {
                        events.add(SimpleConditionEvent.violated(d, origin.getName() + " (" + user + ") uses "
                                + target.getName() + ", internal to " + owner + ": " + d.getDescription()));
                    }
                }
            }
        };
    }

    private static Optional<String> moduleOf(String pkg, Map<String, Set<String>> modules) {
        String best = null;
        int bestLength = -1;
        for (Map.Entry<String, Set<String>> m : modules.entrySet()) {
            for (String r : m.getValue()) {
                if ((pkg.equals(r) || pkg.startsWith(r + ".")) && r.length() > bestLength) {
                    best = m.getKey();
                    bestLength = r.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
