/**
 * The plan model schedulers produce and plan exporters read: weeks, allocations, capacity and the learner's options.
 */
package dev.roadmap.core.plan;
