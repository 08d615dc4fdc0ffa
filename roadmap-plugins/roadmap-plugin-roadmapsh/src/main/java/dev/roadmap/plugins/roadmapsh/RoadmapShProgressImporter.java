package dev.roadmap.plugins.roadmapsh;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.Status;
import dev.roadmap.core.progress.ProgressEntry;
import dev.roadmap.core.progress.ProgressLog;
import dev.roadmap.io.json.JsonHead;
import dev.roadmap.io.json.tree.Json;
import dev.roadmap.io.json.tree.JsonTreeReader;
import dev.roadmap.spi.AbstractProgressImporter;
import dev.roadmap.spi.FormatDescriptor;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Converts a roadmap.sh progress file ({@link RoadmapShProgress}: node ids marked done, learning,
 * skipped) into a progress log, so it is accepted wherever a {@code roadmap-progress/1} log is. Each
 * skill whose roadmap.sh node id (kept by the importer in the skill's {@code x-roadmapsh} extension) or
 * own id is marked gets one entry dated {@code today}, with no hours and the status
 * ({@code done}, {@code skipped}, {@code doing}); ids that match no skill are ignored. Needs the
 * roadmap ({@value #NEEDS_ROADMAP} without it). Stateless and thread-safe.
 */
public final class RoadmapShProgressImporter extends AbstractProgressImporter {
    /** The roadmap was not given, so node ids cannot be mapped to skills. */
    public static final String NEEDS_ROADMAP = "roadmapsh-progress-needs-roadmap";
    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.of("roadmapsh", "roadmap.sh progress", "json");

    /** Creates the importer; it holds no state. */
    public RoadmapShProgressImporter() {
        super(DESCRIPTOR);
    }

    @Override
    public double sniff(String fileName, byte[] head) {
        return JsonHead.score(head, t -> !t.contains("\"format\"") && !t.contains("\"nodes\"")
                && (t.contains("\"done\"") || t.contains("\"learning\"") || t.contains("\"skipped\"")) ? 0.8 : 0);
    }

    @Override
    protected ProgressLog readProgress(InputStream in, String source, Optional<Roadmap> roadmap, LocalDate today,
            ReadLimits limits) throws IOException {
        RoadmapShProgress progress = RoadmapShProgress.read(in, source, limits);
        if (roadmap.isEmpty()) {
            throw new ImportException(NEEDS_ROADMAP, "a roadmap.sh progress file names roadmap.sh nodes; give the roadmap"
                    + " it belongs to", SourceLocation.of(source, 1, 1), null);
        }
        Roadmap r = roadmap.get();
        List<ProgressEntry> entries = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            Skill s = r.skill(i);
            Optional<Status> status = nodeId(s, limits).flatMap(progress::statusOf).or(() -> progress.statusOf(s.id().value()));
            status.ifPresent(st -> entries.add(ProgressEntry.of(today, s.id(), 0).withStatus(st)
                    .withNote("roadmap.sh progress").withLocation(SourceLocation.of(source, 1, 1))));
        }
        return ProgressLog.of(r.id(), entries);
    }

    private static Optional<String> nodeId(Skill s, ReadLimits limits) {
        // x-roadmapsh since issue 13; documents written before still carry roadmapsh
        Optional<String> ext = s.extensions().get("x-roadmapsh").or(() -> s.extensions().get("roadmapsh"));
        if (ext.isEmpty()) {
            return Optional.empty();
        }
        try {
            Json json = JsonTreeReader.read(new ByteArrayInputStream(ext.get().getBytes(StandardCharsets.UTF_8)), "<extension>", limits);
            return json.isObject() ? json.text("nodeId") : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
