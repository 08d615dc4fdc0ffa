/**
 * CSV for spreadsheets, with Apache Commons CSV: {@link dev.roadmap.plugins.csv.CsvExporter} and
 * {@link dev.roadmap.plugins.csv.CsvImporter} ({@code csv}) write and read a roadmap as one row per
 * skill ({@code id,title,track,group,effort_min_hours,effort_max_hours,requires,status,optional}), so a
 * spreadsheet round trip keeps every field CSV carries; {@link dev.roadmap.plugins.csv.PlanCsvExporter}
 * ({@code csv}) writes a plan as one row per week and skill. Found through
 * {@link java.util.ServiceLoader}; depends on roadmap-core and commons-csv.
 */
package dev.roadmap.plugins.csv;
