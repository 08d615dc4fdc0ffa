package dev.roadmap.io.markdown.internal.inline;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.commonmark.node.Node;

/**
 * A node tree written out whole: per node its type, the value of every public getter its type adds to
 * {@link Node} (literals, destinations, titles, levels, list markers and indents, delimiters, ...) and
 * its source spans, indented by depth.
 */
final class NodeTrees {
    private static final Map<Class<?>, List<Method>> GETTERS = new ConcurrentHashMap<>();

    private NodeTrees() {
    }

    static String dump(Node root) {
        StringBuilder b = new StringBuilder();
        dump(root, 0, b);
        return b.toString();
    }

    private static void dump(Node node, int depth, StringBuilder b) {
        b.append("  ".repeat(depth)).append(node.getClass().getName());
        for (Method getter : GETTERS.computeIfAbsent(node.getClass(), NodeTrees::getters)) {
            try {
                b.append(' ').append(getter.getName()).append('=').append(getter.invoke(node));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new AssertionError(getter.toString(), e);
            }
        }
        b.append(' ').append(node.getSourceSpans()).append('\n');
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            dump(c, depth + 1, b);
        }
    }

    /** @return the public no-argument getters not declared by {@link Node} or {@link Object}, by name */
    private static List<Method> getters(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getName().startsWith("get") || m.getName().startsWith("is"))
                .filter(m -> m.getDeclaringClass() != Node.class && m.getDeclaringClass() != Object.class)
                .filter(m -> !Node.class.isAssignableFrom(m.getReturnType()))
                .sorted(Comparator.comparing(Method::getName)).toList();
    }
}
