package dev.roadmap.cli;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.registry.PluginRegistry;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.core.validate.ValidationReport;
import dev.roadmap.io.RoadmapEngine;
import dev.roadmap.io.markdown.MarkdownImport;
import dev.roadmap.io.markdown.MarkdownImporter;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.spi.FormatOptions;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.InvalidOptionException;
import dev.roadmap.spi.ReadLimits;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What every command shares: output streams and the library's engine (built once, on first use). */
final class Context {
    final PrintWriter out;
    final PrintWriter err;
    private Path pluginDir;
    private boolean debug;
    private FormatOptions formatOptions = FormatOptions.none();
    private RoadmapEngine engine;

    Context(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    void debug(boolean on) {
        this.debug = on;
    }

    boolean debug() {
        return debug;
    }

    void pluginDir(Path dir) {
        this.pluginDir = dir;
    }

    /** Sets a provider option from {@code --option KEY=VALUE}. */
    void option(String id, String value) {
        try {
            formatOptions = formatOptions.toBuilder().setText(id, value).build();
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--option: " + e.getMessage());
        }
    }

    /** @return the provider options given with {@code --option} */
    FormatOptions formatOptions() {
        return formatOptions;
    }

    RoadmapEngine engine() {
        if (engine == null) {
            PluginRegistry registry;
            if (pluginDir == null) {
                registry = PluginRegistry.load(Context.class.getClassLoader());
            } else {
                if (!Files.isDirectory(pluginDir)) {
                    throw CliException.usage("--plugins: not a directory: " + pluginDir);
                }
                try {
                    registry = PluginRegistry.load(pluginDir, Context.class.getClassLoader());
                } catch (IOException e) {
                    throw CliException.usage("--plugins: cannot list " + pluginDir + ": " + e.getMessage());
                }
            }
            registry.problems().forEach(p -> err.println("roadmap: warning: plugin skipped: " + p + " [plugin-failed]"));
            engine = RoadmapEngine.builder().registry(registry).formatOptions(formatOptions).build();
        }
        return engine;
    }

    /** Reads a document, failing with a located one-line error when it cannot be read. */
    ImportResult read(Path file, String format) {
        SourceLocation at = InputFiles.requireFile(file, "a roadmap file");
        try {
            return engine().read(file, format, FormatOptions.none()).toImportResult();
        } catch (InvalidOptionException e) {
            throw CliException.usage("--option: " + e.plainMessage());
        } catch (IOException e) {
            throw InputFiles.unreadable(at, e);
        }
    }

    /**
     * Reads a document and, for Markdown, also how each skill was recognised (for {@code info --explain}).
     *
     * @return the import and one explanation line per detected fact and skill
     */
    Explained readExplained(Path file, String format) {
        ImportResult plain = read(file, format);
        List<String> lines = new ArrayList<>();
        try {
            byte[] head;
            try (java.io.InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(RoadmapEngine.SNIFF_BYTES);
            }
            if (engine().detect(file.toString(), head, format) instanceof MarkdownImporter markdown) {
                try (java.io.InputStream in = Files.newInputStream(file)) {
                    MarkdownImport detailed = markdown.importDetailed(in, file.toString(), ReadLimits.defaults());
                    return new Explained(detailed.result(), detailed.explain());
                }
            }
        } catch (IOException e) {
            throw InputFiles.unreadable(SourceLocation.unknown(file.toString()), e);
        }
        Roadmap r = plain.roadmap();
        for (int i = 0; i < r.size(); i++) {
            lines.add(Diagnostics.location(r.sourceMap().locate(dev.roadmap.core.SourceMap.keySkill(i)))
                    + ": skill '" + r.skill(i).id() + "' (" + r.skill(i).title() + "): a skill entry of the document");
        }
        return new Explained(plain, lines);
    }

    /** An import with its explanation lines. */
    record Explained(ImportResult result, List<String> lines) {
    }

    /** The importer's remarks and the validator's diagnostics, sorted by location. */
    List<Diagnostic> check(ImportResult result) {
        Roadmap roadmap = result.roadmap();
        ValidationReport report = engine().validate(roadmap);
        List<Diagnostic> all = new ArrayList<>(result.diagnostics());
        all.addAll(report.diagnostics());
        all.sort(Diagnostic.BY_LOCATION);
        return all;
    }
}
