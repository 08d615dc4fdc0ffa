package dev.roadmap.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds small roadmaps for tests from a compact spec: "b:a,c" means skill b requires a and c. */
public final class TestRoadmaps {
    private TestRoadmaps() {
    }

    /**
     * @param specs one per skill, {@code id[:req1,req2]}, each 10 h unless {@code id=hours}
     * @return the roadmap, with each skill at line = its position + 1 in a source named test.json
     */
    public static Roadmap of(String... specs) {
        Roadmap.Builder b = Roadmap.builder("test");
        SourceMap.Builder map = new SourceMap.Builder("test.json");
        for (int i = 0; i < specs.length; i++) {
            String[] parts = specs[i].split(":", 2);
            String[] idAndHours = parts[0].split("=");
            Skill.Builder s = Skill.builder(SkillId.of(idAndHours[0]))
                    .effort(Effort.ofHours(idAndHours.length > 1 ? Double.parseDouble(idAndHours[1]) : 10));
            map.put(SourceMap.keySkill(i), i + 1, 3);
            if (parts.length > 1 && !parts[1].isEmpty()) {
                String[] reqs = parts[1].split(",");
                for (int k = 0; k < reqs.length; k++) {
                    s.requires(reqs[k]);
                    map.put(SourceMap.keySkillEntry(i, "requires", k), i + 1, 20 + k * 5);
                }
            }
            b.addSkill(s.build());
        }
        return b.sourceMap(map.build()).build();
    }

    /** @return ids as strings */
    public static List<String> strings(List<SkillId> ids) {
        List<String> out = new ArrayList<>();
        ids.forEach(id -> out.add(id.value()));
        return out;
    }

    /** @return an index of skill id strings to document indices */
    public static Map<String, Integer> index(Roadmap r) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < r.size(); i++) {
            m.put(r.skill(i).id().value(), i);
        }
        return m;
    }
}
