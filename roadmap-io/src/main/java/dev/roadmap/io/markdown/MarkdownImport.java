package dev.roadmap.io.markdown;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.spi.ImportResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link MarkdownImporter#importDetailed} returns: the import result plus, per skill, why it
 * is a skill ({@link SkillProvenance}), and the coverage of the document: which lines became which
 * skills and which tables, lists and checklists were left out, and why ({@link CoverageEntry}).
 * This is what {@code roadmap info --explain} prints; it is kept out of the roadmap itself so that
 * it never leaks into exported formats. Immutable.
 *
 * @param result     the roadmap and the importer's diagnostics
 * @param provenance one entry per skill, in document order
 * @param coverage   one entry per skill and per block left out, in document order
 */
public record MarkdownImport(ImportResult result, List<SkillProvenance> provenance, List<CoverageEntry> coverage) {

    /**
     * Validates and copies the components.
     * @param result the roadmap and the importer's diagnostics
     * @param provenance one entry per skill, in document order
     * @param coverage one entry per skill and per block left out, in document order
     */
    public MarkdownImport {
        Objects.requireNonNull(result, "result must not be null");
        provenance = List.copyOf(Objects.requireNonNull(provenance, "provenance must not be null"));
        coverage = List.copyOf(Objects.requireNonNull(coverage, "coverage must not be null"));
    }

    /**
     * An import without a coverage report (the form before coverage existed).
     * @param result the roadmap and the importer's diagnostics
     * @param provenance one entry per skill, in document order
     */
    public MarkdownImport(ImportResult result, List<SkillProvenance> provenance) {
        this(result, provenance, List.of());
    }

    /** @return the tables, lists and checklists that became no skills */
    public List<CoverageEntry> leftOut() {
        return coverage.stream().filter(e -> !e.read()).toList();
    }

    /** @return the roadmap read */
    public Roadmap roadmap() {
        return result.roadmap();
    }

    /**
     * @return human-readable lines: the detected pace and total duration with their source
     *         locations, one line per skill ({@link SkillProvenance#toString()}: the line it came
     *         from and the rule), then each table, list or checklist left out, with the reason
     */
    public List<String> explain() {
        Roadmap r = result.roadmap();
        List<String> lines = new ArrayList<>();
        r.pace().ifPresent(p -> lines.add("pace: " + format(p.hoursPerWeek()) + " h/week  " + where("pace")));
        if (!r.declared().totalDuration().isEmpty()) {
            lines.add("total duration: " + r.declared().totalDuration() + "  " + where("declared/totalDuration"));
        }
        provenance.forEach(p -> lines.add(p.toString()));
        List<CoverageEntry> left = leftOut();
        if (!left.isEmpty()) {
            lines.add("left out (line, block, why): " + left.size() + (left.size() == 1 ? " block" : " blocks"));
            left.forEach(e -> lines.add(e.toString()));
        }
        return lines;
    }

    private String where(String key) {
        SourceLocation at = result.roadmap().sourceMap().locate(key);
        return "(" + at + ")";
    }

    private static String format(double v) {
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        String s = String.format(java.util.Locale.ROOT, "%.2f", v);
        return s.endsWith("0") ? s.substring(0, s.length() - 1) : s;
    }
}
