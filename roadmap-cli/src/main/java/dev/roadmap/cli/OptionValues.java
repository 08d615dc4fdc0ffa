package dev.roadmap.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Turns option values into the library's values, with usage errors that name the option: closed
 * word lists such as {@code --estimate low|mid|high} (matched without regard to case; the error
 * names every accepted word), and values a library factory refuses.
 */
final class OptionValues {
    private OptionValues() {
    }

    /**
     * @param option the option, for the error ({@code "--estimate"})
     * @param value  what the user gave
     * @param words  the accepted words, in the order the error lists them, with their meanings
     * @return the meaning of the word the value names
     * @throws CliException a usage error when the value is none of the words
     */
    @SafeVarargs
    static <T> T pick(String option, String value, Map.Entry<String, T>... words) {
        String word = value.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, T> w : words) {
            if (w.getKey().equals(word)) {
                return w.getValue();
            }
        }
        throw CliException.usage(option + ": expected " + alternatives(List.of(words)) + ", got '" + value + "'");
    }

    /**
     * Makes a value from an option, turning the factory's refusal into a usage error.
     *
     * @param option the option, for the error ({@code "--hours-per-week"})
     * @param make   the factory call, which throws {@link IllegalArgumentException} for a bad value
     * @return the value made
     * @throws CliException a usage error with the factory's message
     */
    static <T> T checked(String option, Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw CliException.usage(option + ": " + e.getMessage());
        }
    }

    /** {@code "a, b or c"}. */
    private static String alternatives(List<? extends Map.Entry<String, ?>> words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            s.append(i == 0 ? "" : i == words.size() - 1 ? " or " : ", ").append(words.get(i).getKey());
        }
        return s.toString();
    }
}
