package dev.roadmap.io.markdown;

import dev.roadmap.io.markdown.internal.MarkdownReading;
import dev.roadmap.spi.FormatDescriptor;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.ReadLimits;
import dev.roadmap.spi.RoadmapImporter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reads roadmaps from Markdown as people write them: GFM tables of skills (one skill per row,
 * columns recognised by header words in English, Russian and Chinese or by content), heading and
 * list outlines where an effort marks a skill, checklists as topics, links as resources,
 * alternatives ("Path A / Path B") as choices, and the author's stated pace and total duration.
 * Both shapes may appear in one document. Text that was UTF-8 mis-decoded as Windows-1252 or
 * Mac Roman is repaired with a notice. The conventions are documented in {@code docs/markdown-import.md}.
 *
 * <p>Format id {@code markdown}; extensions {@code md}, {@code markdown}, {@code txt}. Parsing uses
 * commonmark-java with source spans, so every skill, effort and prerequisite has a line and column.
 * Immutable and thread-safe; never closes the stream it is given.
 *
 * <pre>{@code
 * MarkdownImporter importer = MarkdownImporter.builder().prerequisites(PrerequisiteMode.NONE).build();
 * MarkdownImport detailed = importer.importDetailed(in, "plan.md", ReadLimits.defaults());
 * Roadmap roadmap = detailed.roadmap();
 * detailed.explain().forEach(System.out::println);   // why each skill is a skill, and where
 * }</pre>
 */
public final class MarkdownImporter implements RoadmapImporter {
    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.of("markdown", "Markdown (tables or outline)",
            "md", "markdown", "txt");

    private final PrerequisiteMode prerequisites;

    /** Creates an importer with the defaults ({@link PrerequisiteMode#EXPLICIT_OR_CHAIN}). */
    public MarkdownImporter() {
        this(PrerequisiteMode.EXPLICIT_OR_CHAIN);
    }

    private MarkdownImporter(PrerequisiteMode prerequisites) {
        this.prerequisites = prerequisites;
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this importer's options */
    public Builder toBuilder() {
        return new Builder().prerequisites(prerequisites);
    }

    /** @return how prerequisites are decided */
    public PrerequisiteMode prerequisites() {
        return prerequisites;
    }

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /**
     * Markdown has no signature, so the guess rests on the extension and on Markdown-looking lines
     * (headings, table rows, list and checklist items); JSON-looking content scores 0.
     */
    @Override
    public double sniff(String fileName, byte[] head) {
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        String text = new String(head, StandardCharsets.UTF_8);
        String stripped = text.strip();
        if (stripped.startsWith("\uFEFF")) {
            stripped = stripped.substring(1).strip();
        }
        if (stripped.startsWith("{") || stripped.startsWith("[") || stripped.startsWith("<?xml")) {
            return 0;
        }
        int marks = 0;
        for (String line : text.split("\n", 200)) {
            String t = line.strip();
            if (t.startsWith("#") || t.startsWith("|") || t.startsWith("- ") || t.startsWith("* ") || t.startsWith("- [")) {
                marks++;
            }
        }
        double content = Math.min(0.5, marks * 0.05);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Math.max(0.9, content);
        }
        if (name.endsWith(".txt")) {
            return 0.3 + content;
        }
        return content;
    }

    @Override
    public ImportResult read(InputStream in, String sourceName, ReadLimits limits) throws IOException {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(sourceName, "sourceName must not be null");
        Objects.requireNonNull(limits, "limits must not be null");
        // the same import as importDetailed, without the explanation it would throw away
        return MarkdownReading.readResult(in, sourceName, limits, prerequisites);
    }

    /**
     * Reads a roadmap and explains, per skill, which line it came from and which convention made it a skill.
     *
     * @param in         the document; not closed
     * @param sourceName the name used in locations
     * @param limits     limits to enforce
     * @return the result with provenance
     * @throws IOException when reading the stream fails
     * @throws dev.roadmap.spi.ImportException when a limit is exceeded
     */
    public MarkdownImport importDetailed(InputStream in, String sourceName, ReadLimits limits) throws IOException {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(sourceName, "sourceName must not be null");
        Objects.requireNonNull(limits, "limits must not be null");
        return MarkdownReading.read(in, sourceName, limits, prerequisites);
    }

    /** Builder of a {@link MarkdownImporter}; not thread-safe. */
    public static final class Builder {
        private PrerequisiteMode prerequisites = PrerequisiteMode.EXPLICIT_OR_CHAIN;

        private Builder() {
        }

        /**
         * @param mode how prerequisites are decided
         * @return this
         */
        public Builder prerequisites(PrerequisiteMode mode) {
            this.prerequisites = Objects.requireNonNull(mode, "mode must not be null");
            return this;
        }

        /** @return the importer */
        public MarkdownImporter build() {
            return new MarkdownImporter(prerequisites);
        }
    }
}
