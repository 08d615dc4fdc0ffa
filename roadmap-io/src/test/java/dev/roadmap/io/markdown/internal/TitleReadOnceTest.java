package dev.roadmap.io.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.SkillId;
import dev.roadmap.io.table.NameFilter;
import dev.roadmap.spi.ReadLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Heading;
import org.junit.jupiter.api.Test;

/**
 * What the table reader finds of each row's title while the row is at hand ({@link Draft#readTitle}):
 * the optional test it spares ({@link OptionMarkers#titleSaysOptional}) and the most words of a name
 * ({@code PrerequisiteResolver.mostWords}) are those of their definitions, computed afresh on the
 * titles, also when some titles were changed after the reader read them.
 */
class TitleReadOnceTest {
    private static final String[] PARTS = {"Docker", "Rust", "(optional)", "(Optional)", "Optional:", "optional", "опционально",
        "(опционально)", "（可选）", "可选", "(beta)", "(", ")", "—", "Skill 3", "A: B", "x (y) z", "nice to have", "Kubernetes",
        "skill-1", "Data.Structures", "über", "（", "）", "Opcional", "(opcional)"};

    @Test
    void theSparedOptionalTestAnswersAsTheDefinition() {
        Random random = new Random(20261210);
        int quiet = 0;
        int optional = 0;
        for (int n = 0; n < 20_000; n++) {
            String title = title(random);
            Draft read = new Draft(1, 1);
            read.title = title;
            read.readTitle = title;
            read.readQuiet = !OptionMarkers.titleMaySayOptional(title);
            Draft fresh = new Draft(1, 1);
            fresh.title = title;
            boolean expected = OptionMarkers.titleSaysOptional(fresh);
            assertThat(OptionMarkers.titleSaysOptional(read)).as(title).isEqualTo(expected);
            assertThat(read.title).as(title).isEqualTo(fresh.title);
            quiet += read.readQuiet ? 1 : 0;
            optional += expected ? 1 : 0;
        }
        assertThat(quiet).isGreaterThan(2_000);
        assertThat(optional).isGreaterThan(2_000);
    }

    @Test
    void mostWordsOfTitlesReadAreTheDefinitions() {
        Random random = new Random(20261211);
        int changed = 0;
        for (int n = 0; n < 1_500; n++) {
            StringBuilder doc = new StringBuilder("| ID | Skill |\n|---|---|\n");
            int rows = 1 + random.nextInt(10);
            for (int r = 0; r < rows; r++) {
                doc.append("| id-").append(r).append(" | ").append(title(random).replace("|", "")).append(" |\n");
            }
            String text = doc.toString();
            ReadContext ctx = new ReadContext("t.md", ReadLimits.defaults(), text, 10);
            ctx.parsedText = text;
            Section root = new Section(null, 0, "", 1, 1, null);
            Section group = new Section(new Heading(), 2, title(random), 1, 1, root);
            TableBlock table = (TableBlock) MarkdownReading.PARSER.parse(text).getFirstChild();
            List<Draft> drafts = TableReader.read(table, random.nextBoolean() ? group : root, ctx);
            List<String> ids = new ArrayList<>();
            List<SkillId> skillIds = new ArrayList<>();
            List<String> all = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                Draft d = drafts.get(i);
                if (random.nextInt(8) == 0) {
                    d.title = title(random);   // changed after the reader (as an optional marker leaves a title)
                    changed++;
                }
                ids.add("id-" + i);
                skillIds.add(SkillId.of("id-" + i));
                all.add(d.title);
            }
            if (!drafts.isEmpty() && drafts.get(0).home == group) {
                all.add(Texts.stripSymbols(group.text));
            }
            PrerequisiteResolver resolver = new PrerequisiteResolver(drafts, new RoadmapAssembler.Ids(ids, skillIds), ctx);
            assertThat(resolver.mostWords()).as(text).isEqualTo(NameFilter.mostWords(all));
        }
        assertThat(changed).isGreaterThan(500);
    }

    private static String title(Random random) {
        StringBuilder b = new StringBuilder();
        for (int k = 1 + random.nextInt(4); k > 0; k--) {
            b.append(b.length() > 0 && random.nextInt(4) > 0 ? " " : "").append(PARTS[random.nextInt(PARTS.length)]);
        }
        return b.toString();
    }
}
