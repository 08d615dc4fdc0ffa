/**
 * Support, not API: the one copy of the small text jobs every module needs -- ids from titles
 * ({@link dev.roadmap.core.text.Slugs}), hours and other decimals for people
 * ({@link dev.roadmap.core.text.Numbers}), escaping for XML, Markdown and JSON string literals, and
 * shortening text for messages. Exported only so that roadmap-io, the scheduler and the plugins can
 * share it; embedders should not depend on it, and it may change in any release (see
 * docs/api-stability.md). Every class is stateless and thread-safe unless it says otherwise.
 */
package dev.roadmap.core.text;
