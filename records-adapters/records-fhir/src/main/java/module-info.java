/**
 * FHIR R4 mappings of medrecords (HAPI FHIR structures R4): the request as a Task, authorizations and
 * directives as Consents, released items as DocumentReferences, the disclosure log as AuditEvents, the
 * release as a Provenance, and {@link io.github.medrecords.fhir.FhirRecordsApi}, the framework-neutral facade
 * a portal's FHIR endpoint calls.
 *
 * <p>HAPI FHIR's jars carry neither a module descriptor nor an {@code Automatic-Module-Name}: they are
 * automatic modules named after their files ({@code hapi.fhir.base}, {@code org.hl7.fhir.r4}), the names Maven's
 * repository layout gives them (see the module's README).
 */
module io.github.medrecords.fhir {
    requires transitive io.github.medrecords.core;
    requires transitive hapi.fhir.base;
    requires transitive org.hl7.fhir.r4;
    requires hapi.fhir.structures.r4;

    exports io.github.medrecords.fhir;
}
