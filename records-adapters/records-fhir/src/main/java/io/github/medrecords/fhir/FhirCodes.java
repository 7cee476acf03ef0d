package io.github.medrecords.fhir;

/**
 * The code systems, identifier systems and extensions the mappings use: HL7's, DICOM's, LOINC's and
 * ISO 21089's where one fits, medrecords' own (under {@value #BASE}) for the library's enumerations, whose
 * codes are the enumeration constants' names.
 */
public final class FhirCodes {

    /** The base of medrecords' own canonical URLs. */
    public static final String BASE = "https://medrecords.github.io/fhir";

    /** The request's status ({@code RequestStatus} names), in {@code Task.businessStatus}. */
    public static final String REQUEST_STATUS = BASE + "/CodeSystem/request-status";
    /** The kinds of {@code Task.input} beyond CDex's {@code data-code}. */
    public static final String TASK_INPUT = BASE + "/CodeSystem/task-input";
    /** Record types ({@code RecordType} codes). */
    public static final String RECORD_TYPE = BASE + "/CodeSystem/record-type";
    /** Legal bases ({@code LegalBasis} names). */
    public static final String LEGAL_BASIS = BASE + "/CodeSystem/legal-basis";
    /** Purposes ({@code PurposeKind} names). */
    public static final String PURPOSE = BASE + "/CodeSystem/purpose";
    /** Requester roles ({@code RequesterRole} names). */
    public static final String REQUESTER_ROLE = BASE + "/CodeSystem/requester-role";
    /** Kinds of personal representative ({@code RepresentativeKind} names). */
    public static final String REPRESENTATIVE_KIND = BASE + "/CodeSystem/representative-kind";
    /** Kinds of third party ({@code ThirdPartyKind} names). */
    public static final String THIRD_PARTY_KIND = BASE + "/CodeSystem/third-party-kind";
    /** Kinds of supporting document ({@code DocumentKind} names). */
    public static final String DOCUMENT_KIND = BASE + "/CodeSystem/document-kind";
    /** Delivery methods ({@code DeliveryMethod} names). */
    public static final String DELIVERY_METHOD = BASE + "/CodeSystem/delivery-method";
    /** Whether a Consent is an {@code authorization} or a {@code directive}. */
    public static final String CONSENT_KIND = BASE + "/CodeSystem/consent-kind";
    /** The statements a HIPAA authorization carries: {@code right-to-revoke}, {@code conditioning}, {@code redisclosure}. */
    public static final String AUTHORIZATION_STATEMENT = BASE + "/CodeSystem/authorization-statement";
    /** The codes of the problems in an OperationOutcome (the intake's message keys and the mapping's own). */
    public static final String PROBLEM = BASE + "/CodeSystem/problem";

    /** The portal's idempotency key of a submission. */
    public static final String IDEMPOTENCY_KEY = BASE + "/NamingSystem/idempotency-key";
    /** The request's number, for example {@code 2026-000042}. */
    public static final String REQUEST_NUMBER = BASE + "/NamingSystem/request-number";
    /** The patient key (a digest that names nobody) by which a practice finds a patient's requests. */
    public static final String PATIENT_KEY = BASE + "/NamingSystem/patient-key";
    /** The practice's id. */
    public static final String PRACTICE = BASE + "/NamingSystem/practice";
    /** An actor's id as the workflow records it (a staff member, the system, the requester). */
    public static final String ACTOR = BASE + "/NamingSystem/actor";
    /** The reference of a supporting document the portal stored. */
    public static final String DOCUMENT_REFERENCE = BASE + "/NamingSystem/supporting-document";
    /** A patient's medical record number at the practice. */
    public static final String MEDICAL_RECORD_NUMBER = BASE + "/NamingSystem/medical-record-number";

    /** Extension on a {@code data-code} input: the dates of the records asked for (valuePeriod). */
    public static final String EXT_SELECTION_PERIOD = BASE + "/StructureDefinition/selection-period";
    /** Extension on a {@code data-code} input: the number of copies (valueInteger). */
    public static final String EXT_COPIES = BASE + "/StructureDefinition/copies";
    /** Extension on the requester's RelatedPerson: their organization (valueString). */
    public static final String EXT_ORGANIZATION = BASE + "/StructureDefinition/organization";
    /** Extension on an authorization's Consent: the information it describes in words (valueString). */
    public static final String EXT_INFORMATION_DESCRIPTION = BASE + "/StructureDefinition/information-description";
    /** Extension on an authorization's provision: the event on which it expires (valueString). */
    public static final String EXT_EXPIRATION_EVENT = BASE + "/StructureDefinition/expiration-event";
    /** Extension on an authorization's Consent: a representative's authority to sign (valueString). */
    public static final String EXT_REPRESENTATIVE_AUTHORITY = BASE + "/StructureDefinition/representative-authority";
    /** Extension on an authorization's Consent, repeated: a statement it carries (valueCode). */
    public static final String EXT_STATEMENT = BASE + "/StructureDefinition/authorization-statement";

    /** Da Vinci HRex's temporary codes, which CDex's Task uses. */
    public static final String HREX_TEMP = "http://hl7.org/fhir/us/davinci-hrex/CodeSystem/hrex-temp";
    /** LOINC. */
    public static final String LOINC = "http://loinc.org";
    /** LOINC 64292-6, release of information consent. */
    public static final String LOINC_RELEASE_OF_INFORMATION = "64292-6";
    /** DICOM's controlled terminology. */
    public static final String DICOM = "http://dicom.nema.org/resources/ontology/DCM";
    /** ISO 21089 health record lifecycle events. */
    public static final String ISO_21089 = "http://terminology.hl7.org/CodeSystem/iso-21089-lifecycle";
    /** HL7 v3 participation types. */
    public static final String V3_PARTICIPATION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
    /** HL7 v3 act reasons (purpose of use). */
    public static final String V3_ACT_REASON = "http://terminology.hl7.org/CodeSystem/v3-ActReason";
    /** The US National Provider Identifier. */
    public static final String NPI = "http://hl7.org/fhir/sid/us-npi";
    /** HL7's data-absent-reason extension. */
    public static final String DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";
    /** A DICOM study instance UID, as an identifier system. */
    public static final String DICOM_UID = "urn:dicom:uid";

    private FhirCodes() {
    }
}
