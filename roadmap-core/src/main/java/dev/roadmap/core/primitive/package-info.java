/**
 * Support, not API: primitive-array helpers shared by the graph queries and the scheduler
 * (a heap of {@code long}s, a transpose of compressed sparse rows, a stable sort of {@code int}s
 * by a primitive comparator). Exported only so that roadmap-core and roadmap-scheduler can share
 * one copy; embedders should not use it, and it may change in any release (see
 * docs/api-stability.md).
 */
package dev.roadmap.core.primitive;
