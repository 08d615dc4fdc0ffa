/**
 * Implementation of the week-packing scheduler on primitive arrays. Not API: may change at any time.
 */
package dev.roadmap.scheduler.internal;
