/**
 * Validation of roadmaps: the {@link dev.roadmap.core.validate.Validator}, pluggable {@link dev.roadmap.core.validate.ValidationRule}s and located {@link dev.roadmap.core.validate.Diagnostic}s with stable codes.
 */
package dev.roadmap.core.validate;
