package dev.roadmap.cli;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.plan.Plan;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.plan.ScheduledSkill;
import dev.roadmap.spi.PlanExporter;
import dev.roadmap.spi.Scheduler;
import dev.roadmap.spi.UnknownFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Plans a roadmap with a scheduler and writes the plan: shared by {@code plan} and {@code demo}. */
final class PlanRunner {
    private final Context ctx;
    private final String schedulerId;
    private final PlanOutput shown;
    private final Path output;
    private Scheduler scheduler;
    private PlanExporter exporter;

    /**
     * @param schedulerId the scheduler to plan with
     * @param shown       the output format and whether to explain the plan
     * @param output      the output file, or null for stdout
     */
    PlanRunner(Context ctx, String schedulerId, PlanOutput shown, Path output) {
        this.ctx = ctx;
        this.schedulerId = schedulerId;
        this.shown = shown;
        this.output = output;
    }

    /** Fails fast on an unknown scheduler or output format, before any file is read. */
    void checkFormats() {
        try {
            scheduler = ctx.engine().requireScheduler(schedulerId);
        } catch (UnknownFormatException e) {
            throw CliException.usage("--scheduler: " + e.plainMessage());
        }
        try {
            exporter = ctx.engine().requirePlanExporter(shown.format);
        } catch (UnknownFormatException e) {
            throw CliException.usage("--to: " + e.plainMessage());
        }
    }

    int run(Roadmap roadmap, PlanOptions options) throws IOException {
        if (scheduler == null) {
            checkFormats();
        }
        Plan plan = PluginCalls.get("scheduler", schedulerId, scheduler, () -> scheduler.schedule(roadmap, options));
        Diagnostics.print(plan.diagnostics(), ctx.err);
        Output.write(output, ctx, out -> PluginCalls.run("plan exporter", exporter.descriptor().id(), exporter,
                () -> exporter.write(plan, roadmap, out, ctx.formatOptions())));
        if (shown.explain) {
            printExplanations(plan, roadmap);
        }
        return 0;
    }

    private void printExplanations(Plan plan, Roadmap roadmap) {
        java.io.PrintWriter out = output == null ? ctx.out : ctx.err;
        out.println();
        out.println("Why each skill starts when it does:");
        List<ScheduledSkill> skills = plan.skills();
        for (ScheduledSkill s : skills) {
            String why = plan.explanations().getOrDefault(s.id(), "starts week " + s.startWeek());
            out.println("  " + s.id() + " (" + roadmap.skill(s.id()).map(x -> x.title()).orElse("") + "): " + why);
        }
        for (var u : plan.unscheduled()) {
            out.println("  " + u.skill() + ": not planned: " + u.reason());
        }
        out.flush();
    }

    static String title(Roadmap roadmap, SkillId id) {
        return roadmap.skill(id).map(s -> s.title()).orElse(id.value());
    }
}
