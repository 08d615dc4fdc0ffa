package dev.roadmap.io.writing.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.roadmap.core.validate.Diagnostic;
import java.io.IOException;
import java.util.List;

/**
 * What the JSON writers of the formats (roadmap, plan, progress, validation reports) share: a document
 * body, a list as an array field with one value or object per item, and the head of a diagnostic.
 * Stateless.
 */
public final class JsonWriting {
    private JsonWriting() {
    }

    /** Writes the values of a document, or of one object's fields, with a generator. */
    @FunctionalInterface
    public interface Body {
        /**
         * @param g the generator, where the values go
         * @throws IOException when writing fails
         */
        void write(JsonGenerator g) throws IOException;
    }

    /**
     * Writes one item of an array.
     *
     * @param <T> the item type
     */
    @FunctionalInterface
    public interface Item<T> {
        /**
         * @param g    the generator, inside the array
         * @param item the item to write as one value
         * @throws IOException when writing fails
         */
        void write(JsonGenerator g, T item) throws IOException;
    }

    /**
     * Writes {@code "name": [...]}, an empty array for no items.
     *
     * @param g     the generator, inside an object
     * @param name  the field name
     * @param items the items, in order
     * @param item  how to write one item
     * @throws IOException when writing fails
     */
    public static <T> void array(JsonGenerator g, String name, List<? extends T> items, Item<T> item) throws IOException {
        g.writeArrayFieldStart(name);
        for (T t : items) {
            item.write(g, t);
        }
        g.writeEndArray();
    }

    /**
     * Writes {@code "name": [...]}, or nothing for no items (a field a format leaves out when empty).
     *
     * @param g     the generator, inside an object
     * @param name  the field name
     * @param items the items, in order
     * @param item  how to write one item
     * @throws IOException when writing fails
     */
    public static <T> void nonEmptyArray(JsonGenerator g, String name, List<? extends T> items, Item<T> item) throws IOException {
        if (!items.isEmpty()) {
            array(g, name, items, item);
        }
    }

    /**
     * Writes {@code "name": [{...}, ...]}, one object per item, an empty array for no items.
     *
     * @param g      the generator, inside an object
     * @param name   the field name
     * @param items  the items, in order
     * @param fields how to write the fields of one item's object
     * @throws IOException when writing fails
     */
    public static <T> void objects(JsonGenerator g, String name, List<? extends T> items, Item<T> fields) throws IOException {
        array(g, name, items, inObject(fields));
    }

    /**
     * Writes {@code "name": [{...}, ...]}, one object per item, or nothing for no items.
     *
     * @param g      the generator, inside an object
     * @param name   the field name
     * @param items  the items, in order
     * @param fields how to write the fields of one item's object
     * @throws IOException when writing fails
     */
    public static <T> void nonEmptyObjects(JsonGenerator g, String name, List<? extends T> items, Item<T> fields)
            throws IOException {
        nonEmptyArray(g, name, items, inObject(fields));
    }

    private static <T> Item<T> inObject(Item<T> fields) {
        return (g, item) -> {
            g.writeStartObject();
            fields.write(g, item);
            g.writeEndObject();
        };
    }

    /**
     * Writes what every JSON format says of a diagnostic first: its severity, code and message.
     *
     * @param g the generator, inside the diagnostic's object
     * @param d the diagnostic
     * @throws IOException when writing fails
     */
    public static void diagnosticHead(JsonGenerator g, Diagnostic d) throws IOException {
        g.writeStringField("severity", d.severity().id());
        g.writeStringField("code", d.code());
        g.writeStringField("message", d.message());
    }
}
