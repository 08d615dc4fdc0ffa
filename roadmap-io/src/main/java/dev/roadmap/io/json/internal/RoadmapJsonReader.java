package dev.roadmap.io.json.internal;

import com.fasterxml.jackson.core.JsonToken;
import dev.roadmap.core.Choice;
import dev.roadmap.core.Declared;
import dev.roadmap.core.Extensions;
import dev.roadmap.core.Group;
import dev.roadmap.core.Pace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceKey;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.Track;
import dev.roadmap.core.graph.PrerequisiteGraph;
import dev.roadmap.core.text.Slugs;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.ImportResult;
import dev.roadmap.spi.LimitExceededException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the root object of a {@code roadmap/1} document into a roadmap. Each skill is built as it
 * is read; an effort notation read before the document's pace (which may follow {@code skills})
 * is parsed last, once the pace is known.
 * One instance per document; not thread-safe.
 */
public final class RoadmapJsonReader {
    /** The value of {@code format} this reader understands. */
    public static final String FORMAT = "roadmap/1";
    /** The fields of the root object. */
    public static final Set<String> FIELDS = Set.of("$schema", "format", "id", "title", "description", "language", "pace",
            "tracks", "groups", "skills", "choices", "declared");
    /** Where the JSON Schema of this format is published; written as {@code $schema} by the exporter. */
    public static final String SCHEMA = "https://roadmap.dev/schema/roadmap-1.schema.json";
    /** The fields of a track object. */
    public static final Set<String> TRACK_FIELDS = Set.of("id", "title");
    /** The fields of a group object. */
    public static final Set<String> GROUP_FIELDS = Set.of("id", "title", "parent");
    /** The fields of the declared object. */
    public static final Set<String> DECLARED_FIELDS = Set.of("totalDuration");
    private static final Set<String> PACE_FIELDS = Set.of("hoursPerWeek", "trackHours");

    private final ReadContext ctx;
    private final JsonCursor c;
    private final String defaultId;
    private final SkillJsonReader skillReader;
    private final ChoiceJsonReader choiceReader;

    private boolean formatSeen;
    private String id;
    private String title;
    private String description = "";
    private String language = "";
    private Pace pace;
    private final List<Track> tracks = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private final List<Skill> skills = new ArrayList<>();
    private final List<SkillDraft> drafts = new ArrayList<>();
    private final List<Choice> choices = new ArrayList<>();
    private Declared declared = Declared.none();
    private final Map<String, String> extensions = ReadContext.newFields();

    /**
     * @param ctx       the document being read
     * @param defaultId the roadmap id used when the document has none
     */
    public RoadmapJsonReader(ReadContext ctx, String defaultId) {
        this.ctx = ctx;
        this.c = ctx.cursor();
        this.defaultId = defaultId;
        this.skillReader = new SkillJsonReader(ctx);
        this.choiceReader = new ChoiceJsonReader(ctx);
    }

    /**
     * Reads the root object; the parser is left on its closing brace.
     *
     * @throws IOException when reading fails
     */
    public void read() throws IOException {
        JsonToken first = c.next();
        if (first == null) {
            throw new ImportException("malformed-json", "the document is empty", SourceLocation.of(c.source(), 1, 1), null);
        }
        if (first != JsonToken.START_OBJECT) {
            throw c.wrongType("a roadmap/1 document", "a JSON object");
        }
        SourceLocation root = c.here();
        c.object("the document", FIELDS, this::field);
        ctx.finish();
        if (!formatSeen) {
            ctx.diagnostics().add(Diagnostic.warning("missing-format",
                    "the document has no \"format\"; read as " + FORMAT, root));
        }
    }

    /** @return the roadmap read by {@link #read()} and the reader's remarks */
    public ImportResult result() {
        return new ImportResult(build(), ctx.diagnostics());
    }

    private void field(String name) throws IOException {
        switch (name) {
            case "$schema" -> c.string("$schema");
            case "format" -> {
                String format = c.string("format");
                if (!FORMAT.equals(format)) {
                    throw c.error("unsupported-format", "format \"" + Messages.abbreviate(format)
                            + "\" is not supported; this reader understands \"" + FORMAT + "\"");
                }
                formatSeen = true;
            }
            case "id" -> id = Ids.read(c, "id");
            case "title" -> title = c.string("title");
            case "description" -> description = c.string("description");
            case "language" -> language = c.string("language");
            case "pace" -> pace = pace();
            case "tracks" -> {
                tracks.clear();
                c.array("tracks", i -> tracks.add(track(i)));
            }
            case "groups" -> {
                groups.clear();
                c.array("groups", i -> groups.add(group(i)));
            }
            case "skills" -> {
                skills.clear();
                drafts.clear();
                ctx.forgetRequires();
                c.array("skills", i -> {
                    if (i >= ctx.limits().maxSkills()) {
                        throw new LimitExceededException("maxSkills", ctx.limits().maxSkills(),
                                "the roadmap has more skills", c.here());
                    }
                    skills.add(skillReader.read(i, pace, drafts));
                });
            }
            case "choices" -> {
                choices.clear();
                c.array("choices", i -> choices.add(choiceReader.read(i)));
            }
            case "declared" -> declared = declared();
            default -> ctx.keep("roadmap", "the document", FIELDS, name, extensions);
        }
    }

    private Pace pace() throws IOException {
        ctx.mark("pace");
        SourceLocation at = c.here();
        double[] hours = {Double.NaN};
        Map<String, Double> trackHours = new LinkedHashMap<>();
        c.object("pace", PACE_FIELDS, name -> {
            switch (name) {
                case "hoursPerWeek" -> {
                    hours[0] = c.number("pace.hoursPerWeek", 0, 168);
                    if (hours[0] == 0) {
                        throw c.error("invalid-value", "pace.hoursPerWeek must be more than 0");
                    }
                }
                case "trackHours" -> {
                    trackHours.clear();
                    c.numbers("pace.trackHours", 0, 168, trackHours);
                }
                default -> ctx.ignore("pace", "pace", PACE_FIELDS, name);
            }
        });
        double weekly = hours[0];
        if (Double.isNaN(weekly)) {
            double sum = trackHours.values().stream().mapToDouble(Double::doubleValue).sum();
            weekly = sum > 0 ? Math.min(sum, 168) : Pace.DEFAULT_HOURS_PER_WEEK;
        }
        try {
            return new Pace(weekly, trackHours);
        } catch (IllegalArgumentException e) {
            throw new ImportException("invalid-value", "pace: " + e.getMessage(), at, e);
        }
    }

    private Track track(int index) throws IOException {
        String path = "tracks[" + index + "]";
        ctx.mark(SourceKey.track(index));
        SourceLocation at = c.here();
        String[] v = {null, null};
        Map<String, String> ext = ReadContext.newFields();
        c.object(path, TRACK_FIELDS, name -> {
            switch (name) {
                case "id" -> v[0] = Ids.read(c, path + ".id");
                case "title" -> v[1] = c.string(path + ".title");
                default -> ctx.keep("track", path, TRACK_FIELDS, name, ext);
            }
        });
        String trackId = Messages.required(v[0], path, "id", at);
        return new Track(trackId, v[1] == null ? trackId : v[1], Extensions.of(ext));
    }

    private Group group(int index) throws IOException {
        String path = "groups[" + index + "]";
        ctx.mark(SourceKey.group(index));
        SourceLocation at = c.here();
        String[] v = {null, null, ""};
        Map<String, String> ext = ReadContext.newFields();
        c.object(path, GROUP_FIELDS, name -> {
            switch (name) {
                case "id" -> v[0] = Ids.read(c, path + ".id");
                case "title" -> v[1] = c.string(path + ".title");
                case "parent" -> {
                    ctx.mark(SourceKey.group(index).child("parent"));
                    v[2] = c.string(path + ".parent");
                }
                default -> ctx.keep("group", path, GROUP_FIELDS, name, ext);
            }
        });
        String groupId = Messages.required(v[0], path, "id", at);
        return new Group(groupId, v[1] == null ? groupId : v[1], v[2], Extensions.of(ext));
    }

    private Declared declared() throws IOException {
        ctx.mark("declared");
        String[] total = {""};
        Map<String, String> ext = ReadContext.newFields();
        c.object("declared", DECLARED_FIELDS, name -> {
            if (name.equals("totalDuration")) {
                ctx.mark(SourceKey.field("declared").child("totalDuration"));
                total[0] = c.string("declared.totalDuration");
            } else {
                ctx.keep("declared", "declared", DECLARED_FIELDS, name, ext);
            }
        });
        return new Declared(total[0], Extensions.of(ext));
    }

    private Roadmap build() {
        double hoursPerWeek = pace != null ? pace.hoursPerWeek() : Pace.DEFAULT_HOURS_PER_WEEK;
        String roadmapId = id != null ? id : defaultId;
        Roadmap.Builder b = Roadmap.builder(roadmapId).title(title != null ? title : roadmapId)
                .description(description).language(language).pace(pace).declared(declared)
                .extensions(Extensions.of(extensions));
        tracks.forEach(b::addTrack);
        groups.forEach(b::addGroup);
        for (SkillDraft draft : drafts) {
            skills.set(draft.index(), draft.build(hoursPerWeek));
        }
        skills.forEach(b::addSkill);
        choices.forEach(b::addChoice);
        Roadmap roadmap = b.sourceMap(ctx.sourceMap().build()).build();
        // the entries were resolved as they were read: the graph need not look them up again
        PrerequisiteGraph.ofResolved(roadmap, ctx.resolvedRequires());
        return roadmap;
    }

    /**
     * @param sourceName a file name or path
     * @return an id made from the file name without directory and extension, or {@code roadmap}
     */
    public static String idFromSourceName(String sourceName) {
        String name = sourceName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1).startsWith("<") ? "roadmap" : Slugs.ofFileName(sourceName, "roadmap");
    }
}
