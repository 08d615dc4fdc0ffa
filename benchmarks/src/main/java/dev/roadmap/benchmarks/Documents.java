package dev.roadmap.benchmarks;

import dev.roadmap.core.Effort;
import dev.roadmap.core.Resource;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.Topic;
import dev.roadmap.core.Track;
import dev.roadmap.io.json.JsonExporter;
import dev.roadmap.io.markdown.MarkdownExporter;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Seeded documents of a requested size for the import benchmarks, in the shapes people write:
 * native JSON (exported), a Markdown skill table (exported, one table), and a Markdown outline
 * (headings with an effort, a checklist, a resource link and a prerequisites line). Skills require
 * up to three of the previous hundred, so the documents are valid roadmaps.
 */
public final class Documents {
    /** The document shapes. */
    public enum Shape {
        /** Native {@code roadmap/1} JSON with topics and resources. */
        JSON,
        /** One Markdown table {@code | ID | Skill | Effort | Prerequisites |}. */
        MARKDOWN_TABLE,
        /** Markdown headings with checklists and {@code Prerequisites:} lines. */
        MARKDOWN_OUTLINE
    }

    private Documents() {
    }

    /**
     * @param shape    the shape
     * @param minBytes the document has at least about this many bytes (within a few per cent)
     * @param seed     random seed
     * @return the UTF-8 document
     */
    public static byte[] generate(Shape shape, long minBytes, long seed) {
        int sample = 2_000;
        double perSkill = (double) render(shape, sample, seed).length / sample;
        int n = (int) Math.ceil(minBytes / perSkill);
        return render(shape, n, seed);
    }

    /**
     * @param shape the shape
     * @param n     number of skills
     * @param seed  random seed
     * @return the UTF-8 document
     */
    public static byte[] render(Shape shape, int n, long seed) {
        return switch (shape) {
            case JSON -> new JsonExporter().writeToString(roadmap(n, seed, true)).getBytes(StandardCharsets.UTF_8);
            case MARKDOWN_TABLE -> new MarkdownExporter().writeToString(roadmap(n, seed, false)).getBytes(StandardCharsets.UTF_8);
            case MARKDOWN_OUTLINE -> outline(n, seed).getBytes(StandardCharsets.UTF_8);
        };
    }

    /** A roadmap of {@code n} skills; with {@code details}, topics and a resource each (a table-only document has none). */
    static Roadmap roadmap(int n, long seed, boolean details) {
        Random random = new Random(seed);
        Roadmap.Builder b = Roadmap.builder("generated").title("Generated roadmap")
                .addTrack(Track.of("math", "Mathematics")).addTrack(Track.of("coding", "Programming"));
        SkillId[] ids = new SkillId[n];
        for (int i = 0; i < n; i++) {
            ids[i] = SkillId.of("skill-" + i);
            int low = 1 + random.nextInt(10);
            Skill.Builder s = Skill.builder(ids[i]).title("Skill " + i)
                    .effort(Effort.ofHours(low, low + 1 + random.nextInt(20)));
            if (details) {
                s.track(i % 2 == 0 ? "math" : "coding");
                for (int t = 0; t < 3; t++) {
                    s.addTopic(Topic.of("Topic " + t + " of skill " + i, random.nextBoolean()));
                }
                s.addResource(Resource.of("Reading " + i, "https://example.org/r/" + i));
            }
            for (int p : prerequisites(random, i)) {
                s.requires(ids[p]);
            }
            b.addSkill(s.build());
        }
        return b.build();
    }

    private static int[] prerequisites(Random random, int i) {
        if (i == 0) {
            return new int[0];
        }
        int k = Math.min(i, 1 + random.nextInt(3));
        int[] result = new int[k];
        int c = 0;
        while (c < k) {
            int p = i - 1 - random.nextInt(Math.min(i, 100));
            boolean repeated = false;
            for (int j = 0; j < c; j++) {
                repeated |= result[j] == p;
            }
            if (!repeated) {
                result[c++] = p;
            }
        }
        return result;
    }

    /** Headings {@code ### Skill i (3-5 hours)} under a group heading every 50 skills. */
    static String outline(int n, long seed) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder(n * 220);
        sb.append("# Generated outline roadmap\n\nPace: 10 hours per week\n\n");
        for (int i = 0; i < n; i++) {
            if (i % 50 == 0) {
                sb.append("## Module ").append(i / 50 + 1).append("\n\n");
            }
            int low = 1 + random.nextInt(10);
            sb.append("### Skill ").append(i).append(" (").append(low).append('-').append(low + 1 + random.nextInt(20))
                    .append(" hours)\n\n");
            int[] prereqs = prerequisites(random, i);
            if (prereqs.length > 0) {
                sb.append("Prerequisites: ");
                for (int j = 0; j < prereqs.length; j++) {
                    sb.append(j > 0 ? ", " : "").append("skill-").append(prereqs[j]);
                }
                sb.append("\n\n");
            }
            for (int t = 0; t < 3; t++) {
                sb.append("- [").append(random.nextBoolean() ? 'x' : ' ').append("] Topic ").append(t).append(" of skill ")
                        .append(i).append('\n');
            }
            sb.append("- [Reading ").append(i).append("](https://example.org/r/").append(i).append(")\n\n");
        }
        return sb.toString();
    }
}
