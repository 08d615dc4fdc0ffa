/**
 * Plan export as Microsoft Project XML (MSPDI, format id {@code mspdi}) through MPXJ:
 * {@link dev.roadmap.plugins.mspdi.MspdiPlanExporter}.
 */
package dev.roadmap.plugins.mspdi;
