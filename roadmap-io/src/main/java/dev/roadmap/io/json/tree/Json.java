package dev.roadmap.io.json.tree;

import dev.roadmap.core.SourceLocation;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON value read into memory with the place it starts at, so that every remark about a node or an
 * edge can name its line and column as well as its path. Immutable once built by {@link JsonTreeReader}.
 *
 * @param kind     what kind of value
 * @param scalar   the text of a string, the literal text of a number or boolean; null otherwise
 * @param fields   an object's fields in document order (empty for other kinds)
 * @param elements an array's elements (empty for other kinds)
 * @param location where the value starts
 */
public record Json(Kind kind, String scalar, Map<String, Json> fields, List<Json> elements, SourceLocation location) {

    /** The kinds of JSON value. */
    public enum Kind {
        /** An object. */
        OBJECT,
        /** An array. */
        ARRAY,
        /** A string. */
        STRING,
        /** A number. */
        NUMBER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** {@code null}. */
        NULL
    }

    /**
     * Wraps the collections read-only.
     *
     * @param kind what kind of value
     * @param scalar the text of a string, the literal text of a number or boolean; null otherwise
     * @param fields an object's fields in document order (empty for other kinds)
     * @param elements an array's elements (empty for other kinds)
     * @param location where the value starts
     */
    public Json {
        fields = Collections.unmodifiableMap(fields);
        elements = Collections.unmodifiableList(elements);
    }

    /** @return whether this is an object */
    public boolean isObject() {
        return kind == Kind.OBJECT;
    }

    /** @return whether this is an array */
    public boolean isArray() {
        return kind == Kind.ARRAY;
    }

    /**
     * @param name field name
     * @return the field of an object; empty for a missing field, {@code null} value or a non-object
     */
    public Optional<Json> get(String name) {
        Json v = fields.get(name);
        return v == null || v.kind == Kind.NULL ? Optional.empty() : Optional.of(v);
    }

    /**
     * @param name field name
     * @return the field as an object, when it is one
     */
    public Optional<Json> object(String name) {
        return get(name).filter(Json::isObject);
    }

    /**
     * @param name field name
     * @return the field's elements when it is an array, else an empty list
     */
    public List<Json> array(String name) {
        return get(name).filter(Json::isArray).map(Json::elements).orElse(List.of());
    }

    /**
     * @param name field name
     * @return the field as text when it is a string, number or boolean
     */
    public Optional<String> text(String name) {
        return get(name).filter(v -> v.scalar != null).map(Json::scalar);
    }

    /**
     * @param name field name
     * @return the field as a number when it is a number or a string holding one
     */
    public Optional<Double> number(String name) {
        return text(name).flatMap(t -> {
            try {
                double d = Double.parseDouble(t.trim());
                return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
