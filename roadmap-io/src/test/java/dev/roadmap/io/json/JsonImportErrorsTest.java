package dev.roadmap.io.json;

import static dev.roadmap.io.json.JsonFixtures.codeAndPlace;
import static dev.roadmap.io.json.JsonFixtures.failure;
import static dev.roadmap.io.json.JsonFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.roadmap.spi.ImportException;
import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.spi.ReadLimits;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unreadable documents fail with a stable code at the exact line and column of the problem. */
class JsonImportErrorsTest {

    private static ImportException fixtureFailure(String name, ReadLimits limits) {
        ImportException e = failure(text("errors/" + name), limits);
        assertThat(e.location()).hasValueSatisfying(at -> assertThat(at.source()).isEqualTo("test.json"));
        return e;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "malformed.json,        malformed-json@4:16",
        "wrong-type.json,       wrong-type@4:29",
        "missing-id.json,       missing-field@5:5",
        "duplicate-key.json,    duplicate-key@5:6",
        "trailing-garbage.json, trailing-content@6:3",
        "bad-format.json,       unsupported-format@3:13",
        "unknown-status.json,   invalid-value@4:27",
        "invalid-id.json,       invalid-id@4:12",
        "negative-hours.json,   invalid-value@4:35",
    })
    void reportsCodeWithLineAndColumn(String fixture, String expected) {
        assertThat(codeAndPlace(fixtureFailure(fixture, ReadLimits.defaults()))).isEqualTo(expected);
    }

    @Test
    void reportsDuplicateKeyWithLineAndColumn() {
        ImportException e = fixtureFailure("duplicate-key.json", ReadLimits.defaults());

        assertThat(codeAndPlace(e)).isEqualTo("duplicate-key@5:6");
        assertThat(e.getMessage()).isEqualTo("test.json:5:6: duplicate key \"id\"; every key may appear once per object");
    }

    @Test
    void namesTheValueAndTheExpectedTypeOnWrongType() {
        assertThat(fixtureFailure("wrong-type.json", ReadLimits.defaults()).plainMessage())
                .isEqualTo("skills[0].requires must be an array, found a number");
    }

    @Test
    void reportsTooManySkillsAtTheFirstSkillOverTheLimit() {
        ReadLimits two = ReadLimits.defaults().toBuilder().maxSkills(2).build();

        ImportException e = fixtureFailure("three-skills.json", two);

        assertThat(e).isInstanceOf(LimitExceededException.class);
        assertThat(((LimitExceededException) e).limitName()).isEqualTo("maxSkills");
        assertThat(codeAndPlace(e)).isEqualTo("limit-exceeded@5:5");
    }

    @Test
    void reportsTooDeepNestingAtTheValueThatGoesTooDeep() {
        ReadLimits four = ReadLimits.defaults().toBuilder().maxNestingDepth(4).build();

        ImportException e = fixtureFailure("deep.json", four);

        assertThat(((LimitExceededException) e).limitName()).isEqualTo("maxNestingDepth");
        assertThat(codeAndPlace(e)).isEqualTo("limit-exceeded@4:5");
    }

    @Test
    void acceptsNestingExactlyAtTheLimit() {
        ReadLimits five = ReadLimits.defaults().toBuilder().maxNestingDepth(5).build();

        assertThat(JsonFixtures.read(text("errors/deep.json"), "deep.json", five).roadmap().extensions().get("x-deep"))
                .contains("{\"a\":[[{\"b\":1}]]}");
    }

    @Test
    void enforcesPrerequisiteTopicStringAndSizeLimits() {
        String prerequisites = "{\"skills\":[{\"id\":\"a\",\"requires\":[\"x\",\"y\"]},{\"id\":\"b\",\"recommends\":[\"z\"]}]}";
        LimitExceededException p = (LimitExceededException) failure(prerequisites,
                ReadLimits.defaults().toBuilder().maxPrerequisites(2).build());
        assertThat(p.limitName()).isEqualTo("maxPrerequisites");
        assertThat(codeAndPlace(p)).isEqualTo("limit-exceeded@1:68");

        String topics = "{\"skills\":[{\"id\":\"a\",\"topics\":[{\"title\":\"t1\"},{\"title\":\"t2\"}]}]}";
        LimitExceededException t = (LimitExceededException) failure(topics,
                ReadLimits.defaults().toBuilder().maxTopicsPerSkill(1).build());
        assertThat(t.limitName()).isEqualTo("maxTopicsPerSkill");
        assertThat(codeAndPlace(t)).isEqualTo("limit-exceeded@1:47");

        LimitExceededException s = (LimitExceededException) failure("{\"title\":\"" + "x".repeat(100) + "\"}",
                ReadLimits.defaults().toBuilder().maxStringLength(50).build());
        assertThat(s.limitName()).isEqualTo("maxStringLength");

        LimitExceededException d = (LimitExceededException) failure("{\"title\":\"" + "x".repeat(100) + "\"}",
                ReadLimits.defaults().toBuilder().maxDocumentBytes(64).build());
        assertThat(d.limitName()).isEqualTo("maxDocumentBytes");
        assertThat(d.getMessage()).contains("maxDocumentBytes = 64");
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
        "''                                       | malformed-json@1:1",
        "'[]'                                     | wrong-type@1:1",
        "'{} {}'                                  | trailing-content@1:4",
        "'{}\r\n\r\n x'                            | trailing-content@3:2",
        "'{\"id\": \"a\"'                         | malformed-json@1:11",
        "'{\"skills\": [{\"id\": 7}]}'            | wrong-type@1:20",
        "'{\"skills\": {}}'                       | wrong-type@1:12",
        "'{\"skills\": [{\"id\": \"a\", \"pace\": {\"weeks\": 2.5, \"hoursPerWeek\": 4}}]}' | invalid-value@1:43",
        "'{\"skills\": [{\"id\": \"a\", \"pace\": {\"weeks\": 2}}]}' | missing-field@1:33",
        "'{\"skills\": [{\"id\": \"a\", \"effort\": 20}]}' | wrong-type@1:35",
        "'{\"skills\": [{\"id\": \"a\", \"topics\": [{\"done\": true}]}]}' | missing-field@1:36",
        "'{\"pace\": {\"hoursPerWeek\": 0}}'       | invalid-value@1:27",
        "'{\"pace\": {\"hoursPerWeek\": 200}}'     | invalid-value@1:27",
        "'{\"choices\": [{\"options\": [{\"id\": \"a\"}]}]}' | missing-field@1:14",
        "'{\"tracks\": [{\"id\": \"\"}]}'          | invalid-id@1:20",
    })
    void reportsInlineDocumentErrors(String json, String expected) {
        assertThat(codeAndPlace(failure(json))).isEqualTo(expected);
    }

    @Test
    void reportsInvalidUtf8AsAnEncodingError() {
        byte[] bytes = "{\"title\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        Throwable t = catchThrowable(() -> JsonFixtures.read(bytes, "latin1.json", ReadLimits.defaults()));

        assertThat(t).isInstanceOf(ImportException.class);
        assertThat(((ImportException) t).code()).isEqualTo("invalid-encoding");
        assertThat(((ImportException) t).location()).isPresent();
    }

    /** Every prefix and many corruptions of a valid document fail only with located ImportExceptions. */
    @Test
    @Timeout(20)
    void neverThrowsAnythingButImportExceptionOnDamagedInput() {
        String full = text("full.json");
        for (int end = 0; end < full.length(); end++) {
            assertOnlyImportException(full.substring(0, end));
        }
        Random random = new Random(42);
        String alphabet = "{}[]:,\"\\0123456789-.eEtrufalsn x\u00e9";
        for (int i = 0; i < 3000; i++) {
            StringBuilder damaged = new StringBuilder(full);
            for (int k = 0; k < 3; k++) {
                damaged.setCharAt(random.nextInt(damaged.length()), alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertOnlyImportException(damaged.toString());
        }
    }

    private static void assertOnlyImportException(String json) {
        Throwable t = catchThrowable(() -> JsonFixtures.read(json));
        if (t != null) {
            assertThat(t).as("failure for input:%n%s", json).isInstanceOf(ImportException.class);
            assertThat(((ImportException) t).location()).isPresent();
        }
    }
}
