/**
 * The read-only prerequisite graph of a roadmap (compact int arrays, with a JGraphT view) and the queries on it: order, closure, layers, critical path, cycles, transitive reduction.
 */
package dev.roadmap.core.graph;
