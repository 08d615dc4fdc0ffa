package dev.roadmap.io.markdown.internal;

import dev.roadmap.io.table.internal.PhraseScan;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;

/**
 * Recognises alternatives: "Option A", "Path B", "Вариант B", "Путь А", "方案一", and the
 * "instead of 5–6" / "вместо 5–6" phrasing that names the skills an option replaces; "choose one of
 * the following" menus; and optional parts ("(optional)", electives, "everything below this point
 * is optional"), whatever reader (table, list, outline) made the units they apply to.
 */
public final class OptionMarkers {
    private static final List<String> WORDS = List.of("option", "path", "variant", "alternative",
            "вариант", "путь", "альтернатива");
    private static final String CN_WORD = "方案";
    /** The words of {@link Phrases#OPTIONAL}, each after a space (a title ending in " optional"). */
    private static final List<String> SPACED_OPTIONAL = Phrases.OPTIONAL.stream().map(w -> " " + w).toList();
    private static final PhraseScan OPTIONAL_ANYWHERE = PhraseScan.of(Phrases.OPTIONAL, w -> true);
    /** Tests on the text as written that must pass before the lower-cased copies are made and matched. */
    private static final PhrasePrefilter OPTIONAL_MAY_OCCUR = PhrasePrefilter.of(Phrases.OPTIONAL);
    private static final PhrasePrefilter CHOOSE_ONE_MAY_OCCUR = PhrasePrefilter.of(Phrases.CHOOSE_ONE);
    private static final PhrasePrefilter MEANING_MAY_OCCUR = PhrasePrefilter.of(Phrases.CHOOSE_ONE, Phrases.MENU_OPTIONAL, Phrases.OPTIONAL);
    private static final PhrasePrefilter FROM_HERE_ON_MAY_OCCUR = PhrasePrefilter.of(Phrases.FROM_HERE_ON);
    private static final String CN_NUMERALS = "一二三四五六七八九";
    private static final String CYR_LETTERS = "абвгдежзик";
    private static final String LAT_FOR_CYR = "abvgdezzik";

    /**
     * @param key   normalised option key: a lower-case Latin letter or a number ("a", "b", "1")
     * @param label the marker as written ("Путь А")
     * @param start index of the marker in the text
     */
    public record Marker(String key, String label, int start) {
    }

    private OptionMarkers() {
    }

    /**
     * @param text a line of text
     * @return the first option marker in it
     */
    public static Optional<Marker> find(String text) {
        String lower = Texts.lowerKeepingIndexes(text);
        int cn = lower.indexOf(CN_WORD);
        if (cn >= 0 && cn + 2 < lower.length()) {
            char c = lower.charAt(cn + 2);
            int numeral = CN_NUMERALS.indexOf(c);
            String key = numeral >= 0 ? String.valueOf((char) ('a' + numeral)) : c >= 'a' && c <= 'z' ? String.valueOf(c) : null;
            if (key != null) {
                return Optional.of(new Marker(key, text.substring(cn, cn + 3), cn));
            }
        }
        for (String word : WORDS) {
            int at = Keywords.indexOfWord(lower, word);
            while (at >= 0) {
                int i = at + word.length();
                if (i + 1 < lower.length() && lower.charAt(i) == ' ') {
                    char c = lower.charAt(i + 1);
                    boolean single = i + 2 >= lower.length() || !Character.isLetterOrDigit(lower.charAt(i + 2));
                    String key = null;
                    if (single && c >= 'a' && c <= 'z') {
                        key = String.valueOf(c);
                    } else if (single && CYR_LETTERS.indexOf(c) >= 0) {
                        key = String.valueOf(LAT_FOR_CYR.charAt(CYR_LETTERS.indexOf(c)));
                    } else if (single && c >= '1' && c <= '9') {
                        key = String.valueOf((char) ('a' + (c - '1')));
                    }
                    if (key != null) {
                        return Optional.of(new Marker(key, text.substring(at, i + 2), at));
                    }
                }
                at = findFrom(lower, word, at + 1);
            }
        }
        return Optional.empty();
    }

    private static int findFrom(String lower, String word, int from) {
        int i = lower.indexOf(word, from);
        while (i >= 0) {
            if (i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1))) {
                return i;
            }
            i = lower.indexOf(word, i + 1);
        }
        return -1;
    }

    /**
     * @param text a line of text
     * @return the range of item numbers named by "instead of N–M" ({@code [N, M]}), if any
     */
    public static Optional<int[]> insteadOf(String text) {
        String lower = Texts.lowerKeepingIndexes(text);
        for (String w : Keywords.INSTEAD) {
            int at = Keywords.indexOfWord(lower, w);
            if (at < 0) {
                continue;
            }
            int i = at + w.length();
            while (i < lower.length() && (lower.charAt(i) == ' ' || lower.charAt(i) == '#')) {
                i++;
            }
            int s = i;
            while (i < lower.length() && Character.isDigit(lower.charAt(i)) && i - s < 4) {
                i++;
            }
            if (i == s) {
                continue;
            }
            int first = Integer.parseInt(lower.substring(s, i));
            int last = first;
            while (i < lower.length() && lower.charAt(i) == ' ') {
                i++;
            }
            if (i < lower.length() && "-–—~".indexOf(lower.charAt(i)) >= 0) {
                int k = i + 1;
                while (k < lower.length() && lower.charAt(k) == ' ') {
                    k++;
                }
                int s2 = k;
                while (k < lower.length() && Character.isDigit(lower.charAt(k)) && k - s2 < 4) {
                    k++;
                }
                if (k > s2) {
                    last = Integer.parseInt(lower.substring(s2, k));
                }
            }
            if (last >= first) {
                return Optional.of(new int[] {first, last, at});
            }
        }
        return Optional.empty();
    }

    /**
     * Marks optional units and "choose one" menus. Runs after all units are read; {@code drafts} is
     * sorted by line. Linear in the document plus a binary search per marker.
     */
    static void markMeaning(Section root, List<Draft> drafts, ReadContext ctx) {
        if (drafts.isEmpty()) {
            return;
        }
        int fromLine = optionalFromLine(ctx, drafts.get(0).line);
        for (Draft d : drafts) {
            boolean titled = titleSaysOptional(d);
            if (titled || d.line > fromLine || sectionSaysOptional(d)) {
                d.optional = true;
            }
        }
        for (Section s : root.preOrder()) {
            byte[] meaning = new byte[s.blocks.size()];
            if (s.heading != null && !s.title && introSaysOptional(s, meaning)) {
                int[] range = {s.line, endLine(s)};
                for (int i = firstAtOrAfter(drafts, range[0]); i < drafts.size() && drafts.get(i).line <= range[1]; i++) {
                    drafts.get(i).optional |= under(drafts.get(i), s) && drafts.get(i).menu == null;
                }
            }
            // the exporter's own choice headings ("Choice pick: Pick one / option x: …") are read by ExportedShapes
            if (s.heading != null && CHOOSE_ONE_MAY_OCCUR.mayOccurIn(s.text)
                    && Phrases.mentions(s.text.toLowerCase(Locale.ROOT), Phrases.CHOOSE_ONE) && ChoiceHeading.parse(s.text).isEmpty()
                    && !s.text.equals(ChoiceHeading.CONTINUED)) {
                int[] range = {s.line, endLine(s)};
                menu(drafts, range, s, new Draft.Menu(Texts.stripSymbols(s.text), s.line, s.column));
            }
            for (int b = 0; b + 1 < s.blocks.size(); b++) {
                if (!(s.blocks.get(b) instanceof Paragraph p)) {
                    continue;
                }
                Node next = s.blocks.get(b + 1);
                if (!(next instanceof ListBlock || next instanceof TableBlock)) {
                    continue;
                }
                if (!mayMean(p, b, meaning)) {
                    continue;   // neither a menu nor an optional part
                }
                String text = Texts.collapse(Inlines.text(p));
                String lower = text.toLowerCase(Locale.ROOT);
                int[] range = {lineOf(next, true), lineOf(next, false)};
                if (Phrases.mentions(lower, Phrases.CHOOSE_ONE)) {
                    int[] pos = Inlines.position(p, new int[] {s.line, 1});
                    menu(drafts, range, null, new Draft.Menu(shorten(Texts.trimSeparators(text)), pos[0], pos[1]));
                } else if (Phrases.mentions(lower, Phrases.MENU_OPTIONAL) || Phrases.mentions(lower, Phrases.OPTIONAL)) {
                    for (int i = firstAtOrAfter(drafts, range[0]); i < drafts.size() && drafts.get(i).line <= range[1]; i++) {
                        drafts.get(i).optional = true;
                    }
                }
            }
        }
    }

    /**
     * The paragraphs right under a heading, before its first list, table or sub-heading, say that what
     * follows is elective ("students should choose a subset of courses … based on interest").
     */
    private static boolean introSaysOptional(Section s, byte[] meaning) {
        for (int b = 0; b < s.blocks.size(); b++) {
            if (!(s.blocks.get(b) instanceof Paragraph p)) {
                return false;
            }
            if (mayMean(p, b, meaning)
                    && Phrases.mentions(Texts.collapse(Inlines.text(p)).toLowerCase(Locale.ROOT), Phrases.MENU_OPTIONAL)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a phrase of a menu or an optional part may occur in the paragraph (block {@code b} of its
     * section), asked once per paragraph: {@code meaning[b]} is 0 before, then 1 (may) or 2 (cannot).
     */
    private static boolean mayMean(Paragraph p, int b, byte[] meaning) {
        if (meaning[b] == 0) {
            meaning[b] = MEANING_MAY_OCCUR.mayOccurIn(Inlines.text(p)) ? (byte) 1 : (byte) 2;
        }
        return meaning[b] == 1;
    }

    /** The units in the range (under {@code home} when given) become the options of one choice, when there are two or more. */
    private static void menu(List<Draft> drafts, int[] range, Section home, Draft.Menu menu) {
        int first = firstAtOrAfter(drafts, range[0]);
        int count = 0;
        for (int i = first; i < drafts.size() && drafts.get(i).line <= range[1]; i++) {
            if (drafts.get(i).optionKey == null && drafts.get(i).menu == null && (home == null || under(drafts.get(i), home))) {
                count++;
            }
        }
        if (count < 2) {
            return;
        }
        for (int i = first; i < drafts.size() && drafts.get(i).line <= range[1]; i++) {
            Draft d = drafts.get(i);
            if (d.optionKey == null && d.menu == null && (home == null || under(d, home))) {
                d.menu = menu;
            }
        }
    }

    private static boolean under(Draft d, Section s) {
        for (Section h = d.home; h != null; h = h.parent) {
            if (h == s) {
                return true;
            }
        }
        return false;
    }

    private static int firstAtOrAfter(List<Draft> drafts, int line) {
        int lo = 0;
        int hi = drafts.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (drafts.get(mid).line < line) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * "Everything below this point is optional" (in any block, code blocks included): the line after
     * which all is optional. A marker before the first unit (in a table of contents that announces the
     * optional part) does not count: everything would be optional.
     */
    private static int optionalFromLine(ReadContext ctx, int firstUnit) {
        for (int l = firstUnit + 1; l <= ctx.lineCount(); l++) {
            if (!FROM_HERE_ON_MAY_OCCUR.mayOccurIn(ctx.text(), ctx.lineStart(l), ctx.lineEnd(l))) {
                continue;
            }
            String lower = ctx.line(l).toLowerCase(Locale.ROOT);
            if (Phrases.mentions(lower, Phrases.FROM_HERE_ON)
                    && (Phrases.mentions(lower, Phrases.OPTIONAL) || Phrases.mentions(ctx.line(l + 1).toLowerCase(Locale.ROOT), Phrases.OPTIONAL))) {
                return l;
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * @param t a title
     * @return false when {@link #titleSaysOptional} of a draft with this title surely answers false
     *         and leaves the title as it is: it has no "(...)" and no optional word may occur in it
     */
    static boolean titleMaySayOptional(String t) {
        int open = Math.max(t.lastIndexOf('('), t.lastIndexOf('（'));
        int close = Math.max(t.lastIndexOf(')'), t.lastIndexOf('）'));
        return open >= 0 && close > open || OPTIONAL_MAY_OCCUR.mayOccurIn(t);
    }

    /** "Docker (optional)", "Optional: Rust", "Kubernetes — опционально": optional; the marker leaves the title. */
    static boolean titleSaysOptional(Draft d) {
        String t = d.title;
        if (t == d.readTitle && d.readQuiet) {
            return false;   // the table reader found it says nothing of the kind
        }
        int open = Math.max(t.lastIndexOf('('), t.lastIndexOf('（'));
        int close = Math.max(t.lastIndexOf(')'), t.lastIndexOf('）'));
        if (open >= 0 && close > open && Phrases.mentions(t.substring(open + 1, close).toLowerCase(Locale.ROOT), Phrases.OPTIONAL)) {
            String rest = Texts.trimSeparators(t.substring(0, open) + t.substring(close + 1));
            d.title = rest.isEmpty() ? t : rest;
            return true;
        }
        if (!OPTIONAL_MAY_OCCUR.mayOccurIn(t)) {
            return false;
        }
        String lower = Texts.lowerKeepingIndexes(t);
        if (!OPTIONAL_ANYWHERE.occursIn(lower)) {
            return false;   // each test below needs one of the words somewhere in the title
        }
        for (int k = 0; k < Phrases.OPTIONAL.size(); k++) {
            String w = Phrases.OPTIONAL.get(k);
            if (lower.startsWith(w) && lower.length() > w.length() && ":：-—–".indexOf(lower.charAt(w.length())) >= 0
                    || lower.endsWith(SPACED_OPTIONAL.get(k)) || (Texts.isCjk(w.codePointAt(0)) && lower.endsWith(w))) {
                // a title that is the word alone ("选修") keeps it: nothing follows the word to cut off
                String rest = lower.startsWith(w) ? t.substring(Math.min(t.length(), w.length() + 1)) : t.substring(0, t.length() - w.length());
                rest = Texts.trimSeparators(rest);
                d.title = rest.isEmpty() ? t : rest;
                return true;
            }
        }
        return false;
    }

    /** A heading above the unit (not its own) that says optional or elective. */
    private static boolean sectionSaysOptional(Draft d) {
        for (Section s = d.home; s != null; s = s.parent) {
            if (s.heading != null && s.skill != d && s.headingSaysOptional()) {
                return true;
            }
        }
        return false;
    }

    private static int endLine(Section s) {
        int end = s.line;
        for (Section d : s.preOrder()) {
            end = Math.max(end, d.line);
            for (Node b : d.blocks) {
                end = Math.max(end, lineOf(b, false));
            }
        }
        return end;
    }

    /** @return the 1-based first or last line of a block */
    static int lineOf(Node block, boolean first) {
        List<SourceSpan> spans = block.getSourceSpans();
        if (spans == null || spans.isEmpty()) {
            return block instanceof Heading ? 0 : Integer.MAX_VALUE - 1;
        }
        return spans.get(first ? 0 : spans.size() - 1).getLineIndex() + 1;
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
