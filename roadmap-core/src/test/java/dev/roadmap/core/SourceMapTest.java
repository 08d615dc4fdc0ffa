package dev.roadmap.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Skill paths are held compactly; every path still locates exactly as with a plain map. */
class SourceMapTest {
    private static SourceLocation at(int line, int column) {
        return SourceLocation.of("doc.json", line, column);
    }

    @Test
    void locatesSkillPathsAndFallsBackToTheNearestAncestor() {
        SourceMap map = new SourceMap.Builder("doc.json")
                .put(SourceMap.keySkill(0), 2, 3)
                .put(SourceMap.keySkillField(0, "effort"), 4, 5)
                .put(SourceMap.keySkillField(0, "requires"), 6, 7)
                .put(SourceMap.keySkillEntry(0, "requires", 1), 6, 20)
                .put(SourceMap.keySkill(12345678), 90, 1)
                .put("pace", 1, 1)
                .build();

        assertThat(map.locate("skills/0")).isEqualTo(at(2, 3));
        assertThat(map.locate("skills/0/effort")).isEqualTo(at(4, 5));
        assertThat(map.locate("skills/0/requires/1")).isEqualTo(at(6, 20));
        assertThat(map.locate("skills/0/requires/0")).isEqualTo(at(6, 7));
        assertThat(map.locate("skills/0/title")).isEqualTo(at(2, 3));
        assertThat(map.locate("skills/12345678/track")).isEqualTo(at(90, 1));
        assertThat(map.locate("skills/7")).isEqualTo(SourceLocation.unknown("doc.json"));
        assertThat(map.locate("pace/trackHours")).isEqualTo(at(1, 1));
        assertThat(map.size()).isEqualTo(6);
    }

    @Test
    void pathsThatAreNotCanonicalSkillPathsStillWork() {
        SourceMap map = new SourceMap.Builder("doc.json")
                .put("skills/03/effort", 1, 1)
                .put("skills/x", 2, 2)
                .put("skills/", 3, 3)
                .put("skills/1/requires/01", 4, 4)
                .put("skills/1//", 5, 5)
                .put("skills/99999999999", 6, 6)
                .build();

        assertThat(map.locate("skills/03/effort")).isEqualTo(at(1, 1));
        assertThat(map.locate("skills/3/effort")).isEqualTo(SourceLocation.unknown("doc.json"));
        assertThat(map.locate("skills/x/effort")).isEqualTo(at(2, 2));
        assertThat(map.locate("skills/")).isEqualTo(at(3, 3));
        assertThat(map.locate("skills/1/requires/01")).isEqualTo(at(4, 4));
        assertThat(map.locate("skills/1/requires/1")).isEqualTo(SourceLocation.unknown("doc.json"));
        assertThat(map.locate("skills/1//")).isEqualTo(at(5, 5));
        assertThat(map.locate("skills/99999999999")).isEqualTo(at(6, 6));
        assertThat(map.size()).isEqualTo(6);
    }

    @Test
    void theLastPutOfAPathWinsWhateverTheOrder() {
        SourceMap.Builder b = new SourceMap.Builder("doc.json");
        for (int i = 999; i >= 0; i--) {
            b.putSkillField(i, i % 2 == 0 ? "effort" : "track", i + 1, 1);
            b.put(SourceMap.keySkill(i), i + 1, 2);
        }
        b.put(SourceMap.keySkillField(500, "effort"), 7, 7);
        b.putSkillField(500, "effort", 8, 8);
        b.put("pace", 1, 1).put("pace", 2, 2);
        SourceMap map = b.build();

        for (int i = 0; i < 1000; i++) {
            assertThat(map.locate(SourceMap.keySkill(i))).isEqualTo(at(i + 1, 2));
        }
        assertThat(map.locate("skills/3/track")).isEqualTo(at(4, 1));
        assertThat(map.locate("skills/3/effort")).isEqualTo(at(4, 2));
        assertThat(map.locate("skills/500/effort")).isEqualTo(at(8, 8));
        assertThat(map.locate("pace")).isEqualTo(at(2, 2));
        assertThat(map.size()).isEqualTo(2001);
    }

    @Test
    void putHelpersMatchPutWithTheSamePath() {
        SourceMap viaHelpers = new SourceMap.Builder("doc.json")
                .putSkillField(4, "requires", 3, 9).putSkillEntry(4, "requires", 2, 3, 30)
                .putSkillField(-1, "effort", 1, 1).putSkillEntry(4, "odd/field", 0, 5, 5)
                .putSkill(4, 2, 2).putSkill(-1, 6, 6).build();
        SourceMap viaPaths = new SourceMap.Builder("doc.json")
                .put(SourceMap.keySkillField(4, "requires"), 3, 9).put(SourceMap.keySkillEntry(4, "requires", 2), 3, 30)
                .put(SourceMap.keySkillField(-1, "effort"), 1, 1).put(SourceMap.keySkillEntry(4, "odd/field", 0), 5, 5)
                .put(SourceMap.keySkill(4), 2, 2).put(SourceMap.keySkill(-1), 6, 6).build();

        for (String path : new String[] {"skills/4/requires", "skills/4/requires/2", "skills/4/requires/0", "skills/-1/effort",
                "skills/4/odd/field/0", "skills/4", "skills/-1"}) {
            assertThat(viaHelpers.locate(path)).as(path).isEqualTo(viaPaths.locate(path));
        }
        assertThat(viaHelpers.size()).isEqualTo(viaPaths.size()).isEqualTo(6);
    }

    @Test
    void manyDistinctFieldNamesOverflowIntoThePlainMap() {
        SourceMap.Builder b = new SourceMap.Builder("doc.json");
        for (int f = 0; f < 300; f++) {
            b.putSkillField(1, "field" + f, f + 1, 1);
            b.put(SourceMap.keySkillEntry(2, "field" + f, 0), f + 1, 2);
        }
        SourceMap map = b.build();

        for (int f = 0; f < 300; f++) {
            assertThat(map.locate("skills/1/field" + f)).isEqualTo(at(f + 1, 1));
            assertThat(map.locate("skills/2/field" + f + "/0")).isEqualTo(at(f + 1, 2));
        }
        assertThat(map.size()).isEqualTo(600);
    }

    @Test
    void mapsGivenWholeKeepTheirLocations() {
        SourceMap map = SourceMap.of("x.md", Map.of("skills/0", SourceLocation.of("x.md", 3, 1)));

        assertThat(map.locate("skills/0/effort")).isEqualTo(SourceLocation.of("x.md", 3, 1));
        assertThat(map.size()).isEqualTo(1);
    }
}
