package dev.roadmap.cli;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Status;
import dev.roadmap.core.graph.CriticalPath;
import dev.roadmap.core.graph.PrerequisiteGraph;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.spi.ImportResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code roadmap info FILE}: counts, total effort, critical path, layers, declared vs computed duration. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Summarise a roadmap: counts, total effort, critical path, layers, declared vs computed duration.")
final class InfoCommand extends Subcommand {
    private static final int MAX_LAYERS_SHOWN = 30;
    private static final int MAX_IDS_PER_LAYER = 12;

    @Mixin
    RoadmapInput input;

    @Option(names = "--explain", description = "Show, per skill, where it came from and which rule made it a skill, and what was left out and why.")
    boolean explain;

    @Override
    int run(Context ctx) {
        Context.Explained explained = explain ? ctx.readExplained(input.file, input.from) : null;
        ImportResult result = explained != null ? explained.result() : input.read(ctx);
        List<Diagnostic> diagnostics = ctx.check(result);
        Diagnostics.print(diagnostics, ctx.err);
        print(result.roadmap(), ctx.out);
        if (explained != null) {
            ctx.out.println("How the document was read:");
            explained.lines().forEach(line -> ctx.out.println("  " + line));
        }
        ctx.out.flush();
        return diagnostics.stream().anyMatch(Diagnostic::isError) ? Cli.INVALID : 0;
    }

    static void print(Roadmap r, PrintWriter out) {
        double pace = r.effectivePace().hoursPerWeek();
        out.println("Roadmap:       " + r.title() + " (" + r.id() + ")");
        Totals t = Totals.of(r);
        PrerequisiteGraph g = PrerequisiteGraph.of(r);
        printCounts(r, t, g, out);
        printEffort(r, t, pace, out);
        if (!g.isAcyclic()) {
            out.println("Critical path: unavailable (prerequisite cycle)");
            out.println("Layers:        unavailable (prerequisite cycle)");
            return;
        }
        printCriticalPath(r, g, out);
        printLayers(g, out);
    }

    /** What the roadmap's skills add up to, in one pass. */
    private static final class Totals {
        int flexible;
        int rigid;
        int openEnded;
        int missing;
        int optional;
        int done;
        int doing;
        int topics;
        int ticked;
        int resources;
        int projects;
        int recommends;
        double min;
        double max;

        static Totals of(Roadmap r) {
            Totals t = new Totals();
            for (Skill s : r.skills()) {
                t.addEffort(s);
                t.optional += s.optional() ? 1 : 0;
                t.done += s.status() == Status.DONE ? 1 : 0;
                t.doing += s.status() == Status.DOING ? 1 : 0;
                t.topics += s.topics().size();
                t.ticked += (int) s.topics().stream().filter(x -> x.done()).count();
                t.resources += s.resources().size();
                t.projects += s.projects().size();
                t.recommends += s.recommends().size();
            }
            return t;
        }

        private void addEffort(Skill s) {
            if (s.isRigid()) {
                rigid++;
                min += s.rigidPace().get().totalHours();
                max += s.rigidPace().get().totalHours();
            } else if (s.effort().isPresent()) {
                Effort e = s.effort().get();
                if (e.openEnded()) {
                    openEnded++;
                } else {
                    flexible++;
                    min += e.minHours();
                    max += e.maxHours();
                }
            } else {
                missing++;
            }
        }
    }

    private static void printCounts(Roadmap r, Totals t, PrerequisiteGraph g, PrintWriter out) {
        out.println("Skills:        " + r.size() + " (" + t.flexible + " flexible, " + t.rigid + " fixed-pace, " + t.openEnded
                + " open-ended, " + t.missing + " without effort; " + (t.optional > 0 ? t.optional + " optional; " : "")
                + t.done + " done, " + t.doing + " in progress)");
        out.println("Prerequisites: " + g.edgeCount() + " required, " + t.recommends + " recommended");
        out.println("Tracks:        " + (r.tracks().isEmpty() ? "none (one shared pool)"
                : r.tracks().stream().map(x -> x.id()).collect(Collectors.joining(", "))));
        out.println("Groups:        " + r.groups().size() + ", choices: " + r.choices().size());
        out.println("Checklists:    " + t.topics + " topics (" + t.ticked + " ticked), " + t.resources + " resources, "
                + t.projects + " projects");
    }

    private static void printEffort(Roadmap r, Totals t, double pace, PrintWriter out) {
        String paceSource = r.pace().isPresent() ? "declared pace" : "default pace";
        out.println("Total effort:  " + Numbers.range(t.min, t.max) + " h = " + Numbers.range(t.min / pace, t.max / pace)
                + " weeks at " + Numbers.format(pace) + " h/week (" + paceSource + ")");
        String declared = r.declared().totalDuration();
        if (declared.isBlank()) {
            return;
        }
        String declaredWeeks;
        try {
            Effort d = dev.roadmap.core.EffortParser.parse(declared, pace);
            declaredWeeks = d.openEnded() ? Numbers.format(d.minHours() / pace) + "+ weeks"
                    : Numbers.range(d.minHours() / pace, d.maxHours() / pace) + " weeks";
        } catch (dev.roadmap.core.EffortFormatException e) {
            declaredWeeks = "unreadable";
        }
        out.println("Declared:      " + declared + " = " + declaredWeeks + " (computed: "
                + Numbers.range(t.min / pace, t.max / pace) + " weeks)");
    }

    private static void printCriticalPath(Roadmap r, PrerequisiteGraph g, PrintWriter out) {
        CriticalPath path = g.criticalPath(i -> hours(r.skill(i)));
        out.println("Critical path: " + path.skills().stream().map(SkillId::value).collect(Collectors.joining(" -> "))
                + " (" + Numbers.format(path.length()) + " h at mid estimate)");
    }

    private static void printLayers(PrerequisiteGraph g, PrintWriter out) {
        List<List<SkillId>> layers = g.layers();
        int widest = layers.stream().mapToInt(List::size).max().orElse(0);
        out.println("Layers:        " + layers.size() + " (widest: " + ValidateCommand.plural(widest, "skill") + " that can be learned in parallel)");
        for (int l = 0; l < Math.min(layers.size(), MAX_LAYERS_SHOWN); l++) {
            List<SkillId> layer = layers.get(l);
            String ids = layer.stream().limit(MAX_IDS_PER_LAYER).map(SkillId::value).collect(Collectors.joining(", "));
            if (layer.size() > MAX_IDS_PER_LAYER) {
                ids += ", ... (" + (layer.size() - MAX_IDS_PER_LAYER) + " more)";
            }
            out.printf("  %3d: %s%n", l + 1, ids);
        }
        if (layers.size() > MAX_LAYERS_SHOWN) {
            out.println("  ... (" + (layers.size() - MAX_LAYERS_SHOWN) + " more layers)");
        }
    }

    private static double hours(Skill s) {
        if (s.isRigid()) {
            return s.rigidPace().get().totalHours();
        }
        return s.effort().filter(e -> !e.openEnded()).map(e -> e.hours(Effort.Estimate.MID)).orElse(0.0);
    }
}
