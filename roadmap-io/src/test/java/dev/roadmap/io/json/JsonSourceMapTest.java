package dev.roadmap.io.json;

import static dev.roadmap.io.json.JsonFixtures.roadmap;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.SourceMap;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.core.validate.Validator;
import org.junit.jupiter.api.Test;

/** Positions recorded while reading point at the right characters of {@code full.json}. */
class JsonSourceMapTest {
    private final Roadmap full = roadmap("full.json");
    private final SourceMap map = full.sourceMap();

    private static SourceLocation at(int line, int column) {
        return SourceLocation.of("full.json", line, column);
    }

    @Test
    void locatesEachSkillAtItsOpeningBrace() {
        assertThat(map.source()).isEqualTo("full.json");
        assertThat(map.locate(SourceMap.keySkill(0))).isEqualTo(at(14, 5));
        assertThat(map.locate(SourceMap.keySkill(1))).isEqualTo(at(16, 5));
    }

    @Test
    void locatesEffortTrackGroupAndPaceAtTheirValues() {
        assertThat(map.locate(SourceMap.keySkillField(0, "effort"))).isEqualTo(at(14, 58));
        assertThat(map.locate(SourceMap.keySkillField(0, "track"))).isEqualTo(at(14, 77));
        assertThat(map.locate(SourceMap.keySkillField(0, "group"))).isEqualTo(at(14, 96));
        assertThat(map.locate(SourceMap.keySkillField(2, "pace"))).isEqualTo(at(22, 59));
    }

    @Test
    void locatesEachPrerequisiteEntry() {
        assertThat(map.locate(SourceMap.keySkillEntry(1, "requires", 0))).isEqualTo(at(18, 19));
        assertThat(map.locate(SourceMap.keySkillEntry(1, "recommends", 0))).isEqualTo(at(18, 45));
    }

    @Test
    void locatesTracksGroupsChoicesAndDeclaredDuration() {
        assertThat(map.locate("tracks/1")).isEqualTo(at(8, 74));
        assertThat(map.locate("groups/1")).isEqualTo(at(11, 5));
        assertThat(map.locate("groups/1/parent")).isEqualTo(at(11, 51));
        assertThat(map.locate(SourceMap.keyChoice(0))).isEqualTo(at(35, 15));
        assertThat(map.locate(SourceMap.keyChoice(0) + "/default")).isEqualTo(at(35, 70));
        assertThat(map.locate(SourceMap.keyChoiceSkill(0, 1, 1))).isEqualTo(at(37, 83));
        assertThat(map.locate("declared/totalDuration")).isEqualTo(at(38, 33));
    }

    @Test
    void validationReportsAnUnknownPrerequisiteAtItsEntry() {
        String json = "{\"format\": \"roadmap/1\", \"skills\": [\n"
                + "  {\"id\": \"a\"},\n"
                + "  {\"id\": \"b\", \"requires\": [\"a\", \"ghost\"]}\n"
                + "]}";
        Roadmap r = JsonFixtures.read(json).roadmap();

        Diagnostic d = Validator.standard().validate(r).errors().get(0);

        assertThat(d.message()).contains("ghost");
        assertThat(d.location()).isEqualTo(SourceLocation.of("test.json", 3, 33));
    }
}
