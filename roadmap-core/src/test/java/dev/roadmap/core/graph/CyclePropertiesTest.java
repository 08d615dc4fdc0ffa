package dev.roadmap.core.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.validate.Diagnostic;
import dev.roadmap.core.validate.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Validation finds every cycle injected into a random DAG, and what it reports is a real cycle:
 * each skill requires the next and the last requires the first.
 */
class CyclePropertiesTest {

    /** A random DAG: skill i may require any j &lt; i (so it is acyclic by construction), shuffled in the document. */
    private static List<Skill.Builder> randomDag(int n, int edgesPerSkill, Random random) {
        List<Skill.Builder> skills = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Skill.Builder s = Skill.builder(SkillId.of("s" + i)).effort(Effort.ofHours(1));
            Set<Integer> req = new HashSet<>();
            for (int e = 0; e < edgesPerSkill && i > 0; e++) {
                req.add(random.nextInt(i));
            }
            req.stream().sorted().forEach(j -> s.requires("s" + j));
            skills.add(s);
        }
        java.util.Collections.shuffle(skills, random);
        return skills;
    }

    private static Roadmap build(List<Skill.Builder> skills) {
        Roadmap.Builder b = Roadmap.builder("random");
        skills.forEach(s -> b.addSkill(s.build()));
        return b.build();
    }

    @Property(tries = 200)
    void aRandomDagHasNoCycle(@ForAll @IntRange(min = 1, max = 120) int n, @ForAll @IntRange(min = 0, max = 4) int degree,
                              @ForAll long seed) {
        Roadmap dag = build(randomDag(n, degree, new Random(seed)));
        assertThat(Validator.standard().validate(dag).withCode("cycle")).isEmpty();
        assertThat(PrerequisiteGraph.of(dag).cycles()).isEmpty();
    }

    @Property(tries = 300)
    void everyInjectedCycleIsFoundAndIsARealCycle(@ForAll @IntRange(min = 2, max = 120) int n,
                                                 @ForAll @IntRange(min = 0, max = 4) int degree,
                                                 @ForAll @IntRange(min = 1, max = 3) int injected, @ForAll long seed) {
        Random random = new Random(seed);
        List<Skill.Builder> skills = randomDag(n, degree, random);
        Map<String, Skill.Builder> byId = new HashMap<>();
        skills.forEach(s -> byId.put(s.build().id().value(), s));
        // Close a cycle by making a low-numbered skill require a higher one reachable from it: a
        // chain j -> ... -> i exists only if we add it, so add the chain edges explicitly too.
        List<Set<String>> expectedCycles = new ArrayList<>();
        for (int k = 0; k < injected; k++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a == b) {
                b = (a + 1) % n;
            }
            int lo = Math.min(a, b);
            int hi = Math.max(a, b);
            byId.get("s" + hi).requires("s" + lo);   // hi requires lo (allowed in a DAG)
            byId.get("s" + lo).requires("s" + hi);   // lo requires hi: closes lo -> hi -> lo
            expectedCycles.add(Set.of("s" + lo, "s" + hi));
        }
        Roadmap cyclic = build(skills);
        List<Diagnostic> reported = Validator.standard().validate(cyclic).withCode("cycle");
        List<CycleException> cycles = PrerequisiteGraph.of(cyclic).cycles();
        assertThat(reported).hasSameSizeAs(cycles).isNotEmpty();
        for (CycleException c : cycles) {
            List<SkillId> path = c.cycle();
            assertThat(path).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
            for (int i = 0; i < path.size(); i++) {
                SkillId from = path.get(i);
                SkillId to = path.get((i + 1) % path.size());
                assertThat(cyclic.skill(from).orElseThrow().requires()).as(from + " requires " + to).contains(to);
            }
            assertThat(c.location()).isPresent();
        }
        // every injected cycle is reported: one reported cycle lies in the strongly connected group
        // of each injected pair (a group that several injections merged is reported once)
        for (Set<String> pair : expectedCycles) {
            String member = pair.iterator().next();
            assertThat(cycles).as("cycle through " + pair).anySatisfy(c ->
                    assertThat(c.cycle()).anySatisfy(id -> assertThat(mutuallyReachable(cyclic, id.value(), member)).isTrue()));
        }
    }

    private static boolean mutuallyReachable(Roadmap r, String a, String b) {
        return reaches(r, a, b) && reaches(r, b, a);
    }

    private static boolean reaches(Roadmap r, String from, String to) {
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(from));
        Set<String> seen = new HashSet<>(todo);
        while (!todo.isEmpty()) {
            String at = todo.pop();
            if (at.equals(to)) {
                return true;
            }
            for (SkillId next : r.skill(SkillId.of(at)).orElseThrow().requires()) {
                if (seen.add(next.value())) {
                    todo.push(next.value());
                }
            }
        }
        return false;
    }
}
