/**
 * Import of PSPLIB single-mode resource-constrained project scheduling instances ({@code .sm}) as
 * roadmaps of fixed-pace skills, one track per resource: the standard benchmark for the quality of
 * the week-packing scheduler. Entry point: {@link dev.roadmap.plugins.psplib.PsplibImporter}.
 */
package dev.roadmap.plugins.psplib;
