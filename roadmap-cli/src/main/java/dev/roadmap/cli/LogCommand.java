package dev.roadmap.cli;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.Status;
import dev.roadmap.core.progress.ProgressEntry;
import dev.roadmap.core.progress.ProgressLog;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.io.json.progress.ProgressJsonImporter;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code roadmap log PROGRESS --skill ID ...}: appends one entry to a progress log, atomically and under a lock. */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = "Append one entry (hours studied, topics ticked, a status) to a progress log; creates the file."
                + " The file is rewritten atomically under a lock, so concurrent runs lose no entry.")
final class LogCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "PROGRESS", description = "Progress log (roadmap-progress/1).")
    Path file;

    @Option(names = "--skill", required = true, paramLabel = "ID", description = "The skill studied.")
    String skill;

    @Option(names = "--hours", paramLabel = "H", description = "Hours studied (default: 0).")
    Double hours;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Day studied (default: today).")
    LocalDate date;

    @Option(names = "--tick", paramLabel = "TOPIC", description = "A topic of the skill ticked off (repeatable).")
    List<String> ticked = new ArrayList<>();

    @Option(names = "--status", paramLabel = "doing|done|skipped", description = "New status of the skill.")
    String status;

    @Option(names = "--note", paramLabel = "TEXT", description = "A free note.")
    String note;

    @Option(names = "--roadmap", paramLabel = "FILE", description = "Check the entry against this roadmap first.")
    Path roadmapFile;

    @Override
    int run(Context ctx) throws IOException {
        ProgressEntry entry = entry();
        Optional<Roadmap> roadmap = Optional.empty();
        if (roadmapFile != null) {
            ImportResult result = ctx.read(roadmapFile, null);
            roadmap = Optional.of(result.roadmap());
        }
        Optional<Roadmap> checkedAgainst = roadmap;
        try {
            ProgressFiles.update(file, ctx, exists -> {
                ProgressLog old = exists ? readNative(file) : ProgressLog.empty(checkedAgainst.map(Roadmap::id).orElse(""));
                ProgressLog updated = old.append(entry);
                if (checkedAgainst.isPresent() && hasErrors(updated, old, checkedAgainst.get(), ctx)) {
                    throw new Refused();
                }
                return updated;
            });
        } catch (Refused refused) {
            return Cli.INVALID;
        }
        return 0;
    }

    private ProgressEntry entry() {
        if (!SkillId.isValid(skill)) {
            throw CliException.usage("--skill: '" + skill + "' is not a skill id");
        }
        double h = hours == null ? 0 : hours;
        if (!(h >= 0) || h > ProgressEntry.HOURS_PER_WEEK) {
            throw CliException.usage("--hours: expected a number of hours from 0 to 168, got " + hours);
        }
        Status st = status == null ? null : OptionValues.pick("--status", status,
                Map.entry("doing", Status.DOING), Map.entry("done", Status.DONE), Map.entry("skipped", Status.SKIPPED));
        return ProgressEntry.of(date != null ? date : LocalDate.now(), SkillId.of(skill), h).withTicked(ticked).withStatus(st)
                .withNote(note).withLocation(SourceLocation.of(file.toString(), 1, 1));
    }

    /** The new entry's problems (the old entries' were reported when they were logged). */
    private static boolean hasErrors(ProgressLog updated, ProgressLog old, Roadmap roadmap, Context ctx) {
        LocalDate today = LocalDate.now();
        List<Diagnostic> before = old.check(roadmap, today);
        List<Diagnostic> after = new ArrayList<>(updated.check(roadmap, today));
        after.removeAll(before);
        Diagnostics.print(after, ctx.err);
        return after.stream().anyMatch(Diagnostic::isError);
    }

    /** Only the native format can be appended to; a roadmap.sh file is read-only input. */
    private static ProgressLog readNative(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new ProgressJsonImporter().read(in, file.toString(), Optional.empty(), LocalDate.now(), ReadLimits.defaults());
        }
    }

    /** Thrown inside the locked update to leave the file untouched. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused() {
            super("refused", null, false, false);
        }
    }
}
