package dev.roadmap.io.markdown.internal;

/**
 * Recognises the commonest prerequisite text of a table, a plain list of ids or short names:
 * "skill-3, skill-0, skill-2". Its items are ASCII letters, digits, "-", "_" and ".", each starting
 * and ending with a letter or digit, separated by "," and at most one space after it. In such a
 * text the only place {@link PrerequisiteResolver} cuts is at the commas (it has no ";", no line
 * break, no "/" and no conjunction between spaces), an item is a segment as it cuts it, and
 * stripping spaces, separators and a leading conjunction leaves an item as it is. Stateless.
 */
final class IdList {
    private IdList() {
    }

    /**
     * @param text a stripped piece of prerequisite text
     * @return the [start, end) offsets of its items, two ints per item, when it is such a list of
     *         two or more items; otherwise null
     */
    static int[] tokens(String text) {
        int items = 1;
        for (int i = 0; i < text.length(); i++) {
            items += text.charAt(i) == ',' ? 1 : 0;
        }
        if (items < 2) {
            return null;
        }
        int[] out = new int[2 * items];
        int k = 0;
        int i = 0;
        while (true) {
            int start = i;
            while (i < text.length() && isItemChar(text.charAt(i))) {
                i++;
            }
            if (i == start || !isAlnum(text.charAt(start)) || !isAlnum(text.charAt(i - 1))) {
                return null;
            }
            out[k++] = start;
            out[k++] = i;
            if (i == text.length()) {
                return k == out.length ? out : null;
            }
            if (text.charAt(i) != ',') {
                return null;
            }
            i++;
            if (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
        }
    }

    private static boolean isItemChar(char c) {
        return isAlnum(c) || c == '-' || c == '_' || c == '.';
    }

    private static boolean isAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
