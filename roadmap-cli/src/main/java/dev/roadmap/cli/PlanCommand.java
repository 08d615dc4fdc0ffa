package dev.roadmap.cli;

import static java.util.Map.entry;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.plan.Capacity;
import dev.roadmap.core.plan.PlanOptions;
import dev.roadmap.core.progress.ProgressLog;
import dev.roadmap.core.validate.Severity;
import dev.roadmap.spi.ImportResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code roadmap plan FILE ...}: a week-by-week plan for the learner's own hours. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Pack a roadmap into a week-by-week plan for your weekly hours.")
final class PlanCommand extends Subcommand {
    @Mixin
    RoadmapInput input;

    @Mixin
    PlanOutput shown;

    @ArgGroup(exclusive = true)
    CapacityOptions capacity;

    /** Either one pool or hours per track. */
    static final class CapacityOptions {
        @Option(names = "--hours-per-week", paramLabel = "H", description = "Weekly hours, one shared pool.")
        Double hoursPerWeek;

        @Option(names = "--track-hours", paramLabel = "TRACK=H", split = ",",
                description = "Weekly hours per track, e.g. math=4,coding=6.")
        Map<String, Double> trackHours;
    }

    @Option(names = "--start", paramLabel = "YYYY-MM-DD", description = "First day of week 1 (default: the coming Monday, today on a Monday).")
    LocalDate start;

    @Option(names = "--week-hours", paramLabel = "WEEK=H", split = ",",
            description = "Override single weeks, e.g. 5=0,9=20 (exam week, holiday).")
    Map<Integer, Double> weekHours = new LinkedHashMap<>();

    @Option(names = "--done", paramLabel = "ID", split = ",", description = "Skills already learned.")
    List<String> done = new ArrayList<>();

    @Option(names = "--target", paramLabel = "ID", split = ",", description = "Plan only what these skills need.")
    List<String> targets = new ArrayList<>();

    @Option(names = "--choose", paramLabel = "CHOICE=OPTION", description = "Pick an option of a choice.")
    Map<String, String> choose = new LinkedHashMap<>();

    @Option(names = "--max-parallel", paramLabel = "N", description = "At most N skills in progress at once.")
    Integer maxParallel;

    @Option(names = "--estimate", defaultValue = "mid", paramLabel = "low|mid|high",
            description = "Which end of effort ranges to plan with (default: mid).")
    String estimate;

    @Option(names = "--priority", defaultValue = "coherent", paramLabel = "RULE",
            description = "Order among ready skills: coherent (default: shortest plan found, then reading order), "
                    + "longest-path, document, shortest.")
    String priority;

    @Option(names = "--effort", defaultValue = "balanced", paramLabel = "fast|balanced|thorough",
            description = "How much search may shorten the first plan (default: balanced; large roadmaps get"
                    + " fewer passes). Deterministic for the same --seed.")
    String effort;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the improvement search (default: fixed).")
    Long seed;

    @Option(names = "--skip-optional", description = "Leave optional skills out.")
    boolean skipOptional;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file (default: stdout).")
    Path output;

    @Option(names = "--progress", paramLabel = "PROGRESS",
            description = "Plan what remains after this progress log, from the week of --today; logged weeks come first as history.")
    Path progress;

    @Mixin
    Today today;

    @Option(names = "--scheduler", defaultValue = "week-packing", paramLabel = "ID", description = "Scheduler id.")
    String scheduler;

    @Override
    int run(Context ctx) throws IOException {
        PlanOptions options = options();
        PlanRunner runner = new PlanRunner(ctx, scheduler, shown, output);
        runner.checkFormats();
        Optional<ImportResult> result = input.readValid(ctx, d -> d.severity() != Severity.NOTICE);
        if (result.isEmpty()) {
            return Cli.INVALID;
        }
        Roadmap roadmap = result.get().roadmap();
        if (progress != null) {
            LocalDate day = today.day();
            Optional<ProgressLog> log = ProgressInputs.readChecked(progress, roadmap, day, ctx);
            if (log.isEmpty()) {
                return Cli.INVALID;
            }
            options = options.toBuilder().progress(log.get()).today(day).build();
        }
        return runner.run(roadmap, options);
    }

    private PlanOptions options() {
        PlanOptions.Builder b = PlanOptions.builder();
        if (capacity != null && capacity.hoursPerWeek != null) {
            b.capacity(OptionValues.checked("--hours-per-week", () -> Capacity.pool(capacity.hoursPerWeek)));
        } else if (capacity != null && capacity.trackHours != null) {
            b.capacity(OptionValues.checked("--track-hours", () -> Capacity.perTrack(capacity.trackHours)));
        }
        if (!weekHours.isEmpty()) {
            Capacity base = b.build().capacity().orElse(null);
            if (base == null) {
                throw CliException.usage("--week-hours needs --hours-per-week or --track-hours");
            }
            for (Map.Entry<Integer, Double> e : weekHours.entrySet()) {
                Capacity current = base;
                base = OptionValues.checked("--week-hours", () -> current.withWeekOverride(e.getKey(), e.getValue()));
            }
            b.capacity(base);
        }
        if (progress == null) {
            b.start(start != null ? start : PlanOptions.defaultStart(LocalDate.now()));
        } else if (start != null) {
            throw CliException.usage("--start and --progress exclude each other: with progress the plan starts in the week of --today");
        }
        if (progress == null && today.given != null) {
            throw CliException.usage("--today needs --progress");
        }
        b.done(ids(done, "--done"));
        b.targets(ids(targets, "--target"));
        choose.forEach(b::choose);
        if (maxParallel != null) {
            OptionValues.checked("--max-parallel", () -> b.maxParallel(maxParallel));
        }
        b.estimate(OptionValues.pick("--estimate", estimate,
                entry("low", Effort.Estimate.LOW), entry("mid", Effort.Estimate.MID), entry("high", Effort.Estimate.HIGH)));
        b.priority(OptionValues.pick("--priority", priority, entry("coherent", PlanOptions.Priority.COHERENT),
                entry("longest-path", PlanOptions.Priority.LONGEST_PATH), entry("document", PlanOptions.Priority.DOCUMENT_ORDER),
                entry("shortest", PlanOptions.Priority.SHORTEST_FIRST)));
        b.budget(OptionValues.pick("--effort", effort,
                entry("fast", PlanOptions.Budget.FAST), entry("balanced", PlanOptions.Budget.BALANCED),
                entry("thorough", PlanOptions.Budget.THOROUGH)));
        if (seed != null) {
            b.seed(seed);
        }
        b.skipOptional(skipOptional);
        return b.build();
    }

    private static List<SkillId> ids(List<String> values, String option) {
        List<SkillId> ids = new ArrayList<>();
        for (String v : values) {
            if (!SkillId.isValid(v.trim())) {
                throw CliException.usage(option + ": '" + v + "' is not a skill id");
            }
            ids.add(SkillId.of(v.trim()));
        }
        return ids;
    }
}
