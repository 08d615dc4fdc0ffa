package dev.roadmap.io.json;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.io.json.internal.JsonDocuments;
import dev.roadmap.io.json.internal.PlanJsonWriter;
import dev.roadmap.spi.AbstractPlanExporter;
import dev.roadmap.spi.FormatDescriptor;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes plans as {@code roadmap-plan/1} JSON, the machine-readable output of {@code plan --to json}.
 *
 * <p>The document has, in order: {@code format}, {@code roadmap}, {@code start}, {@code capacity}
 * (weekly hours per track, {@code "*"} for the shared pool), {@code weekOverrides} (only when some
 * week differs), {@code totalWeeks}, {@code lowerBoundWeeks}, {@code totalHours}, {@code coherence}
 * ({@link dev.roadmap.core.plan.PlanCoherence}), {@code weeks},
 * {@code skills}, {@code unscheduled}, {@code diagnostics} (with {@code file}, {@code line} and
 * {@code column} when located) and {@code explanations} (only when there are any). Dates are ISO
 * ({@code 2026-12-07}); planned hours are rounded to two decimals and always have a fraction
 * ({@code 10.0}). UTF-8, two-space indentation, final newline; the output depends only on the plan.
 *
 * <p>Stateless and thread-safe; never closes the stream it is given.
 *
 * <pre>{@code
 * String json = new PlanJsonExporter().writeToString(plan, roadmap);
 * }</pre>
 */
public final class PlanJsonExporter extends AbstractPlanExporter {
    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.of("json", "Plan JSON (roadmap-plan/1)", "json");

    /** Creates the exporter; it holds no state. */
    public PlanJsonExporter() {
        super(DESCRIPTOR);
    }

    @Override
    protected void writePlan(Plan plan, Roadmap roadmap, OutputStream out) throws IOException {
        JsonDocuments.write(out, g -> PlanJsonWriter.write(plan, roadmap, g));
    }
}
