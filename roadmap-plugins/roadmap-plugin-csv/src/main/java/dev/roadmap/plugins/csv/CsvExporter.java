package dev.roadmap.plugins.csv;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.spi.FormatDescriptor;
import dev.roadmap.spi.RoadmapExporter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a roadmap as CSV, one row per skill under the header
 * {@code id,title,track,group,effort_min_hours,effort_max_hours,requires,status,optional}.
 *
 * <p>Efforts are written in hours (an open-ended effort has an empty {@code effort_max_hours}; a skill
 * without an effort, or with a rigid pace, has both empty); {@code requires} lists prerequisite ids
 * separated by single spaces (ids never contain whitespace); {@code status} is {@code todo},
 * {@code doing}, {@code done} or {@code skipped}; {@code optional} is {@code true} or {@code false}.
 * Track and group cells hold ids. The roadmap's title, tracks' and groups' titles, descriptions,
 * recommends, topics, resources, projects, rigid paces, choices and extensions are not written (use
 * the native JSON format for those); {@link CsvImporter} reads back exactly what is written.
 *
 * <p>Cells are quoted as RFC 4180 requires (Apache Commons CSV). A text cell that a spreadsheet would
 * run as a formula ({@code =}, {@code +}, {@code -}, {@code @} first) gets a leading apostrophe,
 * which the importer removes again.
 *
 * <p>Stateless and thread-safe; writes UTF-8 with LF record ends and never closes the stream.
 *
 * <pre>{@code
 * String csv = new CsvExporter().writeToString(roadmap);
 * }</pre>
 */
public final class CsvExporter implements RoadmapExporter {

    /** Creates the exporter. */
    public CsvExporter() {
    }

    @Override
    public FormatDescriptor descriptor() {
        return CsvColumns.DESCRIPTOR;
    }

    @Override
    public void write(Roadmap roadmap, OutputStream out) throws IOException {
        Objects.requireNonNull(roadmap, "roadmap must not be null");
        Objects.requireNonNull(out, "out must not be null");
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        // the printer is not closed: closing it would close the caller's stream
        CSVPrinter printer = new CSVPrinter(w, CsvColumns.DIALECT);
        printer.printRecord(CsvColumns.ROADMAP);
        for (Skill s : roadmap.skills()) {
            Effort effort = s.isRigid() ? null : s.effort().orElse(null);
            printer.printRecord(
                    CsvColumns.guard(s.id().value()),
                    CsvColumns.guard(s.title()),
                    CsvColumns.guard(s.track()),
                    CsvColumns.guard(s.group()),
                    effort == null ? "" : CsvColumns.number(effort.minHours()),
                    effort == null || effort.openEnded() ? "" : CsvColumns.number(effort.maxHours()),
                    CsvColumns.guard(s.requires().stream().map(SkillId::value).collect(Collectors.joining(" "))),
                    s.status().id(),
                    Boolean.toString(s.optional()));
        }
        printer.flush();
    }
}
