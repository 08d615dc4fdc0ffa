package dev.roadmap.spi;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.plan.Plan;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A convenient base for plan exporters: it holds the descriptor and checks the arguments of
 * {@link #write(Plan, Roadmap, OutputStream)} before handing them to {@link #writePlan}. Subclasses
 * keep the {@link PlanExporter} contract: stateless, thread-safe, the stream never closed.
 *
 * <pre>{@code
 * final class MyExporter extends AbstractPlanExporter {
 *     MyExporter() {
 *         super(FormatDescriptor.of("mine", "My plan format", "txt"));
 *     }
 *
 *     protected void writePlan(Plan plan, Roadmap roadmap, OutputStream out) throws IOException {
 *         out.write(plan.roadmap().getBytes(java.nio.charset.StandardCharsets.UTF_8));
 *     }
 * }
 * }</pre>
 */
public abstract class AbstractPlanExporter extends DescribedProvider implements PlanExporter {
    /** @param descriptor the format's identity */
    protected AbstractPlanExporter(FormatDescriptor descriptor) {
        super(descriptor);
    }

    @Override
    public final void write(Plan plan, Roadmap roadmap, OutputStream out) throws IOException {
        writePlan(given(plan, "plan"), given(roadmap, "roadmap"), given(out, "out"));
    }

    /**
     * Writes the plan; the arguments are checked already.
     *
     * @param plan    the plan to write
     * @param roadmap the roadmap it was made from
     * @param out     where to write; not closed
     * @throws IOException when writing fails
     */
    protected abstract void writePlan(Plan plan, Roadmap roadmap, OutputStream out) throws IOException;
}
