package dev.roadmap.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Choice;
import dev.roadmap.core.ChoiceOption;
import dev.roadmap.core.Declared;
import dev.roadmap.core.Effort;
import dev.roadmap.core.Group;
import dev.roadmap.core.Pace;
import dev.roadmap.core.RigidPace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceMap;
import dev.roadmap.core.Status;
import dev.roadmap.core.TestRoadmaps;
import dev.roadmap.core.Track;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidatorTest {

    private static ValidationReport validate(Roadmap r) {
        return Validator.standard().validate(r);
    }

    private static List<String> codes(ValidationReport report) {
        return report.diagnostics().stream().map(Diagnostic::code).toList();
    }

    @Test
    void validRoadmapHasNoDiagnostics() {
        ValidationReport report = validate(TestRoadmaps.of("a", "b:a", "c:b"));
        assertThat(report.diagnostics()).isEmpty();
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void cycleIsOneErrorNamingSkillsInOrderAtTheClosingLine() {
        ValidationReport report = validate(TestRoadmaps.of("a:b", "b:c", "c:a"));
        assertThat(report.errors()).hasSize(1);
        Diagnostic d = report.errors().get(0);
        assertThat(d.code()).isEqualTo("cycle");
        assertThat(d.message()).contains("a -> b -> c -> a");
        assertThat(d.location().line()).isEqualTo(3);
        assertThat(d.toString()).startsWith("test.json:3:20: error: prerequisite cycle: a -> b -> c -> a");
        assertThat(d.skills()).containsExactly(SkillId.of("a"), SkillId.of("b"), SkillId.of("c"));
    }

    @Test
    void diagnosticsCarryTheSkillsTheyNameAsData() {
        ValidationReport report = validate(TestRoadmaps.of("a", "b:a,ghost", "c:a,b", "b"));
        assertThat(report.diagnostics()).filteredOn(d -> d.code().equals("unknown-prerequisite")).singleElement()
                .satisfies(d -> assertThat(d.skills()).as("the unknown id is no skill of the roadmap")
                        .containsExactly(SkillId.of("b")));
        assertThat(report.diagnostics()).filteredOn(d -> d.code().equals("duplicate-id")).singleElement()
                .satisfies(d -> assertThat(d.skills()).containsExactly(SkillId.of("b")));
        assertThat(new Diagnostic(Severity.ERROR, "x", "m", report.diagnostics().get(0).location()).skills()).isEmpty();
    }

    @Test
    void unknownPrerequisiteIsNamedAtItsEntry() {
        ValidationReport report = validate(TestRoadmaps.of("a", "b:a,ghost"));
        assertThat(report.errors()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("unknown-prerequisite");
            assertThat(d.message()).contains("'ghost'").contains("'b'");
            assertThat(d.location()).hasToString("test.json:2:25");
        });
    }

    @Test
    void selfDependencyIsReportedOnceAndNotAsACycle() {
        assertThat(codes(validate(TestRoadmaps.of("a:a")))).containsExactly("self-dependency");
    }

    @Test
    void duplicateIdPointsBackToTheFirst() {
        ValidationReport report = validate(TestRoadmaps.of("a", "b", "a"));
        assertThat(report.errors()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("duplicate-id");
            assertThat(d.location().line()).isEqualTo(3);
            assertThat(d.message()).contains("first defined at test.json:1:3");
        });
    }

    @Test
    void redundantPrerequisiteIsANotice() {
        ValidationReport report = validate(TestRoadmaps.of("a", "b:a", "c:b,a"));
        assertThat(report.isValid()).isTrue();
        assertThat(report.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("redundant-prerequisite");
            assertThat(d.severity()).isEqualTo(Severity.NOTICE);
            assertThat(d.location()).hasToString("test.json:3:25");
        });
    }

    @Test
    void effortProblems() {
        SourceMap map = new SourceMap.Builder("r.json").put(SourceMap.keySkillField(0, "effort"), 4, 15).build();
        Roadmap r = Roadmap.builder("r").sourceMap(map)
                .addSkill(Skill.builder("bad", "Bad").effort("two weeks", null).build())
                .addSkill(Skill.builder("none", "None").build())
                .addSkill(Skill.builder("closed", "Closed").status(Status.DONE).build())
                .addSkill(Skill.builder("forever", "Forever").effort("ongoing", Effort.openEnded(0)).build())
                .addSkill(Skill.builder("both", "Both").effort(Effort.ofHours(3))
                        .rigidPace(new RigidPace(2, Map.of("*", 2.0))).build())
                .build();
        ValidationReport report = validate(r);
        assertThat(codes(report)).containsExactlyInAnyOrder("unparseable-effort", "missing-effort", "open-ended-effort",
                "effort-and-pace");
        Diagnostic unreadable = report.withCode("unparseable-effort").get(0);
        assertThat(unreadable.isError()).isTrue();
        assertThat(unreadable.location()).hasToString("r.json:4:15");
        assertThat(unreadable.message()).contains("two weeks").contains("expected a number");
        assertThat(report.withCode("missing-effort").get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void choiceProblems() {
        Roadmap base = TestRoadmaps.of("a", "b", "c");
        Roadmap r = base.toBuilder()
                .addChoice(Choice.of("path", "Path", "z", List.of(
                        ChoiceOption.of("x", "X", List.of(SkillId.of("a"), SkillId.of("ghost"))),
                        ChoiceOption.of("y", "Y", List.of(SkillId.of("a"), SkillId.of("b"))),
                        ChoiceOption.of("y", "Y again", List.of(SkillId.of("c"))))))
                .build();
        assertThat(codes(validate(r))).containsExactlyInAnyOrder("unknown-choice-skill", "skill-in-two-options",
                "duplicate-option", "unknown-default-option");
    }

    @Test
    void referencesToUndeclaredTracksAndGroups() {
        Roadmap r = Roadmap.builder("r").addTrack(Track.of("math", "Math")).addGroup(Group.of("g1", "G1"))
                .addGroup(new Group("g2", "G2", "nowhere", dev.roadmap.core.Extensions.empty()))
                .addSkill(Skill.builder("a", "A").effort(Effort.ofHours(1)).track("art").group("g9").build())
                .addSkill(Skill.builder("b", "B").effort(Effort.ofHours(1)).track("math").group("g1").build())
                .build();
        assertThat(codes(validate(r))).containsExactlyInAnyOrder("unknown-track", "unknown-group", "unknown-group-parent");
    }

    @Test
    void groupNestingCycle() {
        Roadmap r = Roadmap.builder("r")
                .addGroup(new Group("g1", "G1", "g2", dev.roadmap.core.Extensions.empty()))
                .addGroup(new Group("g2", "G2", "g1", dev.roadmap.core.Extensions.empty()))
                .build();
        assertThat(codes(validate(r))).containsExactly("group-cycle", "group-cycle");
    }

    @Test
    void declaredDurationMustAgreeWithEffortsAtThePace() {
        Roadmap twelveWeeks = TestRoadmaps.of("a=40", "b=40:a", "c=40:b").toBuilder().pace(Pace.of(10)).build();
        assertThat(validate(twelveWeeks.toBuilder().declared(Declared.ofTotalDuration("10-14 weeks")).build())
                .diagnostics()).isEmpty();
        ValidationReport wrong = validate(twelveWeeks.toBuilder().declared(Declared.ofTotalDuration("12-24 months")).build());
        assertThat(wrong.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("declared-duration-mismatch");
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message()).contains("12 weeks");
        });
        assertThat(codes(validate(twelveWeeks.toBuilder().declared(Declared.ofTotalDuration("forever and a day")).build())))
                .containsExactly("unparseable-declared-duration");
    }

    @Test
    void failingPluginRuleIsReportedAndOthersStillRun() {
        ValidationRule broken = new ValidationRule() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public List<Diagnostic> check(Roadmap roadmap) {
                throw new IllegalStateException("boom");
            }
        };
        Validator v = Validator.standard().toBuilder().addRule(broken).build();
        ValidationReport report = v.validate(TestRoadmaps.of("a:ghost"));
        assertThat(codes(report)).containsExactlyInAnyOrder("unknown-prerequisite", "rule-failed");
        assertThat(report.withCode("rule-failed").get(0).message()).contains("broken").contains("boom");
    }

    @Test
    void diagnosticsAreSortedByLocation() {
        ValidationReport report = validate(TestRoadmaps.of("a:zz", "b:yy", "c:xx"));
        assertThat(report.diagnostics()).extracting(d -> d.location().line()).containsExactly(1, 2, 3);
    }

    @Test
    void errorChecksKeepEveryRuleThatCanReportAnErrorAndFindTheSameErrors() {
        Validator all = Validator.standard();
        Validator errors = all.errorChecks();
        assertThat(errors.rules()).extracting(ValidationRule::id)
                .doesNotContain("redundant-prerequisite", "declared-duration")
                .contains("cycle", "duplicate-id");
        Roadmap broken = Roadmap.builder("broken")
                .addSkill(Skill.builder("a", "A").effort(Effort.ofHours(1)).requires("b").build())
                .addSkill(Skill.builder("b", "B").effort(Effort.ofHours(1)).requires("a").build())
                .addSkill(Skill.builder("c", "C").effort(Effort.ofHours(1)).requires("a", "b").build())
                .build();
        assertThat(errors.validate(broken).errors()).isNotEmpty().isEqualTo(all.validate(broken).errors());
        Roadmap redundant = Roadmap.builder("redundant")
                .addSkill(Skill.builder("a", "A").effort(Effort.ofHours(1)).build())
                .addSkill(Skill.builder("b", "B").effort(Effort.ofHours(1)).requires("a").build())
                .addSkill(Skill.builder("c", "C").effort(Effort.ofHours(1)).requires("a", "b").build())
                .build();
        assertThat(all.validate(redundant).withCode("redundant-prerequisite")).isNotEmpty();
        assertThat(errors.validate(redundant).diagnostics()).isEmpty();
    }
}
