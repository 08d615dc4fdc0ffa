package dev.roadmap.io.markdown.internal;

import dev.roadmap.core.Choice;
import dev.roadmap.core.ChoiceOption;
import dev.roadmap.core.Declared;
import dev.roadmap.core.Extensions;
import dev.roadmap.core.Group;
import dev.roadmap.core.Pace;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.Skill;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceMap;
import dev.roadmap.core.Status;
import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.io.markdown.PrerequisiteMode;
import dev.roadmap.io.markdown.SkillProvenance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settles ids, groups, prerequisites (stated or chained) and choices, and builds the roadmap.
 * The steps run in the order of {@link #assemble}; each is linear in the number of skills.
 */
final class RoadmapAssembler {
    record Assembled(Roadmap roadmap, List<SkillProvenance> provenance) {
    }

    /** The settled skill ids, in document order, as text and as ids (made once, shared by every reference). */
    record Ids(List<String> ids, List<SkillId> skillIds) {
    }

    private RoadmapAssembler() {
    }

    static Assembled assemble(DocumentReader.Result doc, ReadContext ctx, PrerequisiteMode mode, String fullText) {
        List<Draft> drafts = doc.drafts();
        SourceMap.Builder map = new SourceMap.Builder(ctx.source);
        Roadmap.Builder rb = header(doc, ctx, map, fullText);
        addGroups(doc, rb, map);
        Ids ids = settleIds(drafts);
        applyInsteadOf(drafts);
        int[] choiceOf = addChoices(drafts, ids, rb, map);
        boolean chain = mode == PrerequisiteMode.CHAIN || (mode == PrerequisiteMode.EXPLICIT_OR_CHAIN && !ctx.explicitPrerequisites);
        List<SkillProvenance> provenance = addSkills(drafts, ids, choiceOf, chain, ctx, rb, map);
        return new Assembled(rb.sourceMap(map.build()).build(), provenance);
    }

    /** Title, description, language, the stated pace and total. */
    private static Roadmap.Builder header(DocumentReader.Result doc, ReadContext ctx, SourceMap.Builder map, String fullText) {
        String title = doc.title().isEmpty() ? baseName(ctx.source) : doc.title();
        Roadmap.Builder rb = Roadmap.builder(Slugs.slug(title, "roadmap")).title(title)
                .description(doc.description()).language(ctx.asciiText ? Texts.guessAsciiLanguage(fullText) : Texts.guessLanguage(fullText));
        if (doc.pace().isPresent()) {
            rb.pace(Pace.of(ctx.hoursPerWeek));
            map.put("pace", doc.paceAt()[0], doc.paceAt()[1]);
        }
        if (doc.total().isPresent()) {
            rb.declared(Declared.ofTotalDuration(doc.total().get().notation()));
            map.put("declared/totalDuration", doc.totalAt()[0], doc.totalAt()[1]);
        }
        return rb;
    }

    /** Groups: sections holding skills, except skill sections, attached sections and the title. */
    private static void addGroups(DocumentReader.Result doc, Roadmap.Builder rb, SourceMap.Builder map) {
        for (Draft d : doc.drafts()) {
            for (Section s = d.home; s != null && s.heading != null && !s.group; s = s.parent) {
                if (s.skill == null && s.attached == null && !s.title && !s.toc) {
                    s.group = true;
                }
            }
        }
        Slugs groupSlugs = new Slugs();
        int g = 0;
        for (Section s : doc.root().preOrder()) {
            if (!s.group) {
                continue;
            }
            String gt = Texts.stripSymbols(s.text);
            s.groupId = groupSlugs.unique(Slugs.slug(gt, "group"));
            String parent = "";
            for (Section p = s.parent; p != null; p = p.parent) {
                if (p.group) {
                    parent = p.groupId;
                    break;
                }
            }
            rb.addGroup(new Group(s.groupId, gt, parent, Extensions.empty()));
            map.put("groups/" + g, s.line, s.column);
            if (!parent.isEmpty()) {
                map.put("groups/" + g + "/parent", s.line, s.column);
            }
            g++;
        }
    }

    /**
     * An id column wins; otherwise the slug of the title, made unique. The stated ids are reserved
     * before the first slug is made unique, and only then: a table whose every row states its id
     * makes no slug, and its ids go into no set of issued ids.
     */
    static Ids settleIds(List<Draft> drafts) {
        Slugs slugs = null;
        SkillId[] stated = new SkillId[drafts.size()];   // a valid id column's id, made while its text is at hand
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.readId != null && d.readId.value() == d.docId) {
                stated[i] = d.readId;   // made valid by the table reader from this very text
            } else if (d.docId != null && SkillId.isValid(d.docId)) {
                stated[i] = SkillId.of(d.docId);
            }
        }
        List<String> ids = new ArrayList<>(drafts.size());
        List<SkillId> skillIds = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            if (stated[i] != null) {
                ids.add(stated[i].value());
                skillIds.add(stated[i]);
                continue;
            }
            slugs = slugs != null ? slugs : reserved(drafts, stated);
            String id = slugs.unique(Slugs.slug(drafts.get(i).title, "skill"));
            ids.add(id);
            skillIds.add(SkillId.of(id));
        }
        return new Ids(ids, skillIds);
    }

    /** @return the slugs with every stated id reserved, in document order */
    private static Slugs reserved(List<Draft> drafts, SkillId[] stated) {
        Slugs slugs = new Slugs();
        for (int i = 0; i < drafts.size(); i++) {
            if (stated[i] != null) {
                slugs.reserve(drafts.get(i).docId);
            }
        }
        return slugs;
    }

    /** "instead of N–M" pulls the replaced skills (by their list numbers) into an implied option. */
    private static void applyInsteadOf(List<Draft> drafts) {
        if (drafts.stream().allMatch(d -> d.insteadOf == null)) {
            return;   // most documents say "instead of" nowhere: no index of every draft
        }
        Map<Draft, Integer> index = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            index.put(drafts.get(i), i);
        }
        for (Draft d : drafts) {
            if (d.insteadOf == null) {
                continue;
            }
            for (Draft o : drafts) {
                if (o != d && o.optionKey == null && o.number >= d.insteadOf[0] && o.number <= d.insteadOf[1]
                        && index.get(o) < index.get(d)) {
                    o.optionKey = "a".equals(d.optionKey) ? "default" : "a";
                    o.optionLabel = d.optionKey != null && d.optionKey.equals("b") ? "A" : "default";
                }
            }
        }
    }

    /**
     * Consecutive skills with option markers form one choice, as do the items of one "choose one"
     * menu (each item its own option). A run with fewer than two options is no choice.
     *
     * @return per skill, the index of its choice or -1
     */
    private static int[] addChoices(List<Draft> drafts, Ids ids, Roadmap.Builder rb, SourceMap.Builder map) {
        int[] choiceOf = new int[drafts.size()];
        Arrays.fill(choiceOf, -1);
        List<List<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.menu != null) {
                d.optionKey = ids.ids().get(i);
                d.optionLabel = d.title;
            }
            if (d.optionKey == null) {
                continue;
            }
            Draft before = i > 0 ? drafts.get(i - 1) : null;
            boolean continues = before != null && choiceOf[i - 1] >= 0 && before.menu == d.menu;
            if (!continues) {
                runs.add(new ArrayList<>());
            }
            choiceOf[i] = runs.size() - 1;
            runs.get(runs.size() - 1).add(i);
        }
        int made = 0;
        int[] renumbered = new int[runs.size()];
        for (int c = 0; c < runs.size(); c++) {
            renumbered[c] = addChoice(runs.get(c), made, drafts, ids, rb, map) ? made++ : -1;
        }
        for (int i = 0; i < choiceOf.length; i++) {
            choiceOf[i] = choiceOf[i] < 0 ? -1 : renumbered[choiceOf[i]];
        }
        return choiceOf;
    }

    private static boolean addChoice(List<Integer> run, int number, List<Draft> drafts, Ids ids, Roadmap.Builder rb,
                                     SourceMap.Builder map) {
        Map<String, List<Integer>> options = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (int i : run) {
            options.computeIfAbsent(drafts.get(i).optionKey, k -> new ArrayList<>()).add(i);
            labels.putIfAbsent(drafts.get(i).optionKey, drafts.get(i).optionLabel);
        }
        if (options.size() < 2) {
            return false;
        }
        List<ChoiceOption> opts = new ArrayList<>();
        String choiceKey = SourceMap.keyChoice(number);
        int o = 0;
        for (Map.Entry<String, List<Integer>> e : options.entrySet()) {
            List<SkillId> members = new ArrayList<>();
            for (int k = 0; k < e.getValue().size(); k++) {
                int idx = e.getValue().get(k);
                members.add(ids.skillIds().get(idx));
                map.put(choiceKey + "/options/" + o + "/skills/" + k, drafts.get(idx).line, drafts.get(idx).column);
            }
            opts.add(ChoiceOption.of(e.getKey(), labels.get(e.getKey()), members));
            Draft head = drafts.get(e.getValue().get(0));
            map.put(choiceKey + "/options/" + o, head.line, head.column);
            o++;
        }
        Draft first = drafts.get(run.get(0));
        String title = first.menu != null ? first.menu.title()
                : String.join(" / ", opts.stream().map(ChoiceOption::title).toList());
        rb.addChoice(Choice.of("choice-" + (number + 1), title, "", opts));
        map.put(choiceKey, first.menu != null ? first.menu.line() : first.line, first.menu != null ? first.menu.column() : first.column);
        return true;
    }

    /** Builds every skill with its stated and chained prerequisites, in document order. */
    private static List<SkillProvenance> addSkills(List<Draft> drafts, Ids ids, int[] choiceOf, boolean chain, ReadContext ctx,
                                                   Roadmap.Builder rb, SourceMap.Builder map) {
        Chain chainer = new Chain(ids, choiceOf);
        List<SkillProvenance> provenance = new ArrayList<>(drafts.size());
        PrerequisiteResolver resolver = new PrerequisiteResolver(drafts, ids, ctx);
        long prerequisites = 0;
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            String id = ids.ids().get(i);
            SkillId skillId = ids.skillIds().get(i);
            Skill.Builder sb = Skill.builder(skillId).title(d.title.isEmpty() ? id : d.title)
                    .description(d.description).track(d.track).optional(d.optional);
            map.putSkill(i, d.line, d.column);   // before its fields: the keys arrive in order and need no sort
            if (d.done) {
                sb.status(Status.DONE);
            }
            if (!d.notation.isEmpty()) {
                sb.effort(d.notation, ctx.effort(d.notation, ctx.hoursPerWeek).orElse(null));
                map.putSkillField(i, "effort", d.effortLine, d.effortColumn);
            }
            String group = groupOf(d);
            sb.group(group);
            PrerequisiteResolver.Resolved stated = resolver.resolve(i);
            List<SkillId> requires = stated.requires();   // fresh lists of this skill's own: the chain may add to them
            List<int[]> at = stated.requiresAt();
            sb.setRecommends(stated.recommends());
            if (chain) {
                chainer.link(i, d, requires, at);
            }
            prerequisites += requires.size();
            if (prerequisites > ctx.limits.maxPrerequisites()) {
                throw new LimitExceededException("maxPrerequisites", ctx.limits.maxPrerequisites(),
                        "the document has more prerequisites", ctx.at(d.line, d.column));
            }
            sb.setRequires(requires);
            for (int k = 0; k < at.size(); k++) {
                map.putSkillEntry(i, "requires", k, at.get(k)[0], at.get(k)[1]);
            }
            sb.setTopics(d.topics).setResources(d.resources).setProjects(d.projects);   // the builder's lists are empty: the same as adding each
            rb.addSkill(sb.build());
            if (!group.isEmpty()) {
                map.putSkillField(i, "group", d.line, d.column);
            }
            provenance.add(new SkillProvenance(skillId, i, ctx.at(d.line, d.column), d.rule, d.detail));
        }
        return provenance;
    }

    /**
     * Chains skills in document order when the document states no prerequisites: each skill requires
     * the one before it. Options of a choice start from the skill before the choice and chain among
     * themselves; the skill after a choice requires the skill before it. Optional skills chain from the
     * skill before them, but a required skill never requires an optional one.
     */
    private static final class Chain {
        private final Ids ids;
        private final int[] choiceOf;
        private final Map<String, Integer> lastInOption = new HashMap<>();
        private final Map<Integer, Integer> baseOfChoice = new HashMap<>();
        private int previousRequired = -1;
        private int previousAny = -1;

        Chain(Ids ids, int[] choiceOf) {
            this.ids = ids;
            this.choiceOf = choiceOf;
        }

        void link(int i, Draft d, List<SkillId> requires, List<int[]> at) {
            int pre;
            if (choiceOf[i] >= 0) {
                baseOfChoice.putIfAbsent(choiceOf[i], previousRequired);
                String key = choiceOf[i] + "/" + d.optionKey;
                pre = lastInOption.getOrDefault(key, baseOfChoice.get(choiceOf[i]));
                lastInOption.put(key, i);
            } else if (d.optional) {
                pre = previousAny;
                previousAny = i;
            } else {
                pre = previousRequired;
                previousRequired = i;
                previousAny = i;
            }
            if (pre >= 0 && !requires.contains(ids.skillIds().get(pre)) && !ids.ids().get(pre).equals(ids.ids().get(i))) {
                requires.add(ids.skillIds().get(pre));
                at.add(new int[] {d.line, d.column});
            }
        }
    }

    private static String baseName(String source) {
        String name = source.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String groupOf(Draft d) {
        for (Section s = d.home; s != null; s = s.parent) {
            if (s.group) {
                return s.groupId;
            }
        }
        return "";
    }
}
