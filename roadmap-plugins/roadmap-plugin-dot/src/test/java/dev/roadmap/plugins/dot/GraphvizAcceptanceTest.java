package dev.roadmap.plugins.dot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.Roadmap;
import dev.roadmap.plugins.testkit.SampleRoadmaps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Renders the output with Graphviz itself; skipped where {@code dot} is not installed. */
@Timeout(120)
class GraphvizAcceptanceTest {
    private final DotExporter exporter = new DotExporter();

    @BeforeAll
    static void needsGraphviz() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Graphviz.available(), "Graphviz dot is not on the PATH");
    }

    @Test
    void graphvizRendersTheSampleRoadmapWithoutComplaint() throws Exception {
        Graphviz.Result result = Graphviz.renderSvg(exporter.writeToString(SampleRoadmaps.sample()));
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stderr()).isEmpty();
        assertThat(result.svg()).contains("<svg", "Python basics", "cluster_0", "cluster_1");
    }

    @Test
    void graphvizRendersHostileTitlesAsWritten() throws Exception {
        Roadmap hostile = SampleRoadmaps.hostile();
        Graphviz.Result result = Graphviz.renderSvg(exporter.writeToString(hostile));
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stderr()).isEmpty();
        // SVG escapes markup; the title's characters arrive intact
        assertThat(result.svg()).contains("Colon: semi; hash # done", "数据结构与算法 第1周", "Emoji 🤖🚀",
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &amp;amp;", "Back\\slash, comma",
                "Group; with: [specials] &quot;q&quot;");
    }
}
