/**
 * The {@code ics} plan exporter: a study plan as an iCalendar (RFC 5545) file that calendar apps
 * import, written with ical4j. See {@link dev.roadmap.plugins.ics.IcsPlanExporter} for the event layout,
 * the UID scheme that lets a re-imported plan update its events, and why DTSTAMP is the plan start.
 */
package dev.roadmap.plugins.ics;
