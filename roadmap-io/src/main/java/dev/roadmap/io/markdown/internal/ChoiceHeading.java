package dev.roadmap.io.markdown.internal;

import java.util.Optional;

/**
 * The heading the Markdown exporter writes above the skills of one option of a choice, and reads
 * back: {@code Choice path: After the basics / option a: Integration (default)}. Ids contain no
 * whitespace, so the first {@code ": "} after each id ends it; the last {@code " / option "}
 * separates the choice from the option. Stateless and thread-safe.
 *
 * @param choiceId    the choice's id
 * @param choiceTitle the choice's title
 * @param optionId    the option's id
 * @param optionTitle the option's title
 * @param isDefault   whether the option is the choice's default
 */
public record ChoiceHeading(String choiceId, String choiceTitle, String optionId, String optionTitle, boolean isDefault) {
    private static final String PREFIX = "Choice ";
    private static final String OPTION = " / option ";
    private static final String DEFAULT = " (default)";
    /** The heading that ends an option's section when more skills of the enclosing group follow. */
    public static final String CONTINUED = "(continued)";

    /**
     * @param escape how titles are escaped for Markdown
     * @return the heading text (without the {@code #} marks)
     */
    public String format(java.util.function.UnaryOperator<String> escape) {
        return PREFIX + escape.apply(choiceId) + ": " + escape.apply(choiceTitle) + OPTION + escape.apply(optionId) + ": "
                + escape.apply(optionTitle) + (isDefault ? DEFAULT : "");
    }

    /**
     * @param text a heading as read (Markdown escapes resolved)
     * @return the choice and option it names, when it is in the exporter's form
     */
    public static Optional<ChoiceHeading> parse(String text) {
        if (!text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        boolean isDefault = text.endsWith(DEFAULT);
        String body = text.substring(PREFIX.length(), text.length() - (isDefault ? DEFAULT.length() : 0));
        int split = body.lastIndexOf(OPTION);
        if (split < 0) {
            return Optional.empty();
        }
        String[] choice = idAndTitle(body.substring(0, split));
        String[] option = idAndTitle(body.substring(split + OPTION.length()));
        if (choice == null || option == null) {
            return Optional.empty();
        }
        return Optional.of(new ChoiceHeading(choice[0], choice[1], option[0], option[1], isDefault));
    }

    private static String[] idAndTitle(String part) {
        int colon = part.indexOf(": ");
        if (colon <= 0) {
            return null;
        }
        String id = part.substring(0, colon);
        for (int i = 0; i < id.length(); i++) {
            if (Character.isWhitespace(id.charAt(i))) {
                return null;
            }
        }
        return new String[] {id, part.substring(colon + 2)};
    }
}
