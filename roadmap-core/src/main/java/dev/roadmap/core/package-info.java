/**
 * The roadmap model: skills, efforts, tracks, groups, choices, and where they came from. All types are immutable and thread-safe.
 */
package dev.roadmap.core;
