/**
 * The picocli command line; commands only, no logic the library lacks.
 */
package dev.roadmap.cli;
