/**
 * The plugin SPI: importers, exporters, plan exporters and schedulers, with the limits and exceptions they share. Depends only on the model and the JDK.
 */
package dev.roadmap.spi;
