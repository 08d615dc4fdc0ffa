package dev.roadmap.spi;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Options for one import or export call, as a typed-key map: a provider declares the {@link Key}s it
 * reads (for example {@code RoadmapShImporter.EFFORTS} or {@code HtmlPlanExporter.TODAY}) and callers
 * pass values per call, so no provider reads global state such as system properties. A provider
 * ignores keys it does not know.
 *
 * <p>A value is either of the key's type or, as given on a command line, text that the key parses
 * when the provider asks for it ({@link Builder#setText(String, String)}); a caller that does not
 * have the provider's class on its compile path can still set its options by id. Keys are equal
 * when their ids are.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * FormatOptions options = FormatOptions.builder().set(HtmlPlanExporter.TODAY, LocalDate.of(2027, 2, 1)).build();
 * String html = exporter.writeToString(plan, roadmap, options);
 * }</pre>
 */
public final class FormatOptions {
    private static final FormatOptions NONE = new FormatOptions(Map.of());

    private final Map<String, Object> values;

    private FormatOptions(Map<String, Object> values) {
        this.values = values;
    }

    /** @return options that set nothing: every provider uses its defaults */
    public static FormatOptions none() {
        return NONE;
    }

    /** @return a builder starting empty */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.values.putAll(values);
        return b;
    }

    /**
     * @param key a provider's key
     * @param <T> the value type
     * @return the value set for the key, parsed from text when it was set as text
     * @throws InvalidOptionException when the value was set as text the key cannot parse; the
     *                                message names the key
     */
    public <T> Optional<T> get(Key<T> key) {
        Objects.requireNonNull(key, "key must not be null");
        Object value = values.get(key.id());
        if (value == null) {
            return Optional.empty();
        }
        if (key.type().isInstance(value)) {
            return Optional.of(key.type().cast(value));
        }
        if (value instanceof Text text) {
            try {
                return Optional.of(key.parse(text.value()));
            } catch (RuntimeException e) {
                // The key's parser is provider code and may signal bad text with any runtime exception
                // (DateTimeParseException, NumberFormatException, ...): each becomes this option's error.
                throw new InvalidOptionException(key.id(), "option " + key.id() + "=" + text.value() + ": " + e.getMessage(), e);
            }
        }
        throw new InvalidOptionException(key.id(), "option " + key.id() + " holds a " + value.getClass().getName()
                + ", not a " + key.type().getName(), null);
    }

    /** @return the ids of the options set, sorted */
    public java.util.Set<String> ids() {
        return values.keySet();
    }

    /** @return whether no option is set */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * @param overrides options that win over these
     * @return these options with {@code overrides} laid over them
     */
    public FormatOptions with(FormatOptions overrides) {
        Objects.requireNonNull(overrides, "overrides must not be null");
        if (overrides.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return overrides;
        }
        Builder b = toBuilder();
        b.values.putAll(overrides.values);
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FormatOptions other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }

    /** A value given as text, parsed by the key when read. */
    private record Text(String value) {
        @Override
        public String toString() {
            return value;
        }
    }

    /**
     * The name and type of one option. Providers declare their keys as constants; ids are lower-case,
     * dotted, and start with the provider's format id ({@code html.today}).
     *
     * @param <T> the value type
     */
    public static final class Key<T> {
        private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

        private final String id;
        private final Class<T> type;
        private final Function<String, T> parser;

        private Key(String id, Class<T> type, Function<String, T> parser) {
            this.id = Objects.requireNonNull(id, "id must not be null");
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException("option id '" + id + "' must be dotted lower-case words, e.g. html.today");
            }
            this.type = Objects.requireNonNull(type, "type must not be null");
            this.parser = Objects.requireNonNull(parser, "parser must not be null");
        }

        /**
         * @param id     the option's id, e.g. {@code html.today}
         * @param type   the value type
         * @param parser reads the value from text (for options set by id, e.g. on a command line);
         *               throws {@link IllegalArgumentException} or another runtime exception on bad text
         * @param <T>    the value type
         * @return the key
         */
        public static <T> Key<T> of(String id, Class<T> type, Function<String, T> parser) {
            return new Key<>(id, type, parser);
        }

        /**
         * @param id the option's id
         * @return a key whose value is text, taken as given
         */
        public static Key<String> ofText(String id) {
            return new Key<>(id, String.class, Function.identity());
        }

        /** @return the option's id */
        public String id() {
            return id;
        }

        /** @return the value type */
        public Class<T> type() {
            return type;
        }

        /**
         * @param text the value as text
         * @return the value
         */
        public T parse(String text) {
            return Objects.requireNonNull(parser.apply(text), "parser returned null");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key<?> k && id.equals(k.id);
        }

        @Override
        public int hashCode() {
            return id.hashCode();
        }

        @Override
        public String toString() {
            return id;
        }
    }

    /** Mutable builder of {@link FormatOptions}; not thread-safe. */
    public static final class Builder {
        private final Map<String, Object> values = new TreeMap<>();

        private Builder() {
        }

        /**
         * @param key   the option
         * @param value its value
         * @param <T>   the value type
         * @return this
         */
        public <T> Builder set(Key<T> key, T value) {
            Objects.requireNonNull(key, "key must not be null");
            values.put(key.id(), key.type().cast(Objects.requireNonNull(value, "value must not be null")));
            return this;
        }

        /**
         * Sets an option by id from text, for callers that do not hold the provider's key (a command
         * line); the provider's key parses the text when it reads the option.
         *
         * @param id   the option's id
         * @param text the value as text
         * @return this
         * @throws IllegalArgumentException when the id is not an option id
         */
        public Builder setText(String id, String text) {
            Key.ofText(id);
            values.put(id, new Text(Objects.requireNonNull(text, "text must not be null")));
            return this;
        }

        /** @return the options */
        public FormatOptions build() {
            return values.isEmpty() ? NONE : new FormatOptions(Collections.unmodifiableMap(new TreeMap<>(values)));
        }
    }
}
