package dev.roadmap.io.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.SkillId;
import dev.roadmap.spi.ReadLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.commonmark.node.Heading;
import org.junit.jupiter.api.Test;

/**
 * The resolver's shortcut for plain lists of ids ({@link IdList}, runs turned away by the name
 * filter, items looked up without copies) and for corequisite labels after an ASCII head resolves and
 * reports exactly what the definition does: every run from every item tried, longest first, and the
 * labels matched on the lower-cased text.
 */
class ResolverShortcutTest {
    private static final String[] IDS = {"skill-1", "skill-2", "skill-3", "a.b", "x_1", "A", "intro", "b,c", "10"};
    private static final String[] TITLES = {"Skill 1", "Skill 2", "Skill 1, Skill 2", "skill-1, skill-2", "Intro", "Intro, Basics",
        "Basics and More", "A", "b", "c", "Skill 3 skill 1", "Data.Structures", ""};
    private static final String[] GROUPS = {"Part A", "Skill 2, Skill 3", "Basics", "Skill 3"};
    private static final String[] ITEMS = {"skill-1", "skill-2", "skill-3", "Skill-1", "a.b", "x_1", "A", "b", "c", "intro", "Intro",
        "Basics", "1", "2", "3", "nope", "zz-9", "Skill", "Data.Structures", "part-a", "10"};
    private static final String[] JOINS = {", ", ",", ", ", ",  ", " , ", "; ", " and ", "/"};
    /** Corequisite labels as written, in several cases and scripts, and heads that only look like one. */
    private static final String[] LABELS = {"corequisite: ", "Corequisite ", "CO-REQUISITE: ", "Concurrent with ", "alongside",
        "Simultáneo con ", "SIMULTÁNEO CON ", "параллельно с ", "Параллельно с ", "coreq ", "co ", "İcorequisite ", "ſimultáneo con "};

    @Test
    void listsOfIdsResolveAsTheDefinitionResolvesThem() {
        Random random = new Random(21);
        int lists = 0;
        int soft = 0;
        for (int round = 0; round < 1_500; round++) {
            Doc doc = document(random, 2 + random.nextInt(12), false);
            lists += doc.lists();
            soft += resolveAlike(doc, slow -> slow.listShortcut = false)[0];
        }
        assertThat(lists).isGreaterThan(2_000);
        assertThat(soft).isGreaterThan(500);
    }

    /**
     * Each skill's names are read when it is resolved (and all of them when a group is first named): the
     * same prerequisites and the same warnings, in the same order, as when every skill's names are read
     * before the first skill is resolved.
     */
    @Test
    void namesReadSkillBySkillResolveAndWarnAsNamesReadAllFirst() {
        Random random = new Random(23);
        int groupsNamed = 0;
        int warnings = 0;
        for (int round = 0; round < 1_500; round++) {
            Doc doc = document(random, 2 + random.nextInt(12), true);
            groupsNamed += doc.groupsNamed();
            warnings += resolveAlike(doc, PrerequisiteResolver::readAllNames)[1];
        }
        assertThat(groupsNamed).isGreaterThan(1_000);
        assertThat(warnings).isGreaterThan(1_000);
    }

    /** A random document's drafts: ids, titles, rows under a group or not, and what each requires and recommends. */
    private record Doc(List<Draft> drafts, RoadmapAssembler.Ids settled, String text, int lists, int groupsNamed) {
    }

    /** @param namesGroup whether a row may name the group as its prerequisite */
    private static Doc document(Random random, int n, boolean namesGroup) {
        boolean commaIds = random.nextInt(4) == 0;
        List<String> ids = new ArrayList<>();
        List<SkillId> skillIds = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        Section root = new Section(null, 0, "", 1, 1, null);
        Section group = new Section(new Heading(), 2, GROUPS[random.nextInt(GROUPS.length)], 2, 1, root);
        StringBuilder text = new StringBuilder();
        int lists = 0;
        int groupsNamed = 0;
        for (int i = 0; i < n; i++) {
            String id = IDS[random.nextInt(IDS.length)] + (i == 0 ? "" : "-" + i);
            id = commaIds || id.indexOf(',') < 0 ? id : "id" + i;
            ids.add(id);
            skillIds.add(SkillId.of(id));
            Draft d = new Draft(i + 1, 1);
            d.title = TITLES[random.nextInt(TITLES.length)];
            d.number = random.nextInt(3) == 0 ? -1 : i + 1;
            d.home = random.nextBoolean() ? group : root;
            String ref = namesGroup && random.nextInt(4) == 0 ? group.text : refText(random, ids);
            lists += IdList.tokens(ref) != null ? 1 : 0;
            groupsNamed += ref.equals(group.text) ? 1 : 0;
            d.requires.add(new Draft.Ref(ref, i + 1, 5));
            if (random.nextInt(4) == 0) {
                d.recommends.add(new Draft.Ref(refText(random, ids), i + 1, 9));
            }
            drafts.add(d);
            text.append("| ").append(d.title).append(" | ").append(ref).append(" |\n");
        }
        return new Doc(drafts, new RoadmapAssembler.Ids(ids, skillIds), text.toString(), lists, groupsNamed);
    }

    /**
     * Resolves every skill of the document with a resolver and with one made the definition, and
     * checks they give the same prerequisites and the same warnings.
     *
     * @return the soft prerequisites and the warnings
     */
    private static int[] resolveAlike(Doc doc, java.util.function.Consumer<PrerequisiteResolver> asDefinition) {
        ReadContext tested = new ReadContext("t.md", ReadLimits.defaults(), doc.text(), 10);
        ReadContext defined = new ReadContext("t.md", ReadLimits.defaults(), doc.text(), 10);
        PrerequisiteResolver fast = new PrerequisiteResolver(doc.drafts(), doc.settled(), tested);
        PrerequisiteResolver slow = new PrerequisiteResolver(doc.drafts(), doc.settled(), defined);
        asDefinition.accept(slow);
        int soft = 0;
        for (int i = 0; i < doc.drafts().size(); i++) {
            PrerequisiteResolver.Resolved a = fast.resolve(i);
            PrerequisiteResolver.Resolved b = slow.resolve(i);
            assertThat(a.requires()).isEqualTo(b.requires());
            assertThat(a.requiresAt()).usingRecursiveComparison().isEqualTo(b.requiresAt());
            assertThat(a.recommends()).isEqualTo(b.recommends());
            soft += a.recommends().size();
        }
        assertThat(tested.diagnostics).isEqualTo(defined.diagnostics);
        return new int[] {soft, tested.diagnostics.size()};
    }

    @Test
    void rowNumbersResolveToTheFirstRowOfTheirNumber() {
        Random random = new Random(22);
        int resolved = 0;
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(30);
            List<String> ids = new ArrayList<>();
            List<SkillId> skillIds = new ArrayList<>();
            List<Draft> drafts = new ArrayList<>();
            java.util.Map<Integer, Integer> first = new java.util.HashMap<>();   // the definition: putIfAbsent per number
            Section root = new Section(null, 0, "", 1, 1, null);
            int[] numbers = {-1, 0, 1, 2, 7, 40, 99_999, 100_000, 123_456};
            for (int i = 0; i < n; i++) {
                ids.add("id-" + i);
                skillIds.add(SkillId.of("id-" + i));
                Draft d = new Draft(i + 1, 1);
                d.title = "Title " + (char) ('a' + i % 26);
                d.home = root;
                d.number = random.nextBoolean() ? numbers[random.nextInt(numbers.length)] : random.nextInt(2 * n) - 1;
                if (d.number > 0) {
                    first.putIfAbsent(d.number, i);
                }
                int asked = random.nextBoolean() ? numbers[1 + random.nextInt(numbers.length - 1)] : random.nextInt(2 * n);
                d.requires.add(new Draft.Ref((random.nextBoolean() ? "#" : "") + asked, i + 1, 5));
                drafts.add(d);
            }
            PrerequisiteResolver resolver = new PrerequisiteResolver(drafts, new RoadmapAssembler.Ids(ids, skillIds),
                    new ReadContext("t.md", ReadLimits.defaults(), "", 10));
            for (int i = 0; i < n; i++) {
                String ref = drafts.get(i).requires.get(0).name();
                int asked = Integer.parseInt(ref.startsWith("#") ? ref.substring(1) : ref);
                Integer target = ref.length() - (ref.startsWith("#") ? 1 : 0) < 6 ? first.get(asked) : null;
                List<SkillId> expected = target == null || target == i ? List.of() : List.of(skillIds.get(target));
                assertThat(resolver.resolve(i).requires()).as("%s of skill %d", ref, i).isEqualTo(expected);
                resolved += expected.size();
            }
        }
        assertThat(resolved).isGreaterThan(1_000);
    }

    private static String refText(Random random, List<String> ids) {
        StringBuilder b = new StringBuilder(random.nextInt(5) == 0 ? LABELS[random.nextInt(LABELS.length)] : "");
        String join = random.nextInt(3) == 0 ? JOINS[random.nextInt(JOINS.length)] : ", ";
        for (int k = 1 + random.nextInt(6); k > 0; k--) {
            String item = random.nextInt(3) == 0 ? ids.get(random.nextInt(ids.size())) : ITEMS[random.nextInt(ITEMS.length)];
            b.append(item);
            if (k > 1) {
                b.append(random.nextInt(5) == 0 ? JOINS[random.nextInt(JOINS.length)] : join);
            }
        }
        return b.toString();
    }
}
