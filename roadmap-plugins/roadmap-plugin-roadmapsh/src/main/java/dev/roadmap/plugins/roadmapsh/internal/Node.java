package dev.roadmap.plugins.roadmapsh.internal;

import dev.roadmap.core.SourceLocation;
import dev.roadmap.plugins.roadmapsh.NodeKind;
import java.util.List;

/**
 * A learnable node or a section box read from either shape, in the terms the {@link Assembler} works in.
 *
 * @param nodeId   the node's id (the key of progress and content files)
 * @param kind     the learnable kind, or null for a section box
 * @param type     the node type as written ({@code topic}, {@code section}, {@code __group__})
 * @param label    the node's text
 * @param x        left edge
 * @param y        top edge
 * @param width    width (0 when unknown)
 * @param height   height (0 when unknown)
 * @param order    primary order among topics (vertical position, or the legacy number)
 * @param legend   the legend label, or "" for none
 * @param items    checklist items
 * @param path     the JSON path, e.g. {@code nodes[4]}
 * @param location where the node starts
 */
public record Node(String nodeId, NodeKind kind, String type, String label, double x, double y, double width,
                   double height, double order, String legend, List<Item> items, String path, SourceLocation location) {

    /**
     * Copies the items.
     *
     * @param nodeId the node's id (the key of progress and content files)
     * @param kind the learnable kind, or null for a section box
     * @param type the node type as written ({@code topic}, {@code section}, {@code __group__})
     * @param label the node's text
     * @param x left edge
     * @param y top edge
     * @param width width (0 when unknown)
     * @param height height (0 when unknown)
     * @param order primary order among topics (vertical position, or the legacy number)
     * @param legend the legend label, or "" for none
     * @param items checklist items
     * @param path the JSON path, e.g. {@code nodes[4]}
     * @param location where the node starts
     */
    public Node {
        items = List.copyOf(items);
    }

    /**
     * A checklist item.
     *
     * @param id    the item's id, or ""
     * @param label its text
     */
    public record Item(String id, String label) {
    }

    /** @return whether this is a section box rather than a learnable node */
    public boolean isSection() {
        return kind == null;
    }

    /** @return horizontal centre */
    public double centerX() {
        return x + width / 2;
    }

    /** @return vertical centre */
    public double centerY() {
        return y + height / 2;
    }

    /**
     * @param other another node
     * @return whether the other node's centre lies inside this node's box
     */
    public boolean contains(Node other) {
        return width > 0 && height > 0 && other.centerX() >= x && other.centerX() <= x + width
                && other.centerY() >= y && other.centerY() <= y + height;
    }

    /**
     * @param other another node
     * @return the squared distance from the other node's centre to this node's box (0 inside)
     */
    public double distanceSquaredTo(Node other) {
        double dx = Math.max(Math.max(x - other.centerX(), 0), other.centerX() - (x + width));
        double dy = Math.max(Math.max(y - other.centerY(), 0), other.centerY() - (y + height));
        return dx * dx + dy * dy;
    }
}
