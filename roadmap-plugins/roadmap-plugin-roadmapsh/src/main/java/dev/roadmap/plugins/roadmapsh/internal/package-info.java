/**
 * Implementation of the roadmap.sh importer: a located JSON tree, the editor and legacy shape readers,
 * content files and the assembler that rebuilds the prerequisite DAG. Not API.
 */
package dev.roadmap.plugins.roadmapsh.internal;
