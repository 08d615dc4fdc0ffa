package dev.roadmap.io.schema;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas (draft 2020-12) of the native formats, as shipped inside this jar. Editors and
 * tools find them by the {@code $schema} URI in every exported document; programs that validate
 * documents themselves read them here (this works on the class path and on the module path).
 *
 * <p>{@code String json = Schemas.roadmap();}
 */
public final class Schemas {
    /** The file name of the {@code roadmap/1} schema. */
    public static final String ROADMAP_FILE = "roadmap-1.schema.json";
    /** The file name of the {@code roadmap-plan/1} schema. */
    public static final String PLAN_FILE = "roadmap-plan-1.schema.json";

    /** The file name of the {@code roadmap-progress/1} schema. */
    public static final String PROGRESS_FILE = "roadmap-progress-1.schema.json";
    /** The file name of the {@code roadmap-status/1} schema. */
    public static final String STATUS_FILE = "roadmap-status-1.schema.json";

    private Schemas() {
    }

    /** @return the schema of {@code roadmap/1} documents */
    public static String roadmap() {
        return read(ROADMAP_FILE);
    }

    /** @return the schema of {@code roadmap-plan/1} documents */
    public static String plan() {
        return read(PLAN_FILE);
    }

    /** @return the schema of {@code roadmap-progress/1} documents */
    public static String progress() {
        return read(PROGRESS_FILE);
    }

    /** @return the schema of {@code roadmap-status/1} documents */
    public static String status() {
        return read(STATUS_FILE);
    }

    private static String read(String file) {
        try (InputStream in = Schemas.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("schema " + file + " is missing from the roadmap-io jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
