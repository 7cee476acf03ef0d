/**
 * Form intake: the submission a portal fills from its form, where any field may be missing or
 * wrong, and {@link io.github.medrecords.core.intake.RequestIntake}, which finds every problem at
 * once with Bean Validation and turns a valid submission into a
 * {@link io.github.medrecords.core.request.RecordsRequest}. Messages come from the library's own
 * bundle; {@link io.github.medrecords.core.intake.MedrecordsValidation} sets a validator up for it.
 */
package io.github.medrecords.core.intake;
