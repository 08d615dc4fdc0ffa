/**
 * Discovery of plugins through {@link java.util.ServiceLoader} into one immutable registry that survives broken providers.
 */
package dev.roadmap.core.registry;
