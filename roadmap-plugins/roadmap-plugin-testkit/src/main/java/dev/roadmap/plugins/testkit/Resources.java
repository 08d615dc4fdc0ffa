package dev.roadmap.plugins.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Test resources read as UTF-8 text from the test class path, e.g.
 * {@code Resources.text("/case/framework.json")} for {@code src/test/resources/case/framework.json}.
 */
public final class Resources {

    private Resources() {
    }

    /**
     * Reads a resource that the test needs.
     *
     * @param path the resource's path on the class path, with or without a leading {@code /}
     * @return its text
     * @throws IllegalStateException when the resource is not on the class path
     */
    public static String text(String path) {
        return find(path).orElseThrow(() -> new IllegalStateException("missing test resource " + path));
    }

    /**
     * Reads a resource that may be absent.
     *
     * @param path the resource's path on the class path, with or without a leading {@code /}
     * @return its text, or empty when it is not on the class path
     */
    public static Optional<String> find(String path) {
        String name = path.startsWith("/") ? path.substring(1) : path;
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ClassLoader loader = context != null ? context : Resources.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read test resource " + path, e);
        }
    }
}
