package dev.roadmap.io.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Writes numbers the same way on every platform: never in exponent notation, whole numbers without
 * a fraction where the format allows it. Stateless.
 */
public final class JsonNumbers {
    private static final double MAX_EXACT = 1e15;

    private JsonNumbers() {
    }

    /**
     * Writes a value exactly: whole numbers as integers ({@code 10}), others in their shortest
     * decimal form ({@code 2.5}), so that reading them back gives the same {@code double}.
     *
     * @param g     the generator
     * @param value a finite number
     * @throws IOException when writing fails
     */
    public static void exact(JsonGenerator g, double value) throws IOException {
        requireFinite(value);
        if (value == Math.rint(value) && Math.abs(value) < MAX_EXACT) {
            g.writeNumber((long) value);
        } else {
            g.writeNumber(BigDecimal.valueOf(value).toPlainString());
        }
    }

    /**
     * Writes a map as an object of exact numbers, in the map's order.
     *
     * @param g      the generator
     * @param values name to finite number
     * @throws IOException when writing fails
     */
    public static void exactObject(JsonGenerator g, Map<String, Double> values) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            g.writeFieldName(e.getKey());
            exact(g, e.getValue());
        }
        g.writeEndObject();
    }

    /**
     * Writes hours rounded to two decimals, always with a fraction ({@code 10.0}, {@code 3.33}).
     *
     * @param g     the generator
     * @param value a finite number of hours
     * @throws IOException when writing fails
     */
    public static void hours(JsonGenerator g, double value) throws IOException {
        requireFinite(value);
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.scale() < 1) {
            rounded = rounded.setScale(1, RoundingMode.UNNECESSARY);
        }
        g.writeNumber(rounded.toPlainString());
    }

    /**
     * Writes {@code "name": hours}, the hours as {@link #hours(JsonGenerator, double)} writes them.
     *
     * @param g     the generator, inside an object
     * @param name  the field name
     * @param value the hours
     * @throws IOException when writing fails
     */
    public static void hoursField(JsonGenerator g, String name, double value) throws IOException {
        g.writeFieldName(name);
        hours(g, value);
    }

    private static void requireFinite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("cannot write " + value + " as a JSON number");
        }
    }
}
