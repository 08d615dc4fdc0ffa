package dev.roadmap.io.json;

import static dev.roadmap.io.json.JsonFixtures.read;
import static dev.roadmap.io.json.JsonFixtures.roadmap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Pace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceLocation;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.core.validate.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Effort notations convert at the document's own pace, wherever the pace is declared. */
class JsonEffortTest {
    private static final double MONTH_WEEKS = 365.25 / 12 / 7;

    /** Pace 8 h/week is declared after the skills. */
    private static Effort effortAtPaceDeclaredLast(String notation) {
        String json = "{\"format\":\"roadmap/1\",\"skills\":[{\"id\":\"s\",\"effort\":\"" + notation + "\"}],"
                + "\"pace\":{\"hoursPerWeek\":8}}";
        return read(json).roadmap().skill(0).effort().orElseThrow();
    }

    @ParameterizedTest(name = "{0} = {1}..{2} h at 8 h/week")
    @CsvSource(delimiter = '|', textBlock = """
            1-2h         | 1    | 2
            1–2h         | 1    | 2
            90 min       | 1.5  | 1.5
            6 weeks      | 48   | 48
            2 недели     | 16   | 16
            3 дня        | 3.4285714285714284 | 3.4285714285714284
            2 часа       | 2    | 2
            2周          | 16   | 16
            3天          | 3.4285714285714284 | 3.4285714285714284
            1–2小时      | 1    | 2
            """)
    void convertsEveryNotationAtTheDocumentPaceEvenWhenPaceComesAfterSkills(String notation, double min, double max) {
        Effort e = effortAtPaceDeclaredLast(notation);

        assertThat(e.minHours()).isCloseTo(min, within(1e-9));
        assertThat(e.maxHours()).isCloseTo(max, within(1e-9));
    }

    @Test
    void convertsMonthsAtTheDocumentPace() {
        Effort tilde = effortAtPaceDeclaredLast("1~3 months");
        Effort russian = effortAtPaceDeclaredLast("1–2 месяца");

        assertThat(tilde.minHours()).isCloseTo(8 * MONTH_WEEKS, within(1e-9));
        assertThat(tilde.maxHours()).isCloseTo(24 * MONTH_WEEKS, within(1e-9));
        assertThat(russian.maxHours()).isCloseTo(16 * MONTH_WEEKS, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"ongoing", "постоянно", "持续"})
    void readsOpenEndedNotationsAsOpenEndedEfforts(String notation) {
        Effort e = effortAtPaceDeclaredLast(notation);

        assertThat(e.openEnded()).isTrue();
        assertThat(e.minHours()).isZero();
    }

    @Test
    void convertsAtTheDefaultPaceWhenTheDocumentDeclaresNone() {
        Skill s = read("{\"skills\":[{\"id\":\"s\",\"effort\":\"3 weeks\"}]}").roadmap().skill(0);

        assertThat(s.effort()).contains(Effort.ofHours(3 * Pace.DEFAULT_HOURS_PER_WEEK));
    }

    @Test
    void keepsTheNotationAsWrittenNextToItsHours() {
        Roadmap full = roadmap("full.json");
        Skill linalg = full.skill(SkillId.of("linalg")).orElseThrow();

        assertThat(linalg.effortNotation()).isEqualTo("3 weeks");
        assertThat(linalg.effort()).contains(Effort.ofHours(24));
    }

    @Test
    void keepsAnUnreadableNotationWithoutHoursForValidationToReport() {
        Roadmap full = roadmap("full.json");
        int kaggle = full.indexOf(SkillId.of("kaggle"));
        Skill s = full.skill(kaggle);

        assertThat(s.effortNotation()).isEqualTo("a while");
        assertThat(s.effort()).isEmpty();
        Diagnostic d = Validator.standard().validate(full).withCode("unparseable-effort").get(0);
        assertThat(d.message()).contains("kaggle");
        // the value "a while" starts at line 28, column 51 of full.json
        assertThat(d.location()).isEqualTo(SourceLocation.of("full.json", 28, 51));
    }

    /** {@code EffortParser} throws a NullPointerException on bare-number ranges; import must not. */
    @Test
    void keepsTheNotationWhenTheEffortParserFailsUnexpectedly() {
        Skill s = read("{\"skills\":[{\"id\":\"s\",\"effort\":\"1-2\"}]}").roadmap().skill(0);

        assertThat(s.effortNotation()).isEqualTo("1-2");
    }
}
