package dev.roadmap.io.markdown;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.spi.ImportResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link MarkdownImporter#importDetailed} returns: the import result plus, per skill, why it
 * is a skill ({@link SkillProvenance}). This is what {@code roadmap info --explain} prints; the
 * provenance is kept out of the roadmap itself so that it never leaks into exported formats.
 *
 * @param result     the roadmap and the importer's diagnostics
 * @param provenance one entry per skill, in document order
 */
public record MarkdownImport(ImportResult result, List<SkillProvenance> provenance) {

    /**
     * Validates and copies the components.
     * @param result the roadmap and the importer's diagnostics
     * @param provenance one entry per skill, in document order
     */
    public MarkdownImport {
        Objects.requireNonNull(result, "result must not be null");
        provenance = List.copyOf(Objects.requireNonNull(provenance, "provenance must not be null"));
    }

    /** @return the roadmap read */
    public Roadmap roadmap() {
        return result.roadmap();
    }

    /**
     * @return human-readable lines: the detected pace and total duration with their source
     *         locations, then one line per skill ({@link SkillProvenance#toString()})
     */
    public List<String> explain() {
        Roadmap r = result.roadmap();
        List<String> lines = new ArrayList<>();
        r.pace().ifPresent(p -> lines.add("pace: " + format(p.hoursPerWeek()) + " h/week  " + where("pace")));
        if (!r.declared().totalDuration().isEmpty()) {
            lines.add("total duration: " + r.declared().totalDuration() + "  " + where("declared/totalDuration"));
        }
        provenance.forEach(p -> lines.add(p.toString()));
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
