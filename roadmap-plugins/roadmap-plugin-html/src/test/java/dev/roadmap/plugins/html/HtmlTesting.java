package dev.roadmap.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads the report back as a browser would (jsoup) and its SVG parts as strict XML. */
final class HtmlTesting {
    /** Where the report's stylesheet lives, on the class path. */
    static final String STYLESHEET = "/dev/roadmap/plugins/html/internal/report.css";
    /** What the golden file holds in place of the stylesheet. */
    static final String STYLESHEET_MARKER = "/* the stylesheet " + STYLESHEET + ", compared on its own */\n";

    private HtmlTesting() {
    }

    /**
     * Checks that the page inlines the stylesheet resource exactly once, whole, in its {@code <style>}
     * element, and returns the page with the stylesheet replaced by {@link #STYLESHEET_MARKER}: so a
     * golden file checks everything else without holding a second copy of the CSS.
     */
    static String withStylesheetMarked(String html) {
        String css;
        try (InputStream in = HtmlTesting.class.getResourceAsStream(STYLESHEET)) {
            assertThat(in).as(STYLESHEET + " on the class path").isNotNull();
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String inline = "<style>\n" + css + "</style>\n";
        assertThat(html.indexOf(inline)).as("the page inlines " + STYLESHEET).isPositive();
        assertThat(html.indexOf("<style", html.indexOf(inline) + 1)).as("one style element").isNegative();
        return html.replace(inline, "<style>\n" + STYLESHEET_MARKER + "</style>\n");
    }

    static Document parse(String html) {
        return Jsoup.parse(html);
    }

    /** @return each {@code <svg>...</svg>} of the raw output, exactly as written */
    static List<String> svgFragments(String html) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int start = html.indexOf("<svg", from);
            if (start < 0) {
                return out;
            }
            int end = html.indexOf("</svg>", start);
            assertThat(end).as("unclosed <svg> at " + start).isPositive();
            out.add(html.substring(start, end + "</svg>".length()));
            from = end;
        }
    }

    /** Parses a fragment as XML with DTDs refused, failing the test when it is not well-formed. */
    static org.w3c.dom.Document xml(String fragment) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(fragment.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("SVG is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Asserts the page can make no network request at all. */
    static void assertFetchesNothing(String html) {
        Document doc = parse(html);
        assertThat(doc.select("[src]")).as("src attributes").isEmpty();
        assertThat(doc.select("link, script, iframe, object, embed, img, video, audio, source, base")).isEmpty();
        assertThat(doc.select("[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("#"));
        for (Element style : doc.select("style")) {
            assertThat(style.data()).doesNotContain("@import").doesNotContain("url(").doesNotContain("@font-face");
        }
        assertThat(doc.select("[style]")).allSatisfy(e -> assertThat(e.attr("style")).doesNotContain("url("));
        assertThat(html).doesNotContain("http://").doesNotContain("https://");
        assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content")).startsWith("default-src 'none'");
    }
}
