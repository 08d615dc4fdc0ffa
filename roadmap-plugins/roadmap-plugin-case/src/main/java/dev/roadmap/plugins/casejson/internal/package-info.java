/** Implementation of the CASE format: a located JSON tree, the package reader and writer, stable identifiers. Not API. */
package dev.roadmap.plugins.casejson.internal;
