package dev.roadmap.plugins.html.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The report's inline stylesheet (system fonts only, light and dark schemes, print-friendly). It is
 * kept as a CSS file, {@value #RESOURCE}, so it is edited, linted and reviewed as CSS, and read once
 * from the plugin's jar.
 */
final class Stylesheet {
    /** Class-path location of the stylesheet, relative to this class. */
    static final String RESOURCE = "report.css";

    /** The stylesheet's text: UTF-8, ends with a line break. */
    static final String CSS = load();

    private Stylesheet() {
    }

    private static String load() {
        try (InputStream in = Stylesheet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the html plugin's jar lacks its stylesheet " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the html plugin's stylesheet " + RESOURCE, e);
        }
    }
}
