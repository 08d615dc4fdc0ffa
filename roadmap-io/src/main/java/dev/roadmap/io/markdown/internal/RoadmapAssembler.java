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
import dev.roadmap.spi.LimitExceededException;
import dev.roadmap.io.markdown.PrerequisiteMode;
import dev.roadmap.io.markdown.SkillProvenance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Settles ids, groups, prerequisites (stated or chained) and choices, and builds the roadmap. */
final class RoadmapAssembler {
    record Assembled(Roadmap roadmap, List<SkillProvenance> provenance) {
    }

    private RoadmapAssembler() {
    }

    static Assembled assemble(DocumentReader.Result doc, ReadContext ctx, PrerequisiteMode mode, String fullText) {
        List<Draft> drafts = doc.drafts();
        SourceMap.Builder map = new SourceMap.Builder(ctx.source);
        String title = doc.title().isEmpty() ? baseName(ctx.source) : doc.title();
        Roadmap.Builder rb = Roadmap.builder(Slugs.slug(title, "roadmap")).title(title)
                .description(doc.description()).language(Texts.guessLanguage(fullText));
        double pace = ctx.hoursPerWeek;
        if (doc.pace().isPresent()) {
            rb.pace(Pace.of(pace));
            map.put("pace", doc.paceAt()[0], doc.paceAt()[1]);
        }
        if (doc.total().isPresent()) {
            rb.declared(Declared.ofTotalDuration(doc.total().get().notation()));
            map.put("declared/totalDuration", doc.totalAt()[0], doc.totalAt()[1]);
        }

        // groups: sections holding skills, except skill sections, attached sections and the title
        Slugs groupSlugs = new Slugs();
        for (Draft d : drafts) {
            for (Section s = d.home; s != null && s.heading != null; s = s.parent) {
                if (s.skill == null && s.attached == null && !s.title) {
                    s.group = true;
                }
            }
        }
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

        // ids
        Slugs slugs = new Slugs();
        for (Draft d : drafts) {
            if (d.docId != null && SkillId.isValid(d.docId)) {
                slugs.reserve(d.docId);
            }
        }
        List<String> ids = new ArrayList<>();
        for (Draft d : drafts) {
            String id = d.docId != null && SkillId.isValid(d.docId) ? d.docId : slugs.unique(Slugs.slug(d.title, "skill"));
            ids.add(id);
        }

        // choices: option keys, "instead of N–M" pulling the replaced skills into an implied option
        for (Draft d : drafts) {
            if (d.insteadOf == null) {
                continue;
            }
            for (Draft o : drafts) {
                if (o != d && o.optionKey == null && o.number >= d.insteadOf[0] && o.number <= d.insteadOf[1]
                        && drafts.indexOf(o) < drafts.indexOf(d)) {
                    o.optionKey = "a".equals(d.optionKey) ? "default" : "a";
                    o.optionLabel = d.optionKey != null && d.optionKey.equals("b") ? "A" : "default";
                }
            }
        }
        int[] choiceOf = new int[drafts.size()];
        java.util.Arrays.fill(choiceOf, -1);
        int choices = 0;
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i).optionKey == null) {
                continue;
            }
            boolean continues = i > 0 && choiceOf[i - 1] >= 0;
            choiceOf[i] = continues ? choiceOf[i - 1] : choices++;
        }
        for (int c = 0; c < choices; c++) {
            Map<String, List<Integer>> options = new LinkedHashMap<>();
            Map<String, String> labels = new HashMap<>();
            int firstIndex = -1;
            for (int i = 0; i < drafts.size(); i++) {
                if (choiceOf[i] == c) {
                    firstIndex = firstIndex < 0 ? i : firstIndex;
                    options.computeIfAbsent(drafts.get(i).optionKey, k -> new ArrayList<>()).add(i);
                    labels.putIfAbsent(drafts.get(i).optionKey, drafts.get(i).optionLabel);
                }
            }
            if (options.size() < 2) {
                for (int i = 0; i < drafts.size(); i++) {
                    if (choiceOf[i] == c) {
                        choiceOf[i] = -1;
                    }
                }
                continue;
            }
            List<ChoiceOption> opts = new ArrayList<>();
            String choiceKey = SourceMap.keyChoice(rb.build().choices().size());
            int o = 0;
            for (Map.Entry<String, List<Integer>> e : options.entrySet()) {
                List<SkillId> members = new ArrayList<>();
                for (int k = 0; k < e.getValue().size(); k++) {
                    int idx = e.getValue().get(k);
                    members.add(SkillId.of(ids.get(idx)));
                    map.put(choiceKey + "/options/" + o + "/skills/" + k, drafts.get(idx).line, drafts.get(idx).column);
                }
                opts.add(ChoiceOption.of(e.getKey(), labels.get(e.getKey()), members));
                map.put(choiceKey + "/options/" + o, drafts.get(e.getValue().get(0)).line, drafts.get(e.getValue().get(0)).column);
                o++;
            }
            String ctitle = String.join(" / ", opts.stream().map(ChoiceOption::title).toList());
            rb.addChoice(Choice.of("choice-" + (rb.build().choices().size() + 1), ctitle, "", opts));
            map.put(choiceKey, drafts.get(firstIndex).line, drafts.get(firstIndex).column);
        }

        // skills with prerequisites
        boolean chain = mode == PrerequisiteMode.CHAIN || (mode == PrerequisiteMode.EXPLICIT_OR_CHAIN && !ctx.explicitPrerequisites);
        int previous = -1;
        Map<String, Integer> lastInOption = new HashMap<>();
        Map<Integer, Integer> baseOfChoice = new HashMap<>();
        List<SkillProvenance> provenance = new ArrayList<>();
        PrerequisiteResolver resolver = new PrerequisiteResolver(drafts, ids, ctx);
        long prerequisites = 0;
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Skill.Builder sb = Skill.builder(SkillId.of(ids.get(i))).title(d.title.isEmpty() ? ids.get(i) : d.title)
                    .description(d.description).track(d.track);
            if (!d.notation.isEmpty()) {
                sb.effort(d.notation, Efforts.parse(d.notation, pace).orElse(null));
                map.put(SourceMap.keySkillField(i, "effort"), d.effortLine, d.effortColumn);
            }
            String group = groupOf(d);
            sb.group(group);
            PrerequisiteResolver.Resolved stated = resolver.resolve(i);
            List<SkillId> requires = new ArrayList<>(stated.requires());
            List<int[]> at = new ArrayList<>(stated.requiresAt());
            sb.setRecommends(stated.recommends());
            if (chain) {
                int pre;
                if (choiceOf[i] >= 0) {
                    baseOfChoice.putIfAbsent(choiceOf[i], previous);
                    String key = choiceOf[i] + "/" + d.optionKey;
                    pre = lastInOption.getOrDefault(key, baseOfChoice.get(choiceOf[i]));
                    lastInOption.put(key, i);
                } else {
                    pre = previous;
                    previous = i;
                }
                if (pre >= 0 && !requires.contains(SkillId.of(ids.get(pre))) && !ids.get(pre).equals(ids.get(i))) {
                    requires.add(SkillId.of(ids.get(pre)));
                    at.add(new int[] {d.line, d.column});
                }
            }
            prerequisites += requires.size();
            if (prerequisites > ctx.limits.maxPrerequisites()) {
                throw new LimitExceededException("maxPrerequisites", ctx.limits.maxPrerequisites(),
                        "the document has more prerequisites", ctx.at(d.line, d.column));
            }
            sb.setRequires(requires);
            for (int k = 0; k < at.size(); k++) {
                map.put(SourceMap.keySkillEntry(i, "requires", k), at.get(k)[0], at.get(k)[1]);
            }
            d.topics.forEach(sb::addTopic);
            d.resources.forEach(sb::addResource);
            d.projects.forEach(sb::addProject);
            rb.addSkill(sb.build());
            map.put(SourceMap.keySkill(i), d.line, d.column);
            if (!group.isEmpty()) {
                map.put(SourceMap.keySkillField(i, "group"), d.line, d.column);
            }
            provenance.add(new SkillProvenance(SkillId.of(ids.get(i)), i, ctx.at(d.line, d.column), d.rule, d.detail));
        }
        return new Assembled(rb.sourceMap(map.build()).build(), provenance);
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
