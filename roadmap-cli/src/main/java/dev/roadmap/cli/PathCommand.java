package dev.roadmap.cli;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.graph.PrerequisiteGraph;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.spi.ImportResult;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code roadmap path FILE --target ID}: the ordered skills needed to reach a skill. */
@Command(name = "path", mixinStandardHelpOptions = true,
        description = "List the skills needed to reach a target, in a valid learning order.")
final class PathCommand extends Subcommand {
    @Mixin
    RoadmapInput input;

    @Option(names = "--target", required = true, paramLabel = "ID", description = "The skill to reach.")
    String target;

    @Override
    int run(Context ctx) {
        Optional<ImportResult> result = input.readValid(ctx, Diagnostic::isError);
        if (result.isEmpty()) {
            return Cli.INVALID;
        }
        Roadmap r = result.get().roadmap();
        if (!SkillId.isValid(target) || r.indexOf(SkillId.of(target)) < 0) {
            throw CliException.invalid(input.file + ":1:1: error: unknown skill '" + target + "' in --target [unknown-target]");
        }
        List<SkillId> path = PrerequisiteGraph.of(r).ancestorsOf(SkillId.of(target));
        double total = 0;
        int n = 0;
        for (SkillId id : path) {
            Skill s = r.skill(id).orElseThrow();
            String effort = s.isRigid() ? s.rigidPace().get().weeks() + " weeks fixed"
                    : s.effort().map(e -> e.toNotation()).orElse("no effort");
            String state = s.status().isClosed() ? " [" + s.status().id() + "]" : "";
            ctx.out.printf("%3d. %s  %s (%s)%s%n", ++n, id, s.title(), effort, state);
            if (!s.status().isClosed()) {
                total += s.isRigid() ? s.rigidPace().get().totalHours()
                        : s.effort().filter(e -> !e.openEnded()).map(e -> e.midHours()).orElse(0.0);
            }
        }
        ctx.out.println(ValidateCommand.plural(path.size(), "skill") + ", " + Numbers.format(total)
                + " h still to learn at mid estimate");
        ctx.out.flush();
        return 0;
    }
}
