/**
 * The roadmap model, prerequisite graph, validation, plan model, plugin SPI and plugin registry.
 * Depends on JGraphT only, whose {@code Graph} type appears in {@code PrerequisiteGraph}'s read-only view.
 *
 * <p>Every exported package is public API (see docs/api-stability.md); this module has no internal
 * packages. The registry discovers providers with {@link java.util.ServiceLoader}, so the module
 * declares {@code uses} for each provider kind.
 */
module dev.roadmap.core {
    requires transitive org.jgrapht.core;

    exports dev.roadmap.core;
    exports dev.roadmap.core.graph;
    exports dev.roadmap.core.plan;
    exports dev.roadmap.core.primitive;
    exports dev.roadmap.core.progress;
    exports dev.roadmap.core.registry;
    exports dev.roadmap.core.text;
    exports dev.roadmap.core.validate;
    exports dev.roadmap.spi;

    uses dev.roadmap.spi.RoadmapImporter;
    uses dev.roadmap.spi.RoadmapExporter;
    uses dev.roadmap.spi.PlanExporter;
    uses dev.roadmap.spi.Scheduler;
    uses dev.roadmap.spi.ProgressImporter;
    uses dev.roadmap.core.validate.ValidationRule;
}
