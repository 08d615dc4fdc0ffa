package dev.roadmap.plugins.dot;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.util.SupplierUtil;

/**
 * Parses DOT back with jgrapht-io's ANTLR-based {@link DOTImporter}, an independent reader of the language.
 *
 * <p>jgrapht-io 1.5.2's lexer accepts only {@code \"} and {@code \\} after a backslash in a quoted
 * string, although DOT allows any character there and Graphviz reads {@code \n} in labels as a line
 * break. So before parsing, each escString line break {@code \n} is replaced by {@link #LINE_BREAK}, and
 * back in the attribute values read; everything else reaches the importer exactly as written.
 */
final class DotParser {
    /** Stands for an escString {@code \n} while jgrapht parses. */
    static final char LINE_BREAK = '\u2424';

    private DotParser() {
    }

    /** A parsed graph with the vertex attributes as the importer read them. */
    record Parsed(Graph<String, DefaultEdge> graph, Map<String, Map<String, String>> vertexAttributes) {
    }

    static Parsed parse(String dot) {
        Graph<String, DefaultEdge> graph = GraphTypeBuilder.<String, DefaultEdge>directed().allowingMultipleEdges(true)
                .allowingSelfLoops(true).edgeSupplier(SupplierUtil.createDefaultEdgeSupplier()).buildGraph();
        Map<String, Map<String, String>> attributes = new HashMap<>();
        DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((p, a) -> attributes.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
                .put(p.getSecond(), a.getValue().replace(LINE_BREAK, '\n')));
        importer.importGraph(graph, new StringReader(withoutLineBreakEscapes(dot)));
        return new Parsed(graph, attributes);
    }

    private static String withoutLineBreakEscapes(String dot) {
        StringBuilder b = new StringBuilder(dot.length());
        for (int i = 0; i < dot.length(); i++) {
            char c = dot.charAt(i);
            if (c == '\\' && i + 1 < dot.length()) {
                char next = dot.charAt(++i);
                if (next == 'n') {
                    b.append(LINE_BREAK);
                } else {
                    b.append(c).append(next);
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
