package dev.roadmap.spi;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identity of a format provider: a stable id ({@code json}, {@code markdown}), a display
 * name and the file extensions it claims (without dots, lower case).
 *
 * @param id          stable format id: lower-case letters, digits and dashes
 * @param displayName human-readable name
 * @param extensions  file extensions, lower case, without the dot
 */
public record FormatDescriptor(String id, String displayName, List<String> extensions) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    /**
     * Validates and copies the components.
     * @param id stable format id: lower-case letters, digits and dashes
     * @param displayName human-readable name
     * @param extensions file extensions, lower case, without the dot
     */
    public FormatDescriptor {
        Objects.requireNonNull(id, "id must not be null");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("format id '" + id + "' must match " + ID.pattern());
        }
        Objects.requireNonNull(displayName, "displayName must not be null");
        extensions = Objects.requireNonNull(extensions, "extensions must not be null").stream()
                .map(e -> e.startsWith(".") ? e.substring(1) : e)
                .map(e -> e.toLowerCase(Locale.ROOT))
                .toList();
    }

    /**
     * @param id          format id
     * @param displayName display name
     * @param extensions  file extensions
     * @return the descriptor
     */
    public static FormatDescriptor of(String id, String displayName, String... extensions) {
        return new FormatDescriptor(id, displayName, List.of(extensions));
    }

    /**
     * @param fileName a file name or path
     * @return whether its extension is one of this format's
     */
    public boolean matchesFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(e -> lower.endsWith("." + e));
    }
}
