package dev.roadmap.io.json.internal;

import dev.roadmap.core.SourceKey;
import dev.roadmap.core.Choice;
import dev.roadmap.core.ChoiceOption;
import dev.roadmap.core.Extensions;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.SourceMap;
import dev.roadmap.spi.ImportException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads one element of {@code choices} with its options. Not thread-safe. */
public final class ChoiceJsonReader {
    /** The fields of a choice object. */
    public static final Set<String> FIELDS = Set.of("id", "title", "default", "options");
    /** The fields of an option object. */
    public static final Set<String> OPTION_FIELDS = Set.of("id", "title", "skills");

    private final ReadContext ctx;
    private final JsonCursor c;

    /** @param ctx the document being read */
    public ChoiceJsonReader(ReadContext ctx) {
        this.ctx = ctx;
        this.c = ctx.cursor();
    }

    /**
     * @param index the choice's document index; the cursor is on its first token
     * @return the choice
     * @throws IOException when reading fails
     */
    public Choice read(int index) throws IOException {
        String path = "choices[" + index + "]";
        SourceKey key = SourceKey.choice(index);
        ctx.mark(key);
        SourceLocation at = c.here();
        String[] v = {null, null, ""};
        List<ChoiceOption> options = new ArrayList<>();
        Map<String, String> ext = ReadContext.newFields();
        c.object(path, FIELDS, name -> {
            switch (name) {
                case "id" -> v[0] = ids(path + ".id");
                case "title" -> v[1] = c.string(path + ".title");
                case "default" -> {
                    ctx.mark(key.child("default"));
                    v[2] = c.string(path + ".default");
                }
                case "options" -> {
                    options.clear();
                    c.array(path + ".options", o -> options.add(option(index, o, path + ".options[" + o + "]")));
                }
                default -> ctx.keep("choice", path, FIELDS, name, ext);
            }
        });
        String id = Messages.required(v[0], path, "id", at);
        return new Choice(id, v[1] == null ? id : v[1], v[2], options, Extensions.of(ext));
    }

    private ChoiceOption option(int choice, int index, String path) throws IOException {
        ctx.mark(SourceKey.choiceOption(choice, index));
        SourceLocation at = c.here();
        String[] v = {null, null};
        List<SkillId> skills = new ArrayList<>();
        Map<String, String> ext = ReadContext.newFields();
        c.object(path, OPTION_FIELDS, name -> {
            switch (name) {
                case "id" -> v[0] = ids(path + ".id");
                case "title" -> v[1] = c.string(path + ".title");
                case "skills" -> {
                    skills.clear();
                    c.array(path + ".skills", k -> {
                        ctx.mark(SourceMap.keyChoiceSkill(choice, index, k));
                        skills.add(SkillId.of(ids(path + ".skills[" + k + "]")));
                    });
                }
                default -> ctx.keep("option", path, OPTION_FIELDS, name, ext);
            }
        });
        String id = Messages.required(v[0], path, "id", at);
        return new ChoiceOption(id, v[1] == null ? id : v[1], skills, Extensions.of(ext));
    }

    private String ids(String path) throws IOException {
        return Ids.read(c, path);
    }
}
