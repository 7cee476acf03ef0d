/**
 * Internals of form checking: the class-level constraints and their validators, and the library's
 * own message bundle. Not exported; opened so that the Bean Validation provider can instantiate the
 * validators.
 */
package io.github.medrecords.core.intake.internal;
