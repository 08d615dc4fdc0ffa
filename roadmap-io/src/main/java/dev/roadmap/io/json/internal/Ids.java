package dev.roadmap.io.json.internal;

import dev.roadmap.core.SkillId;
import java.io.IOException;

/** Reads ids: every id in a roadmap/1 document follows the rules of {@link SkillId}. Stateless. */
public final class Ids {
    private Ids() {
    }

    /**
     * @param c    a cursor on the id's value
     * @param path the value's path
     * @return the id text, checked with {@link SkillId#isValid(String)}
     * @throws IOException when reading fails
     */
    public static String read(JsonCursor c, String path) throws IOException {
        return read(c, () -> path);
    }

    /**
     * @param c    a cursor on the id's value
     * @param path the value's path, made only for a message
     * @return the id text, checked with {@link SkillId#isValid(String)}
     * @throws IOException when reading fails
     */
    public static String read(JsonCursor c, JsonCursor.Path path) throws IOException {
        String text = c.string(path);
        if (!SkillId.isValid(text)) {
            throw c.error("invalid-id", path.text() + " \"" + Messages.abbreviate(text) + "\" is not a valid id: use 1-" + SkillId.MAX_LENGTH
                    + " characters without whitespace or control characters");
        }
        return text;
    }
}
