package dev.roadmap.plugins.csv;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SkillNames;
import dev.roadmap.core.plan.Allocation;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanWeek;
import dev.roadmap.spi.FormatDescriptor;
import dev.roadmap.spi.PlanExporter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a plan as CSV, one row per week and skill studied in it, under the header
 * {@code week,week_start,week_end,skill,title,track,hours}: the 1-based week, its first and last day
 * ({@code YYYY-MM-DD}), the skill id and title, the track whose hours are used ({@code *} for the
 * shared pool) and the hours. Rows follow the plan: by week, then in the order studied. Weeks with
 * nothing planned have no row. Text cells are quoted and guarded against formula injection as by
 * {@link CsvExporter}.
 *
 * <p>Stateless and thread-safe; writes UTF-8 with LF record ends and never closes the stream.
 *
 * <pre>{@code
 * String csv = new PlanCsvExporter().writeToString(plan, roadmap);
 * }</pre>
 */
public final class PlanCsvExporter implements PlanExporter {

    /** Creates the exporter. */
    public PlanCsvExporter() {
    }

    @Override
    public FormatDescriptor descriptor() {
        return CsvColumns.DESCRIPTOR;
    }

    @Override
    public void write(Plan plan, Roadmap roadmap, OutputStream out) throws IOException {
        Objects.requireNonNull(plan, "plan must not be null");
        Objects.requireNonNull(roadmap, "roadmap must not be null");
        Objects.requireNonNull(out, "out must not be null");
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CSVPrinter printer = new CSVPrinter(w, CsvColumns.DIALECT); // not closed: it would close the caller's stream
        printer.printRecord(CsvColumns.PLAN);
        for (PlanWeek week : plan.weeks()) {
            for (Allocation a : week.allocations()) {
                String title = SkillNames.of(roadmap).name(a.skill());
                printer.printRecord(week.week(), week.start(), week.end(), CsvColumns.guard(a.skill().value()),
                        CsvColumns.guard(title), CsvColumns.guard(a.track()), CsvColumns.number(a.hours()));
            }
        }
        printer.flush();
    }
}
