package dev.roadmap.io.markdown.internal;

import dev.roadmap.core.SkillId;
import dev.roadmap.io.table.NameMatcher;
import dev.roadmap.io.table.TableEfforts;
import dev.roadmap.io.table.Vocabulary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the prerequisites a document names to skills, robustly: by id, by title (exact, the
 * part before ":" or "(", ignoring case and accents, a unique prefix, see {@link NameMatcher}), by
 * row number, or by the heading of a group of skills (all of them). A text is split into several
 * names only where the pieces resolve: first on line breaks ({@code <br>}) and ";", then on ",",
 * "/", " and " and its translations; so "Secure Software Development: Requirements, Design, and
 * Reuse" stays one name. "corequisite: X" is a soft prerequisite ({@code recommends}). A name that
 * resolves to nothing is an {@code unresolved-prerequisite} warning at the place it was named and
 * is left out, so the roadmap still plans.
 */
final class PrerequisiteResolver {
    private static final String STRONG = "\n;；";
    private static final String WEAK = ",，、/";

    /** What one skill's prerequisites resolve to. */
    record Resolved(List<SkillId> requires, List<int[]> requiresAt, List<SkillId> recommends) {
    }

    private final List<Draft> drafts;
    private final List<String> ids;
    private final ReadContext ctx;
    private final NameMatcher titles;
    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<Integer, Integer> byNumber = new HashMap<>();
    private final List<List<Integer>> groupMembers = new ArrayList<>();
    private final List<Section> groupSections = new ArrayList<>();
    private final NameMatcher groups;
    private final List<String> conjunctions;
    private final List<String> coLabels;
    private final TableEfforts none = TableEfforts.create();

    PrerequisiteResolver(List<Draft> drafts, List<String> ids, ReadContext ctx) {
        this.drafts = drafts;
        this.ids = ids;
        this.ctx = ctx;
        List<String> names = new ArrayList<>(drafts.size());
        Map<Section, Integer> groupIndex = new IdentityHashMap<>();
        List<String> groupTitles = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            names.add(d.title);
            byId.putIfAbsent(ids.get(i).toLowerCase(Locale.ROOT), i);
            if (d.number > 0) {
                byNumber.putIfAbsent(d.number, i);
            }
            for (Section s = d.home; s != null && s.heading != null; s = s.parent) {
                Integer g = groupIndex.get(s);
                if (g == null) {
                    g = groupTitles.size();
                    groupIndex.put(s, g);
                    groupTitles.add(Texts.stripSymbols(s.text));
                    groupSections.add(s);
                    groupMembers.add(new ArrayList<>());
                }
                groupMembers.get(g).add(i);
            }
        }
        this.titles = NameMatcher.of(names);
        this.groups = NameMatcher.of(groupTitles);
        Vocabulary v = Keywords.VOCABULARY;
        this.conjunctions = v.phrases("label.conjunction");
        this.coLabels = v.phrases("label.corequisite");
    }

    /**
     * @param self the index of the skill whose prerequisites these are
     * @return its resolved hard and soft prerequisites, without duplicates or itself
     */
    Resolved resolve(int self) {
        Draft d = drafts.get(self);
        Set<Integer> req = new LinkedHashSet<>();
        List<int[]> at = new ArrayList<>();
        Set<Integer> rec = new LinkedHashSet<>();
        for (Draft.Ref ref : d.requires) {
            String text = ref.name().strip();
            Optional<String> co = corequisite(text);
            boolean soft = co.isPresent();
            for (int target : names(co.orElse(text), self, ref)) {
                if (soft) {
                    rec.add(target);
                } else if (req.add(target)) {
                    at.add(new int[] {ref.line(), ref.column()});
                }
            }
        }
        for (Draft.Ref ref : d.recommends) {
            rec.addAll(names(corequisite(ref.name().strip()).orElse(ref.name()), self, ref));
        }
        rec.removeAll(req);
        return new Resolved(toIds(req), at, toIds(rec));
    }

    private List<SkillId> toIds(Set<Integer> indexes) {
        List<SkillId> out = new ArrayList<>(indexes.size());
        for (int i : indexes) {
            out.add(SkillId.of(ids.get(i)));
        }
        return out;
    }

    /** "corequisite: X" -> X */
    private Optional<String> corequisite(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String label : coLabels) {
            if (lower.startsWith(label)) {
                String rest = Texts.trimLeading(text.substring(label.length()));
                if (!rest.isEmpty() && rest.length() < text.length()) {
                    return Optional.of(rest);
                }
            }
        }
        return Optional.empty();
    }

    private List<Integer> names(String text, int self, Draft.Ref ref) {
        List<Integer> out = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        if (none.isNone(text)) {
            return out;
        }
        List<Integer> whole = one(text, self);
        if (!whole.isEmpty()) {
            return whole;
        }
        for (String piece : split(text, STRONG)) {
            resolvePiece(piece, self, out, unresolved);
        }
        for (String u : unresolved) {
            ctx.warn("unresolved-prerequisite", "prerequisite '" + u + "' of '" + drafts.get(self).title
                    + "' names no skill of this document; left out", ref.line(), ref.column());
        }
        return out;
    }

    private void resolvePiece(String piece, int self, List<Integer> out, List<String> unresolved) {
        if (none.isNone(piece)) {
            return;
        }
        List<Integer> whole = one(piece, self);
        if (!whole.isEmpty()) {
            out.addAll(whole);
            return;
        }
        List<String> parts = new ArrayList<>();
        for (String p : split(piece, WEAK)) {
            parts.addAll(splitWords(p));
        }
        List<String> missing = new ArrayList<>();
        int found = 0;
        for (String p : parts) {
            List<Integer> r = one(p, self);
            if (r.isEmpty()) {
                missing.add(p);
            } else {
                out.addAll(r);
                found++;
            }
        }
        if (found == 0) {
            unresolved.add(Texts.collapse(piece));
        } else {
            unresolved.addAll(missing);
        }
    }

    /** Splits on " and ", " y ", " и ", "和" ... (label.conjunction), dropping a leading conjunction. */
    private List<String> splitWords(String text) {
        List<String> out = new ArrayList<>();
        String rest = stripConjunction(text.strip());
        String lower = rest.toLowerCase(Locale.ROOT);
        int from = 0;
        for (int i = 0; i < lower.length(); i++) {
            for (String c : conjunctions) {
                String pattern = isCjk(c) ? c : " " + c + " ";
                if (lower.startsWith(pattern, i)) {
                    out.add(rest.substring(from, i).strip());
                    from = i + pattern.length();
                    i = from - 1;
                    break;
                }
            }
        }
        out.add(rest.substring(from).strip());
        out.removeIf(String::isEmpty);
        return out;
    }

    private String stripConjunction(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String c : conjunctions) {
            if (lower.startsWith(c + " ")) {
                return text.substring(c.length() + 1).strip();
            }
        }
        return text;
    }

    private static boolean isCjk(String s) {
        Character.UnicodeScript script = s.isEmpty() ? null : Character.UnicodeScript.of(s.codePointAt(0));
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.HANGUL;
    }

    /** @return whether the draft lies under the section (requiring its own group would be a cycle) */
    private static boolean within(Draft d, Section group) {
        for (Section s = d.home; s != null; s = s.parent) {
            if (s == group) {
                return true;
            }
        }
        return false;
    }

    private static List<String> split(String text, String separators) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || separators.indexOf(text.charAt(i)) >= 0) {
                String p = text.substring(start, i).strip();
                if (!p.isEmpty()) {
                    out.add(p);
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** @return the skills one name denotes: by id, title, row number, or a group heading (its skills) */
    private List<Integer> one(String raw, int self) {
        String n = Texts.trimSeparators(raw.strip());
        if (n.startsWith("`") && n.endsWith("`") && n.length() > 2) {
            n = n.substring(1, n.length() - 1);
        }
        if (n.isEmpty()) {
            return List.of();
        }
        Integer i = byId.get(n.toLowerCase(Locale.ROOT));
        if (i == null) {
            i = titles.match(n).map(NameMatcher.Match::index).orElse(null);
        }
        if (i == null) {
            String digits = n.startsWith("#") ? n.substring(1) : n;
            if (!digits.isEmpty() && digits.length() < 6 && digits.chars().allMatch(Character::isDigit)) {
                i = byNumber.get(Integer.parseInt(digits));
            }
        }
        if (i != null) {
            return i == self ? List.of() : List.of(i);
        }
        Optional<NameMatcher.Match> g = groups.match(n);
        if (g.isPresent()) {
            if (!within(drafts.get(self), groupSections.get(g.get().index()))) {
                return groupMembers.get(g.get().index());
            }
        }
        return List.of();
    }
}
