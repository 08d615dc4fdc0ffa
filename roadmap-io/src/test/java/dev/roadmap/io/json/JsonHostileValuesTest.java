package dev.roadmap.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.roadmap.spi.ImportException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Well-formed documents with hostile values in every field the model checks (ids, hours, weeks,
 * paces, effort texts) are either read or refused with a located {@link ImportException}: the
 * importer validates what the model would refuse, so no model exception reaches the caller and no
 * bug is turned into a diagnostic by a catch-all.
 */
class JsonHostileValuesTest {
    private static final String[] NUMBERS = {"0", "-1", "-0", "0.5", "2.5", "7", "168", "168.01", "200", "1e308", "1e999",
        "4.9e-324", "9223372036854775808", "null", "\"7\"", "true", "[]"};
    private static final String[] TEXTS = {"\"\"", "\" \"", "\"a b\"", "\"x\"", "\"m\"", "\"\\u0000\"", "\"\\t\"",
        "\"" + "y".repeat(300) + "\"", "\"ongoing\"", "\"done\"", "\"-5h\"", "\"0h\"", "\"1e999h\"", "\"99999 years\"",
        "\"2-1h\"", "\"0 weeks\"", "\"3 weeks\"", "7", "null", "[]", "{}"};
    private static final String TEMPLATE = """
            {"format": "roadmap/1", "id": T, "title": T, "pace": {"hoursPerWeek": N, "trackHours": {"m": N}},
             "tracks": [{"id": T, "title": T}], "groups": [{"id": T, "parent": T}],
             "skills": [{"id": T, "effort": T, "track": T, "group": T, "status": T, "requires": [T], "recommends": [T],
                         "topics": [{"title": T, "done": N}]},
                        {"id": "b", "effort": {"min": N, "max": N}, "pace": {"weeks": N, "hoursPerWeek": N}},
                        {"id": "c", "pace": {"weeks": N, "hoursPerWeek": {"m": N}}}],
             "choices": [{"id": T, "default": T, "options": [{"id": T, "skills": [T]}]}],
             "declared": {"totalDuration": T}}
            """;

    @Test
    void everyHostileValueIsReadOrALocatedImportException() {
        Random random = new Random(17);
        int refused = 0;
        for (int i = 0; i < 4000; i++) {
            String json = fill(random);
            Throwable t = catchThrowable(() -> JsonFixtures.read(json));
            if (t != null) {
                assertThat(t).as("failure for input:%n%s", json).isInstanceOf(ImportException.class);
                assertThat(((ImportException) t).location()).as("location for input:%n%s", json).isPresent();
                refused++;
            }
        }
        assertThat(refused).as("hostile values are refused").isPositive();
    }

    private static String fill(Random random) {
        StringBuilder out = new StringBuilder();
        for (char ch : TEMPLATE.toCharArray()) {
            if (ch == 'T') {
                out.append(random.nextInt(3) == 0 ? TEXTS[random.nextInt(TEXTS.length)] : "\"a\"");
            } else if (ch == 'N') {
                out.append(random.nextInt(3) == 0 ? NUMBERS[random.nextInt(NUMBERS.length)] : "1");
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
