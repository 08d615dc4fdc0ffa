package dev.roadmap.plugins.casejson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.roadmap.spi.ImportException;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The fixture framework with hostile values put in place of its string fields (identifiers, coding
 * schemes, statements, uris, association ends): every variant is either read or refused with a
 * located {@link ImportException}. The importer has no catch-all that would turn a bug (a model
 * exception) into a diagnostic, so anything else that escapes fails here.
 */
class CaseHostileValuesTest {
    private static final Pattern STRING_FIELD = Pattern.compile("\"(\\w+)\": \"([^\"]*)\"");
    private static final List<String> HOSTILE = List.of("\"\"", "\" \"", "\"\\u0000\"", "\"-\"", "\"#\"", "\"a b\"",
            "\"DL.1\"", "\"DL.1.1\"", "\"eadd2b1d-30ea-5d38-8f5a-17d86cf54515\"", "\"https://case.example.org/uri/\"",
            "\"" + "z".repeat(400) + "\"", "7", "null", "true", "[]", "{}", "[\"x\"]");

    @Test
    void everyHostileValueIsReadOrALocatedImportException() {
        Random random = new Random(23);
        int refused = 0;
        for (int i = 0; i < 1500; i++) {
            String doc = mutate(CaseImporterTest.FRAMEWORK, random);
            Throwable t = catchThrowable(() -> new CaseImporter().read(doc, "hostile.json"));
            if (t != null) {
                assertThat(t).as("failure for input:%n%s", doc).isInstanceOf(ImportException.class);
                assertThat(((ImportException) t).location()).as("location for input:%n%s", doc).isPresent();
                refused++;
            }
        }
        assertThat(refused).as("some hostile values are refused").isPositive();
    }

    private static String mutate(String framework, Random random) {
        Matcher m = STRING_FIELD.matcher(framework);
        return m.replaceAll(r -> random.nextInt(6) != 0 ? Matcher.quoteReplacement(r.group())
                : Matcher.quoteReplacement("\"" + r.group(1) + "\": " + HOSTILE.get(random.nextInt(HOSTILE.size()))));
    }
}
