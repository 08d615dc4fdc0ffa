package dev.roadmap.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceMap;
import dev.roadmap.core.Track;
import dev.roadmap.core.graph.PrerequisiteGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The built-in rules' findings are memoised per roadmap, and {@code references} and
 * {@code duplicate-id} read the prerequisite graph's resolution instead of resolving every entry
 * again: on random roadmaps full of defects (unknown ids, self-references, duplicate ids, cycles,
 * unknown tracks) a second validation equals the first and a fresh copy's, and the reference and
 * duplicate findings equal a plain oracle that resolves every entry with a set of the ids.
 */
class ValidationMemoTest {
    private static final int CASES = 600;

    @Test
    void aSecondValidationOfTheSameRoadmapEqualsTheFirstAndAFreshCopys() {
        for (int c = 0; c < CASES; c++) {
            Roadmap roadmap = randomRoadmap(new Random(23_000 + c));   // one seed per case, to replay one
            ValidationReport first = Validator.standard().validate(roadmap);
            List<Diagnostic> errors = Validator.standard().errorChecks().validate(roadmap).errors();
            ValidationReport again = Validator.standard().validate(roadmap);
            Roadmap copy = roadmap.toBuilder().build();
            assertThat(again).as("case %d", c).isEqualTo(first);
            assertThat(Validator.standard().validate(copy)).as("case %d", c).isEqualTo(first);
            assertThat(errors).as("case %d", c).isEqualTo(Validator.standard().errorChecks().validate(copy).errors())
                    .isEqualTo(first.errors());
        }
    }

    @Test
    void referenceAndDuplicateFindingsEqualAnOracleThatResolvesEveryEntry() {
        Random random = new Random(29);
        int reported = 0;
        for (int c = 0; c < CASES; c++) {
            Roadmap roadmap = randomRoadmap(random);
            Set<String> codes = Set.of("self-dependency", "unknown-prerequisite", "unknown-recommendation",
                    "unknown-track", "duplicate-id");
            List<String> found = Validator.standard().validate(roadmap).diagnostics().stream()
                    .filter(d -> codes.contains(d.code())).map(ValidationMemoTest::describe).sorted().toList();
            List<String> expected = oracle(roadmap).stream().sorted().toList();
            assertThat(found).as("case %d", c).isEqualTo(expected);
            reported += found.size();
        }
        assertThat(reported).as("the cases have defects to find").isGreaterThan(CASES);
    }

    @Test
    void danglingSkillsAreExactlyThoseNamingAnUnknownIdOrTheirOwn() {
        Roadmap roadmap = Roadmap.builder("d")
                .addSkill(skill("a").build())
                .addSkill(skill("b").requires("a", "ghost").build())
                .addSkill(skill("c").requires("a", "b", "a").build())
                .addSkill(skill("a").requires("a").build())
                .addSkill(skill("e").requires("e").build())
                .build();
        assertThat(PrerequisiteGraph.of(roadmap).skillsWithDanglingPrerequisites()).containsExactly(1, 3, 4);
    }

    @Test
    void pluginRulesRunOnEveryValidationWhileBuiltInFindingsAreReused() {
        AtomicInteger calls = new AtomicInteger();
        ValidationRule counting = new CountingRule(calls);
        Validator validator = Validator.standard().toBuilder().addRule(counting).build();
        Roadmap roadmap = Roadmap.builder("p").addSkill(skill("a").requires("ghost").build()).build();
        ValidationReport first = validator.validate(roadmap);
        ValidationReport second = validator.validate(roadmap);
        assertThat(calls.get()).isEqualTo(2);
        assertThat(second).isEqualTo(first);
        assertThat(second.errors()).extracting(Diagnostic::code).containsExactly("unknown-prerequisite");
    }

    private static Skill.Builder skill(String id) {
        return Skill.builder(id, id.toUpperCase()).effort(Effort.ofHours(1));
    }

    /** Up to 30 skills with random entries: known, unknown, own, repeated ids, some ids twice. */
    private static Roadmap randomRoadmap(Random random) {
        int n = 1 + random.nextInt(30);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(random.nextInt(12) == 0 && i > 0 ? ids.get(random.nextInt(i)) : "s" + i);
        }
        Roadmap.Builder b = Roadmap.builder("r" + n).addTrack(Track.of("t", "T"));
        SourceMap.Builder map = new SourceMap.Builder("random.json");
        for (int i = 0; i < n; i++) {
            Skill.Builder s = skill(ids.get(i)).track(random.nextInt(8) == 0 ? "nowhere" : "t");
            map.put(SourceMap.keySkill(i), 10 * i + 1, 3);
            map.put(SourceMap.keySkillField(i, "track"), 10 * i + 2, 5);
            int entries = random.nextInt(5);
            for (int k = 0; k < entries; k++) {
                s.requires(entry(ids, i, random));
                map.put(SourceMap.keySkillEntry(i, "requires", k), 10 * i + 3, 7 + 6 * k);
            }
            if (random.nextInt(4) == 0) {
                s.recommends(SkillId.of(entry(ids, i, random)));
                map.put(SourceMap.keySkillEntry(i, "recommends", 0), 10 * i + 4, 7);
            }
            b.addSkill(s.build());
        }
        return b.sourceMap(map.build()).build();
    }

    private static String entry(List<String> ids, int i, Random random) {
        int kind = random.nextInt(20);
        if (kind == 0) {
            return "ghost" + random.nextInt(3);
        }
        if (kind == 1) {
            return ids.get(i);
        }
        return ids.get(random.nextInt(ids.size()));
    }

    /** The reference and duplicate findings, every entry resolved against a set of the ids. */
    private static List<String> oracle(Roadmap roadmap) {
        Set<SkillId> known = new HashSet<>();
        Map<SkillId, Integer> firstAt = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < roadmap.size(); i++) {
            SkillId id = roadmap.skill(i).id();
            known.add(id);
            if (firstAt.putIfAbsent(id, i) != null) {
                out.add("duplicate-id " + roadmap.sourceMap().locate(SourceMap.keySkill(i)) + " " + List.of(id));
            }
        }
        for (int i = 0; i < roadmap.size(); i++) {
            Skill s = roadmap.skill(i);
            SourceMap map = roadmap.sourceMap();
            for (int k = 0; k < s.requires().size(); k++) {
                SkillId p = s.requires().get(k);
                String at = map.locate(SourceMap.keySkillEntry(i, "requires", k)) + " " + List.of(s.id());
                if (p.equals(s.id())) {
                    out.add("self-dependency " + at);
                } else if (!known.contains(p)) {
                    out.add("unknown-prerequisite " + at);
                }
            }
            for (int k = 0; k < s.recommends().size(); k++) {
                SkillId p = s.recommends().get(k);
                if (!p.equals(s.id()) && !known.contains(p)) {
                    out.add("unknown-recommendation " + map.locate(SourceMap.keySkillEntry(i, "recommends", k))
                            + " " + List.of(s.id()));
                }
            }
            if (s.track().equals("nowhere")) {
                out.add("unknown-track " + map.locate(SourceMap.keySkillField(i, "track")) + " " + List.of(s.id()));
            }
        }
        return out;
    }

    private static String describe(Diagnostic d) {
        return d.code() + " " + d.location() + " " + d.skills();
    }

    /** A plugin rule that finds nothing and counts its runs. */
    private record CountingRule(AtomicInteger calls) implements ValidationRule {
        @Override
        public String id() {
            return "counting";
        }

        @Override
        public List<Diagnostic> check(Roadmap roadmap) {
            calls.incrementAndGet();
            return List.of();
        }
    }
}
