/**
 * Machine-readable reports of validation results.
 */
package dev.roadmap.io.report;
