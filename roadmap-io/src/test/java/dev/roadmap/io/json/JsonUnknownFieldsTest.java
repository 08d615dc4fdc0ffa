package dev.roadmap.io.json;

import static dev.roadmap.io.json.JsonFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.spi.ImportResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A field {@code roadmap/1} does not define is never silent: a located warning with a suggestion. */
class JsonUnknownFieldsTest {

    private static List<String> described(ImportResult r) {
        return r.diagnostics().stream()
                .map(d -> d.code() + "@" + d.location().line() + ":" + d.location().column() + " " + d.message())
                .toList();
    }

    @Test
    void aMisspeltRequiresIsAWarningAtTheFieldNameThatSuggestsTheRightName() {
        ImportResult r = read("{\"format\": \"roadmap/1\", \"skills\": [\n"
                + "  {\"id\": \"a\", \"requries\": [\"b\"]},\n"
                + "  {\"id\": \"b\"}]}");

        assertThat(described(r)).containsExactly("unknown-field@2:15 skills[0] has unknown field \"requries\"; "
                + "did you mean \"requires\"? (kept as is; name extensions \"x-...\" to silence this)");
        assertThat(r.diagnostics().get(0).isError()).isFalse();
        assertThat(r.roadmap().skill(0).extensions().get("requries")).contains("[\"b\"]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"titel": "T"}|the document|title
            {"tracks": [{"id": "t", "titel": "T"}]}|tracks[0]|title
            {"groups": [{"id": "g", "parnet": "p"}]}|groups[0]|parent
            {"skills": [{"id": "a", "efort": "2h"}]}|skills[0]|effort
            {"skills": [{"id": "a", "Optional": true}]}|skills[0]|optional
            {"skills": [{"id": "a", "topics": [{"title": "t", "don": true}]}]}|skills[0].topics[0]|done
            {"skills": [{"id": "a", "resources": [{"title": "t", "link": "u"}]}]}|skills[0].resources[0]|
            {"skills": [{"id": "a", "resources": [{"title": "t", "ulr": "u"}]}]}|skills[0].resources[0]|url
            {"skills": [{"id": "a", "projects": [{"title": "t", "desc": "d"}]}]}|skills[0].projects[0]|
            {"choices": [{"id": "c", "defualt": "a"}]}|choices[0]|default
            {"choices": [{"id": "c", "options": [{"id": "o", "skill": []}]}]}|choices[0].options[0]|skills
            {"declared": {"totalDurration": "1 year"}}|declared|totalDuration
            """)
    void everyObjectThatKeepsFieldsWarnsAboutUnknownOnes(String json, String path, String suggestion) {
        String message = onlyDiagnostic(json, "unknown-field", path);
        if (suggestion == null) {
            assertThat(message).doesNotContain("did you mean");
        } else {
            assertThat(message).contains("did you mean \"" + suggestion + "\"?");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"pace": {"hoursPerWek": 5}}|pace|hoursPerWeek
            {"skills": [{"id": "a", "pace": {"weeks": 2, "hoursPerWeek": 3, "weks": 1}}]}|skills[0].pace|weeks
            {"skills": [{"id": "a", "effort": {"min": 1, "max": 2, "mx": 3}}]}|skills[0].effort|max
            """)
    void objectsThatCannotKeepFieldsWarnThatTheyAreIgnored(String json, String path, String suggestion) {
        assertThat(onlyDiagnostic(json, "ignored-field", path)).contains("did you mean \"" + suggestion + "\"?")
                .contains("ignored");
    }

    /**
     * Reads a roadmap/1 document made of the given object's fields and checks that it gives one diagnostic,
     * with the code, about an unknown field of the object at the path.
     *
     * @return the diagnostic's message
     */
    private static String onlyDiagnostic(String fields, String code, String path) {
        ImportResult r = read("{\"format\": \"roadmap/1\", " + fields.substring(1));
        assertThat(r.diagnostics()).hasSize(1);
        Diagnostic d = r.diagnostics().get(0);
        assertThat(d.code()).isEqualTo(code);
        assertThat(d.message()).startsWith(path + " has unknown field");
        return d.message();
    }

    @Test
    void extensionFieldsAreKeptSilently() {
        ImportResult r = read("{\"format\": \"roadmap/1\", \"x-tool\": 1, \"tracks\": [{\"id\": \"t\", \"x-color\": \"red\"}],"
                + " \"skills\": [{\"id\": \"a\", \"x-difficulty\": 3, \"resources\": [{\"title\": \"r\", \"x-kind\": \"video\"}]}]}");

        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.roadmap().skill(0).extensions().get("x-difficulty")).contains("3");
    }

    @Test
    void farOffNamesGetNoSuggestion() {
        ImportResult r = read("{\"format\": \"roadmap/1\", \"skills\": [{\"id\": \"a\", \"colour\": \"red\"}]}");

        assertThat(r.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("skills[0] has unknown field \"colour\" (kept as is; name extensions \"x-...\" to silence this)");
    }

    @Test
    void aStrayFieldOnEverySkillIsReportedTenTimesThenCountedOnce() {
        StringBuilder json = new StringBuilder("{\"format\": \"roadmap/1\", \"skills\": [");
        for (int i = 0; i < 25; i++) {
            json.append(i == 0 ? "" : ",\n").append("{\"id\": \"s").append(i).append("\", \"note\": \"n\"}");
        }
        ImportResult r = read(json.append("]}").toString());

        assertThat(r.diagnostics()).hasSize(11).allSatisfy(d -> assertThat(d.code()).isEqualTo("unknown-field"));
        Diagnostic last = r.diagnostics().get(10);
        assertThat(last.message()).isEqualTo("unknown field \"note\" appears in 15 more skill objects from here on");
        assertThat(last.location().line()).isEqualTo(11);
        assertThat(r.roadmap().skills()).allSatisfy(s -> assertThat(s.extensions().get("note")).contains("\"n\""));
    }
}
