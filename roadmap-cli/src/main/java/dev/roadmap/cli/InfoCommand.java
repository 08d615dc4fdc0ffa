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
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code roadmap info FILE}: counts, total effort, critical path, layers, declared vs computed duration. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Summarise a roadmap: counts, total effort, critical path, layers, declared vs computed duration.")
final class InfoCommand implements Callable<Integer> {
    private static final int MAX_LAYERS_SHOWN = 30;
    private static final int MAX_IDS_PER_LAYER = 12;

    @ParentCommand
    RoadmapCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", description = "Roadmap document.")
    Path file;

    @Option(names = "--from", paramLabel = "FORMAT", description = "Input format id (default: detect).")
    String from;

    @Option(names = "--explain", description = "Show, per skill, where it came from and which rule made it a skill.")
    boolean explain;

    @Override
    public Integer call() {
        Context ctx = parent.context;
        Context.Explained explained = explain ? ctx.readExplained(file, from) : null;
        ImportResult result = explained != null ? explained.result() : ctx.read(file, from);
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
        int flexible = 0;
        int rigid = 0;
        int openEnded = 0;
        int missing = 0;
        int done = 0;
        int doing = 0;
        int topics = 0;
        int ticked = 0;
        int resources = 0;
        int projects = 0;
        int recommends = 0;
        double min = 0;
        double max = 0;
        for (Skill s : r.skills()) {
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
            done += s.status() == Status.DONE ? 1 : 0;
            doing += s.status() == Status.DOING ? 1 : 0;
            topics += s.topics().size();
            ticked += (int) s.topics().stream().filter(t -> t.done()).count();
            resources += s.resources().size();
            projects += s.projects().size();
            recommends += s.recommends().size();
        }
        PrerequisiteGraph g = PrerequisiteGraph.of(r);
        out.println("Skills:        " + r.size() + " (" + flexible + " flexible, " + rigid + " fixed-pace, " + openEnded
                + " open-ended, " + missing + " without effort; " + done + " done, " + doing + " in progress)");
        out.println("Prerequisites: " + g.edgeCount() + " required, " + recommends + " recommended");
        out.println("Tracks:        " + (r.tracks().isEmpty() ? "none (one shared pool)"
                : r.tracks().stream().map(t -> t.id()).collect(Collectors.joining(", "))));
        out.println("Groups:        " + r.groups().size() + ", choices: " + r.choices().size());
        out.println("Checklists:    " + topics + " topics (" + ticked + " ticked), " + resources + " resources, "
                + projects + " projects");
        String paceSource = r.pace().isPresent() ? "declared pace" : "default pace";
        out.println("Total effort:  " + Numbers.range(min, max) + " h = " + Numbers.range(min / pace, max / pace)
                + " weeks at " + Numbers.format(pace) + " h/week (" + paceSource + ")");
        String declared = r.declared().totalDuration();
        if (!declared.isBlank()) {
            String declaredWeeks;
            try {
                Effort d = dev.roadmap.core.EffortParser.parse(declared, pace);
                declaredWeeks = d.openEnded() ? Numbers.format(d.minHours() / pace) + "+ weeks"
                        : Numbers.range(d.minHours() / pace, d.maxHours() / pace) + " weeks";
            } catch (dev.roadmap.core.EffortFormatException e) {
                declaredWeeks = "unreadable";
            }
            out.println("Declared:      " + declared + " = " + declaredWeeks + " (computed: "
                    + Numbers.range(min / pace, max / pace) + " weeks)");
        }
        if (!g.isAcyclic()) {
            out.println("Critical path: unavailable (prerequisite cycle)");
            out.println("Layers:        unavailable (prerequisite cycle)");
            return;
        }
        CriticalPath path = g.criticalPath(i -> hours(r.skill(i)));
        out.println("Critical path: " + path.skills().stream().map(SkillId::value).collect(Collectors.joining(" -> "))
                + " (" + Numbers.format(path.length()) + " h at mid estimate)");
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
