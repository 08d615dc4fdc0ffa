/**
 * 1EdTech CASE 1.0 JSON packages (format id {@code case}): {@link dev.roadmap.plugins.casejson.CaseImporter}
 * and {@link dev.roadmap.plugins.casejson.CaseExporter}. The package is not named {@code case}, a Java keyword.
 */
package dev.roadmap.plugins.casejson;
