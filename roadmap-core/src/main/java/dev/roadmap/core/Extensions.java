package dev.roadmap.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Fields an importer did not recognise, kept so that a round trip loses nothing.
 *
 * <p>Each value is the field's raw JSON text (e.g. {@code {"a":1}} or {@code "x"}), in document
 * order. The core does not interpret them; the native JSON format writes them back verbatim.
 * Immutable and thread-safe.
 */
public final class Extensions {
    private static final Extensions EMPTY = new Extensions(Map.of());

    private final Map<String, String> fields;

    private Extensions(Map<String, String> fields) {
        this.fields = fields;
    }

    /** @return the empty set of extensions */
    public static Extensions empty() {
        return EMPTY;
    }

    /**
     * @param fields field name to raw JSON value text, in the order to keep
     * @return the extensions
     */
    public static Extensions of(Map<String, String> fields) {
        Objects.requireNonNull(fields, "fields must not be null");
        if (fields.isEmpty()) {
            return EMPTY;
        }
        Map<String, String> copy = new LinkedHashMap<>();
        fields.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "field name"), Objects.requireNonNull(v, "field value")));
        return new Extensions(Collections.unmodifiableMap(copy));
    }

    /** @return field name to raw JSON text, in document order, unmodifiable */
    public Map<String, String> asMap() {
        return fields;
    }

    /**
     * @param name field name
     * @return the raw JSON text of the field, if present
     */
    public Optional<String> get(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** @return whether there are none */
    public boolean isEmpty() {
        return fields.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Extensions other && fields.equals(other.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return fields.toString();
    }
}
