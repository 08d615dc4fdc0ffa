package dev.roadmap.io.markdown.internal;

import dev.roadmap.core.SkillId;
import dev.roadmap.io.table.NameFilter;
import dev.roadmap.io.table.NameMatcher;
import dev.roadmap.io.table.TableEfforts;
import dev.roadmap.io.table.Vocabulary;
import dev.roadmap.io.table.internal.DistinctStrings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
    /** Longest run of segments tried as one name. */
    private static final int MAX_RUN = 8;
    /** What {@link #one} answers for a name that denotes no skill and no group. */
    private static final int NOTHING = Integer.MIN_VALUE;

    /** What one skill's prerequisites resolve to: mutable lists made for the one call, the caller's to keep. */
    record Resolved(List<SkillId> requires, List<int[]> requiresAt, List<SkillId> recommends) {
    }

    private final List<Draft> drafts;
    private final List<SkillId> skillIds;
    private final ReadContext ctx;
    private final List<String> names;
    private final List<String> groupTitles;
    private NameMatcher titles;
    /** Whether a text may name a title or a group: most texts tried (runs of several ids) name none, and then no matcher is asked. */
    private NameFilter namedFilter;
    /** {@link NameFilter#mostWords} of the titles and group titles, or -1 before it is first asked. */
    private int mostWords = -1;
    /** Whether every title is the one the table reader read, and the most words it found in one of them. */
    private boolean allRead = true;
    private int readMost;
    /** Whether some id holds a ",": then a run "a,b" may be an id, and lists of ids take the general path. */
    private final boolean idWithComma;
    /**
     * Whether lists of plain ids skip the runs no name can match and look their items up without
     * copies, and a text of ASCII head looks for a corequisite label without a lower-case copy (off
     * only to test against the definition).
     */
    boolean listShortcut = true;
    /** Length of the longest corequisite label. */
    private final int longestLabel;
    /**
     * The first characters of the corequisite labels led by an ASCII one, as bits of their low six bits:
     * a text of ASCII head whose first character lower-cased has no bit here starts with no label. Only
     * when no label is empty ({@link #labelFirstsKnown}).
     */
    private final long labelFirsts;
    private final boolean labelFirstsKnown;
    /** Skill index by lower-cased id (the first skill of an id). */
    private final DistinctStrings byId;
    /**
     * Skill index by row number (the first skill of a number), -1 for none: a name of at most five
     * digits is looked up, so numbers from {@link #NUMBERS} on are never asked for.
     */
    private int[] byNumber = new int[0];
    /** The first row number no name can state. */
    private static final int NUMBERS = 100_000;
    private final List<IntList> groupMembers = new ArrayList<>();   // skill indexes, unboxed: most documents' skills lie under a heading
    private final List<Section> groupSections = new ArrayList<>();
    private NameMatcher groups;
    private final List<String> conjunctions;
    private final List<String> coLabels;
    /** The conjunctions as they cut a piece: CJK ones as written, others with a space on each side. */
    private final String[] cuts;
    /** The conjunctions as they lead a segment ("and X"): each followed by a space. */
    private final String[] leads;
    /** The last name {@link #one} found nothing for, and for which skill: a piece's longest run is often the whole text again. */
    private String lastMiss;
    private int lastMissSelf = -1;
    private final TableEfforts none = TableEfforts.create();
    private final Map<Integer, List<Integer>> sinks = new HashMap<>();
    /** The names each skill states, for the first skills: read in skill order ({@link #readNamesUpTo}). */
    private final List<Stated> named;

    PrerequisiteResolver(List<Draft> drafts, RoadmapAssembler.Ids settled, ReadContext ctx) {
        List<String> ids = settled.ids();
        this.drafts = drafts;
        this.skillIds = settled.skillIds();
        this.ctx = ctx;
        this.names = new ArrayList<>(drafts.size());
        this.named = new ArrayList<>(drafts.size());
        this.byId = new DistinctStrings(drafts.size());   // sized once: no rehash of a table larger than the cache
        this.groupTitles = new ArrayList<>();
        Map<Section, Integer> groupIndex = new IdentityHashMap<>();
        boolean comma = false;
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            names.add(d.title);
            allRead &= d.title == d.readTitle;
            readMost = Math.max(readMost, d.readWords);
            String id = ids.get(i);
            byId.putIfAbsent(id.toLowerCase(Locale.ROOT), i);
            comma |= id.indexOf(',') >= 0;   // while the id is at hand
            if (d.number > 0 && d.number < NUMBERS) {
                putNumber(d.number, i);
            }
            for (Section s = d.home; s != null && s.heading != null; s = s.parent) {
                Integer g = groupIndex.get(s);
                if (g == null) {
                    g = groupTitles.size();
                    groupIndex.put(s, g);
                    groupTitles.add(Texts.stripSymbols(s.text));
                    groupSections.add(s);
                    groupMembers.add(new IntList());
                }
                groupMembers.get(g).add(i);
            }
        }
        this.idWithComma = comma;
        Vocabulary v = Keywords.VOCABULARY;
        this.conjunctions = v.phrases("label.conjunction");
        this.coLabels = v.phrases("label.corequisite");
        this.longestLabel = coLabels.stream().mapToInt(String::length).max().orElse(0);
        long firsts = 0;
        boolean known = true;
        for (String label : coLabels) {
            known &= !label.isEmpty();
            // a label led by a character beyond ASCII starts no text of ASCII head (the only texts asked)
            firsts |= label.isEmpty() || label.charAt(0) >= 0x80 ? 0 : 1L << (label.charAt(0) & 63);
        }
        this.labelFirsts = firsts;
        this.labelFirstsKnown = known;
        this.cuts = new String[conjunctions.size()];
        this.leads = new String[conjunctions.size()];
        for (int k = 0; k < cuts.length; k++) {
            String c = conjunctions.get(k);
            cuts[k] = !c.isEmpty() && Texts.isCjk(c.codePointAt(0)) ? c : " " + c + " ";
            leads[k] = c + " ";
        }
    }

    private void putNumber(int number, int skill) {
        if (number >= byNumber.length) {
            int old = byNumber.length;
            byNumber = Arrays.copyOf(byNumber, Math.min(NUMBERS, Math.max(number + 1, 2 * old)));
            Arrays.fill(byNumber, old, byNumber.length, -1);
        }
        if (byNumber[number] < 0) {
            byNumber[number] = skill;
        }
    }

    /**
     * @param self the index of the skill whose prerequisites these are
     * @return its resolved hard and soft prerequisites, without duplicates or itself; a group named
     *         as a prerequisite stands for its last skills (those no other skill of the group requires)
     */
    Resolved resolve(int self) {
        readNamesUpTo(self);
        Stated st = named.get(self);
        DistinctInts req = new DistinctInts();
        List<int[]> at = new ArrayList<>(st.hard().length);
        for (int k = 0; k < st.hard().length; k++) {
            int target = st.hard()[k];
            if (target >= 0) {
                if (target != self && req.add(target)) {
                    at.add(st.at()[k]);
                }
                continue;
            }
            for (int member : expand(target)) {
                if (member != self && req.add(member)) {
                    at.add(st.at()[k]);
                }
            }
        }
        DistinctInts rec = new DistinctInts();
        for (int t : st.soft()) {
            if (t >= 0) {
                rec.add(t);
                continue;
            }
            for (int target : expand(t)) {
                rec.add(target);
            }
        }
        List<SkillId> requires = new ArrayList<>(req.size());
        for (int i = 0; i < req.size(); i++) {
            requires.add(skillIds.get(req.get(i)));
        }
        List<SkillId> recommends = new ArrayList<>(rec.size());
        for (int i = 0; i < rec.size(); i++) {
            int target = rec.get(i);
            if (target != self && !req.contains(target)) {
                recommends.add(skillIds.get(target));
            }
        }
        return new Resolved(requires, at, recommends);
    }

    /**
     * The names one skill states, resolved to skills (index >= 0) or groups (-(group + 1)); {@code at}
     * holds where each hard one was named (one array per reference, shared by its targets, never changed).
     */
    private record Stated(int[] hard, int[][] at, int[] soft) {
    }

    private Stated stated(int self) {
        Draft d = drafts.get(self);
        IntList hard = new IntList();
        List<int[]> at = new ArrayList<>(d.requires.size());
        IntList soft = new IntList();
        for (Draft.Ref ref : d.requires) {
            String text = ref.name().strip();
            Optional<String> co = corequisite(text);
            if (co.isPresent()) {
                names(co.get(), self, ref, soft);
                continue;
            }
            int before = hard.size();
            names(text, self, ref, hard);
            int[] where = hard.size() > before ? new int[] {ref.line(), ref.column()} : null;
            for (int k = before; k < hard.size(); k++) {
                at.add(where);
            }
        }
        for (Draft.Ref ref : d.recommends) {
            names(corequisite(ref.name().strip()).orElse(ref.name()), self, ref, soft);
        }
        return new Stated(hard.toArray(), at.toArray(new int[0][]), soft.toArray());
    }

    /**
     * The names the skills up to {@code last} state, read in skill order as far as not yet read: a
     * skill's names are read when it is resolved (its draft at hand), and the warnings of the
     * unresolved ones come in skill order, as from one pass over all skills first.
     */
    private void readNamesUpTo(int last) {
        while (named.size() <= last) {
            named.add(stated(named.size()));
        }
    }

    /** Reads the names every skill states (those not yet read, in skill order), as the first resolve did before each skill was read at its own. */
    void readAllNames() {
        readNamesUpTo(drafts.size() - 1);
    }

    private List<Integer> expand(int target) {
        if (target >= 0) {
            return List.of(target);
        }
        int g = -target - 1;
        return sinks.computeIfAbsent(g, this::lastOfGroup);
    }

    /** @return the group's skills that no other skill of the group requires directly */
    private List<Integer> lastOfGroup(int g) {
        readAllNames();   // the group's members' names
        Section section = groupSections.get(g);
        Set<Integer> inner = new HashSet<>();
        IntList members = groupMembers.get(g);
        for (int k = 0; k < members.size(); k++) {
            for (int t : named.get(members.get(k)).hard()) {
                if (t >= 0 && within(drafts.get(t), section)) {
                    inner.add(t);
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < members.size(); k++) {
            if (!inner.contains(members.get(k))) {
                out.add(members.get(k));
            }
        }
        return out;
    }

    /** "corequisite: X" -> X */
    private Optional<String> corequisite(String text) {
        // lower-casing ASCII maps one character to one: an ASCII head starts with a label as its lower case does
        boolean ascii = listShortcut && asciiHead(text);
        if (ascii && (text.isEmpty() || (labelFirsts & 1L << (lowerAscii(text.charAt(0)) & 63)) == 0 && labelFirstsKnown)) {
            return Optional.empty();   // no label starts with the text's first letter lower-cased
        }
        String lower = ascii ? null : text.toLowerCase(Locale.ROOT);
        for (String label : coLabels) {
            if (ascii ? startsIgnoringAsciiCase(text, label) : lower.startsWith(label)) {
                String rest = Texts.trimLeading(text.substring(label.length()));
                if (!rest.isEmpty() && rest.length() < text.length()) {
                    return Optional.of(rest);
                }
            }
        }
        return Optional.empty();
    }

    /** @return whether the first {@link #longestLabel} characters of the text (all of a shorter one) are ASCII */
    private boolean asciiHead(String text) {
        for (int i = 0, n = Math.min(text.length(), longestLabel); i < n; i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** @return whether the ASCII head of the text lower-cased starts with the label */
    private static boolean startsIgnoringAsciiCase(String text, String label) {
        if (text.length() < label.length()) {
            return false;
        }
        for (int i = 0; i < label.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != label.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Adds the skills and groups (-(group + 1)) a reference's text names to {@code out}, in order; warns of the rest. */
    private void names(String text, int self, Draft.Ref ref, IntList out) {
        List<String> unresolved = new ArrayList<>();
        if (none.isNone(text)) {
            return;
        }
        int[] ids = plainList(text);
        if (ids != null) {
            resolveEach(text, ids, self, out, unresolved);
        } else {
            int whole = one(text, self);
            if (whole != NOTHING) {
                out.add(whole);
                return;
            }
            for (String piece : splitStrong(text)) {
                resolvePiece(piece, self, out, unresolved);
            }
        }
        for (String u : unresolved) {
            int at = ctx.line(ref.line()).indexOf(u, Math.max(0, ref.column() - 1));
            ctx.warn("unresolved-prerequisite", "prerequisite '" + u + "' of '" + drafts.get(self).title
                    + "' names no skill of this document; left out", ref.line(), at >= 0 ? at + 1 : ref.column());
        }
    }

    /**
     * Resolves a piece that does not name a skill as a whole: cuts it at ",", "/", " and " ... and
     * takes, from each position, the longest run of segments that names a skill ("Basics and
     * Pruning and Grafting" is "Basics" + "Pruning and Grafting"). Nothing resolving leaves the
     * whole piece unresolved; otherwise each segment left over is.
     */
    private void resolvePiece(String piece, int self, IntList out, List<String> unresolved) {
        if (none.isNone(piece)) {
            return;
        }
        int[] ids = listShortcut && !idWithComma ? IdList.tokens(piece) : null;
        if (ids != null && !anyRunMayBeNamed(piece, ids)) {
            resolveEach(piece, ids, self, out, unresolved);
            return;
        }
        List<int[]> segments = segments(piece);
        List<String> missing = new ArrayList<>();
        int found = 0;
        for (int i = 0; i < segments.size(); ) {
            int end = -1;
            int r = NOTHING;
            for (int j = Math.min(segments.size(), i + MAX_RUN) - 1; j >= i && end < 0; j--) {
                r = one(stripConjunction(piece.substring(segments.get(i)[0], segments.get(j)[1])), self);
                end = r == NOTHING ? -1 : j;
            }
            if (end < 0) {
                String alone = stripConjunction(piece.substring(segments.get(i)[0], segments.get(i)[1]).strip());
                if (!alone.isEmpty() && !none.isNone(alone)) {
                    missing.add(alone);
                }
                i++;
            } else {
                out.add(r);
                found++;
                i = end + 1;
            }
        }
        if (found == 0) {
            unresolved.add(Texts.collapse(piece));
        } else {
            unresolved.addAll(missing);
        }
    }

    /**
     * A text that is one list of plain items no run of which may name anything ("a-1, b-2"), as
     * {@link IdList#tokens} finds it: as a whole it names nothing ({@link #one} finds no id, as no id
     * holds a ","; no row number; no title or group, as the run of all its items may name none), it
     * has no strong separator, so {@link #splitStrong} leaves it one piece, and {@link #resolvePiece}
     * of that piece takes {@link #resolveEach}. The general path's lookups of the whole text are only
     * misses (its memo of the last miss changes no answer).
     *
     * @return the items' offsets, or null when the text takes the general path
     */
    private int[] plainList(String text) {
        if (!listShortcut || idWithComma) {
            return null;
        }
        int[] ids = IdList.tokens(text);   // items of letters, digits, "-", "_", "." only: no strong separator
        if (ids == null || anyRunMayBeNamed(text, ids)) {
            return null;
        }
        // the run of all items is among those tried when there are at most MAX_RUN of them
        if (ids.length / 2 <= MAX_RUN) {
            return ids;
        }
        return NameFilter.words(text, 0, text.length()) > mostWords() || !named().mayMatch(text) ? ids : null;
    }

    /**
     * Whether a run of two or more of the list's items may name a title or group (no id holds a ",",
     * and a run holds one, so it is no id and no row number): the runs {@link #resolvePiece} tries
     * first, from each item the longest of at most {@link #MAX_RUN}. A run with more words than any
     * title or group title ({@link NameFilter#mostWords}) names none, and the filter is not built for it.
     */
    private boolean anyRunMayBeNamed(String piece, int[] ids) {
        int items = ids.length / 2;
        int most = mostWords();
        int next = items > 0 ? NameFilter.words(piece, ids[0], ids[1]) : 0;
        for (int i = 0; i < items; i++) {
            int first = next;
            next = i + 1 < items ? NameFilter.words(piece, ids[2 * i + 2], ids[2 * i + 3]) : 0;
            if (first + next > most) {
                continue;   // every run from item i has more words than any name: it names nothing, the filter is not asked
            }
            for (int j = i + 1; j < Math.min(items, i + MAX_RUN); j++) {
                if (named().mayMatch(piece, ids[2 * i], ids[2 * j + 1])) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@link #resolvePiece} of a list of plain items no run of which names anything: each item is
     * looked up alone, and the unresolved ones are reported as the general path reports them.
     */
    private void resolveEach(String piece, int[] ids, int self, IntList out, List<String> unresolved) {
        List<String> missing = new ArrayList<>();
        int found = 0;
        for (int k = 0; k < ids.length; k += 2) {
            // an item is ASCII without spaces, separators at its ends or "`": what one(item) answers
            // for an id of another skill, found without cutting the item out or lower-casing a copy
            int known = byId.getAsciiLowerCase(piece, ids[k], ids[k + 1]);
            int r = known >= 0 && known != self ? known : one(piece.substring(ids[k], ids[k + 1]), self);
            if (r == NOTHING) {
                String item = piece.substring(ids[k], ids[k + 1]);
                if (!none.isNone(item)) {
                    missing.add(item);
                }
            } else {
                out.add(r);
                found++;
            }
        }
        if (found == 0) {
            unresolved.add(Texts.collapse(piece));
        } else {
            unresolved.addAll(missing);
        }
    }

    /** @return the [start, end) offsets of the piece's segments between weak separators and conjunctions */
    private List<int[]> segments(String piece) {
        List<int[]> out = new ArrayList<>();
        String lower = piece.toLowerCase(Locale.ROOT);
        int from = 0;
        for (int i = 0; i < lower.length(); i++) {
            int cut = 0;
            char ch = lower.charAt(i);
            if (WEAK.indexOf(ch) >= 0) {
                cut = 1;
            } else if (ch == ' ' || ch >= Texts.FIRST_CJK) {
                for (String pattern : cuts) {
                    if (lower.startsWith(pattern, i)) {
                        cut = pattern.length();
                        break;
                    }
                }
            }
            if (cut > 0) {
                addSegment(out, piece, from, i);
                from = i + cut;
                i = from - 1;
            }
        }
        addSegment(out, piece, from, piece.length());
        return out;
    }

    private static void addSegment(List<int[]> out, String piece, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(piece.charAt(i))) {
                out.add(new int[] {from, to});
                return;
            }
        }
    }

    private String stripConjunction(String raw) {
        String text = raw.strip();
        if (text.indexOf(' ') < 0) {
            return text;   // every lead ends in a space
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String c : leads) {
            if (lower.startsWith(c)) {
                return text.substring(c.length()).strip();
            }
        }
        return text;
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

    /** @return the text cut at the {@link #STRONG} separators, pieces stripped, empty ones left out */
    private static List<String> splitStrong(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isStrong(text.charAt(i))) {
                String p = text.substring(start, i).strip();
                if (!p.isEmpty()) {
                    out.add(p);
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static boolean isStrong(char c) {
        return c == '\n' || c == ';' || c == '；';
    }

    /** @return the matcher of skill titles, built on the first name not resolved by id: most documents name none */
    private NameMatcher titles() {
        if (titles == null) {
            titles = NameMatcher.of(names);
        }
        return titles;
    }

    private NameMatcher groups() {
        if (groups == null) {
            groups = NameMatcher.of(groupTitles);
        }
        return groups;
    }

    /** @return the most words a text that names a title or a group can have ({@link NameFilter#mostWords}) */
    int mostWords() {
        if (mostWords < 0 && allRead) {
            mostWords = Math.max(readMost, NameFilter.mostWords(groupTitles));   // each title's words counted as it was read
        }
        if (mostWords < 0) {
            List<String> all = new ArrayList<>(names.size() + groupTitles.size());
            all.addAll(names);
            all.addAll(groupTitles);
            mostWords = NameFilter.mostWords(all);
        }
        return mostWords;
    }

    /** @return the filter of titles and group titles: false only when {@code titles()} and {@code groups()} surely match nothing */
    private NameFilter named() {
        if (namedFilter == null) {
            List<String> all = new ArrayList<>(names.size() + groupTitles.size());
            all.addAll(names);
            all.addAll(groupTitles);
            namedFilter = NameFilter.of(all);
        }
        return namedFilter;
    }

    /**
     * @return the skill one name denotes (by id, title or row number), or a group heading as
     *         -(group + 1) (its skills), or {@link #NOTHING}
     */
    private int one(String raw, int self) {
        String n = Texts.trimSeparators(raw.strip());
        if (n.startsWith("`") && n.endsWith("`") && n.length() > 2) {
            n = n.substring(1, n.length() - 1);
        }
        if (n.isEmpty() || self == lastMissSelf && n.equals(lastMiss)) {
            return NOTHING;
        }
        int id = byId.get(n.toLowerCase(Locale.ROOT));
        Integer i = id < 0 ? null : id;
        boolean mayBeNamed = i == null && named().mayMatch(n);
        if (i == null && mayBeNamed) {
            i = titles().match(n).map(NameMatcher.Match::index).orElse(null);
        }
        if (i == null) {
            String digits = n.startsWith("#") ? n.substring(1) : n;
            if (!digits.isEmpty() && digits.length() < 6 && digits.chars().allMatch(Character::isDigit)) {
                int number = Integer.parseInt(digits);
                i = number < byNumber.length && byNumber[number] >= 0 ? byNumber[number] : null;
            }
        }
        if (i != null) {
            return i == self ? NOTHING : i;
        }
        Optional<NameMatcher.Match> g = mayBeNamed ? groups().match(n) : Optional.empty();
        if (g.isPresent()) {
            if (!within(drafts.get(self), groupSections.get(g.get().index()))) {
                return -g.get().index() - 1;
            }
        }
        lastMiss = n;
        lastMissSelf = self;
        return NOTHING;
    }
}
