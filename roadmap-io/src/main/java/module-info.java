/**
 * The built-in formats: native JSON ({@code roadmap/1}, {@code roadmap-plan/1}), Markdown import and
 * export, plan text and Markdown, CI validation reports, format detection ({@code Formats}) and the
 * JSON Schemas. The {@code internal} packages are not exported.
 */
module dev.roadmap.io {
    requires transitive dev.roadmap.core;
    requires com.fasterxml.jackson.core;
    requires org.commonmark;
    requires org.commonmark.ext.gfm.tables;
    requires org.commonmark.ext.task.list.items;

    exports dev.roadmap.io;
    exports dev.roadmap.io.json;
    exports dev.roadmap.io.markdown;
    exports dev.roadmap.io.plan;
    exports dev.roadmap.io.report;
    exports dev.roadmap.io.schema;
    exports dev.roadmap.io.json.tree;
    exports dev.roadmap.io.json.progress;

    uses dev.roadmap.spi.ProgressImporter;

    provides dev.roadmap.spi.RoadmapImporter with dev.roadmap.io.json.JsonImporter, dev.roadmap.io.markdown.MarkdownImporter;
    provides dev.roadmap.spi.RoadmapExporter with dev.roadmap.io.json.JsonExporter, dev.roadmap.io.markdown.MarkdownExporter;
    provides dev.roadmap.spi.PlanExporter with dev.roadmap.io.json.PlanJsonExporter, dev.roadmap.io.plan.PlanTextExporter,
            dev.roadmap.io.plan.PlanMarkdownExporter;
    provides dev.roadmap.spi.ProgressImporter with dev.roadmap.io.json.progress.ProgressJsonImporter;
}
