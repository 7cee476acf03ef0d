/**
 * FHIR R4 resources from and to the medrecords model: {@link io.github.medrecords.fhir.TaskMapper} (request ⇄
 * Task, in the manner of a Da Vinci CDex data request), {@link io.github.medrecords.fhir.ConsentMapper}
 * (authorization and directive ⇄ Consent), {@link io.github.medrecords.fhir.DocumentReferenceMapper} (released
 * items), {@link io.github.medrecords.fhir.AuditEventMapper} (each disclosure-log entry, in the manner of IHE
 * BALP's privacy disclosure), {@link io.github.medrecords.fhir.ProvenanceMapper} (who released what),
 * {@link io.github.medrecords.fhir.OperationOutcomes} (every problem with a posted Task) and
 * {@link io.github.medrecords.fhir.FhirRecordsApi}, the facade a portal's FHIR endpoint calls. Used on the class
 * path (Automatic-Module-Name {@code io.github.medrecords.fhir}): HAPI FHIR cannot run on the module path.
 */
package io.github.medrecords.fhir;
