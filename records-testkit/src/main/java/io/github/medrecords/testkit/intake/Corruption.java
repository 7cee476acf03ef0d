package io.github.medrecords.testkit.intake;

import io.github.medrecords.core.intake.DocumentForm;
import io.github.medrecords.core.intake.RecordSelectionForm;
import io.github.medrecords.core.intake.RecordsRequestSubmission;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * One mistake a requester or a portal can make on the form, applied to a valid submission of a
 * suitable {@link SubmissionShape}, with the one violation (field and code) intake must report.
 *
 * <p>Together the constants cover every constraint of the intake forms and every practice check of
 * {@code RequestIntake} for a practice with default policies (at most 5 copies).
 */
public enum Corruption {
    /** A malformed idempotency key. */
    IDEMPOTENCY_KEY_MALFORMED(SubmissionShape.PATIENT_SECURE_LINK, "idempotencyKey", "idempotencyKey.invalid",
            (s, t) -> s.setIdempotencyKey("bad key")),
    /** No requester section. */
    REQUESTER_MISSING(SubmissionShape.PATIENT_PORTAL, "requester", "requester.required",
            (s, t) -> s.setRequester(null)),
    /** No role. */
    ROLE_MISSING(SubmissionShape.PATIENT_PORTAL, "requester.role", "requester.role.required",
            (s, t) -> s.getRequester().setRole(null)),
    /** A third party without a name. */
    REQUESTER_NAME_MISSING(SubmissionShape.ATTORNEY_AUTHORIZATION, "requester.name", "requester.name.required",
            (s, t) -> s.getRequester().setName(" ")),
    /** A requester name over 200 characters. */
    REQUESTER_NAME_TOO_LONG(SubmissionShape.ATTORNEY_AUTHORIZATION, "requester.name", "text.tooLong",
            (s, t) -> s.getRequester().setName("A".repeat(201))),
    /** A third party with no way to reach them. */
    REQUESTER_CONTACT_MISSING(SubmissionShape.ATTORNEY_AUTHORIZATION, "requester.email", "requester.contact.required",
            (s, t) -> {
                s.getRequester().setEmail(null);
                s.getRequester().setPhone(null);
            }),
    /** A malformed requester email. */
    REQUESTER_EMAIL_MALFORMED(SubmissionShape.ATTORNEY_AUTHORIZATION, "requester.email", "email.invalid",
            (s, t) -> s.getRequester().setEmail("records@")),
    /** A malformed requester phone. */
    REQUESTER_PHONE_MALFORMED(SubmissionShape.PROVIDER_CONTINUING_CARE, "requester.phone", "phone.invalid",
            (s, t) -> s.getRequester().setPhone("555-01")),
    /** A provider without an organization. */
    PROVIDER_ORGANIZATION_MISSING(SubmissionShape.PROVIDER_CONTINUING_CARE, "requester.organization",
            "requester.organization.required", (s, t) -> s.getRequester().setOrganization(null)),
    /** A representative who does not say what kind. */
    REPRESENTATIVE_KIND_MISSING(SubmissionShape.REPRESENTATIVE, "requester.representativeKind",
            "requester.representativeKind.required", (s, t) -> s.getRequester().setRepresentativeKind(null)),
    /** A third party who does not say what kind. */
    THIRD_PARTY_KIND_MISSING(SubmissionShape.ATTORNEY_AUTHORIZATION, "requester.thirdPartyKind",
            "requester.thirdPartyKind.required", (s, t) -> s.getRequester().setThirdPartyKind(null)),
    /** No legal basis. */
    LEGAL_BASIS_MISSING(SubmissionShape.PATIENT_PORTAL, "legalBasis", "legalBasis.required",
            (s, t) -> s.setLegalBasis(null)),
    /** A third party invoking the individual's own access right. */
    LEGAL_BASIS_NOT_ALLOWED_FOR_ROLE(SubmissionShape.ATTORNEY_AUTHORIZATION, "legalBasis",
            "legalBasis.notAllowedForRole", (s, t) -> s.setLegalBasis(LegalBasis.INDIVIDUAL_ACCESS)),
    /** No purpose. */
    PURPOSE_MISSING(SubmissionShape.PATIENT_PORTAL, "purpose", "purpose.required", (s, t) -> s.setPurpose(null)),
    /** Purpose "other" without words. */
    PURPOSE_DESCRIPTION_MISSING(SubmissionShape.PATIENT_PORTAL, "purposeDescription", "purposeDescription.required",
            (s, t) -> s.setPurpose(PurposeKind.OTHER)),
    /** Purpose words over 500 characters. */
    PURPOSE_DESCRIPTION_TOO_LONG(SubmissionShape.PATIENT_PORTAL, "purposeDescription", "text.tooLong",
            (s, t) -> s.setPurposeDescription("x".repeat(501))),
    /** An authorization basis without the authorization. */
    AUTHORIZATION_MISSING(SubmissionShape.ATTORNEY_AUTHORIZATION, "authorization", "authorization.required",
            (s, t) -> s.setAuthorization(null)),
    /** A directive basis without the directive. */
    DIRECTIVE_MISSING(SubmissionShape.PATIENT_DIRECTIVE, "directive", "directive.required",
            (s, t) -> s.setDirective(null)),
    /** A directive with nowhere to send. */
    DIRECTIVE_WITHOUT_DESTINATION(SubmissionShape.PATIENT_DIRECTIVE, "delivery.method",
            "directive.destination.required", (s, t) -> {
                s.getDelivery().setMethod(DeliveryMethod.PORTAL_DOWNLOAD);
                s.getDelivery().setEmail(null);
            }),
    /** An unsigned directive. */
    DIRECTIVE_SIGNER_MISSING(SubmissionShape.PATIENT_DIRECTIVE, "directive.signerName",
            "directive.signerName.required", (s, t) -> s.getDirective().setSignerName(null)),
    /** An undated directive. */
    DIRECTIVE_DATE_MISSING(SubmissionShape.PATIENT_DIRECTIVE, "directive.signedOn", "directive.signedOn.required",
            (s, t) -> s.getDirective().setSignedOn(null)),
    /** A directive dated in the future. */
    DIRECTIVE_DATE_FUTURE(SubmissionShape.PATIENT_DIRECTIVE, "directive.signedOn", "directive.signedOn.future",
            (s, t) -> s.getDirective().setSignedOn(t.plusDays(1))),
    /** A directive that names no recipient. */
    DIRECTIVE_RECIPIENT_MISSING(SubmissionShape.PATIENT_DIRECTIVE, "directive.recipientName",
            "directive.recipientName.required", (s, t) -> s.getDirective().setRecipientName("")),
    /** A representative without proof of authority. */
    PROOF_OF_AUTHORITY_MISSING(SubmissionShape.REPRESENTATIVE, "documents", "documents.proofOfAuthority.required",
            (s, t) -> s.getDocuments().clear()),
    /** A subpoena request without the subpoena. */
    LEGAL_PROCESS_DOCUMENT_MISSING(SubmissionShape.COURT_ORDER, "documents", "documents.legalProcess.required",
            (s, t) -> s.getDocuments().clear()),
    /** A document that does not say what it is. */
    DOCUMENT_KIND_MISSING(SubmissionShape.COURT_ORDER, "documents[0].kind", "documents.kind.required",
            (s, t) -> {
                DocumentForm kindless = new DocumentForm();
                kindless.setReference("doc-cover-letter");
                s.getDocuments().add(0, kindless);
            }),
    /** A document whose file reference is missing. */
    DOCUMENT_REFERENCE_MISSING(SubmissionShape.COURT_ORDER, "documents[0].reference", "documents.reference.required",
            (s, t) -> s.getDocuments().get(0).setReference(null)),
    /** A malformed document reference. */
    DOCUMENT_REFERENCE_MALFORMED(SubmissionShape.COURT_ORDER, "documents[0].reference", "documents.reference.invalid",
            (s, t) -> s.getDocuments().get(0).setReference("has space")),
    /** No patient section. */
    PATIENT_MISSING(SubmissionShape.PATIENT_PORTAL, "patient", "patient.required", (s, t) -> s.setPatient(null)),
    /** No given name. */
    PATIENT_GIVEN_NAME_MISSING(SubmissionShape.PATIENT_PORTAL, "patient.givenName", "patient.givenName.required",
            (s, t) -> s.getPatient().setGivenName("  ")),
    /** A given name over 100 characters. */
    PATIENT_GIVEN_NAME_TOO_LONG(SubmissionShape.PATIENT_PORTAL, "patient.givenName", "text.tooLong",
            (s, t) -> s.getPatient().setGivenName("M".repeat(101))),
    /** No family name. */
    PATIENT_FAMILY_NAME_MISSING(SubmissionShape.PATIENT_PORTAL, "patient.familyName", "patient.familyName.required",
            (s, t) -> s.getPatient().setFamilyName(null)),
    /** No date of birth. */
    PATIENT_BIRTH_DATE_MISSING(SubmissionShape.PATIENT_PORTAL, "patient.dateOfBirth", "patient.dateOfBirth.required",
            (s, t) -> s.getPatient().setDateOfBirth(null)),
    /** A date of birth in the future. */
    PATIENT_BIRTH_DATE_FUTURE(SubmissionShape.PATIENT_PORTAL, "patient.dateOfBirth", "patient.dateOfBirth.future",
            (s, t) -> s.getPatient().setDateOfBirth(t.plusDays(1))),
    /** A malformed medical record number. */
    PATIENT_MRN_MALFORMED(SubmissionShape.PATIENT_PORTAL, "patient.medicalRecordNumber",
            "patient.medicalRecordNumber.invalid", (s, t) -> s.getPatient().setMedicalRecordNumber("12 34")),
    /** A malformed patient email. */
    PATIENT_EMAIL_MALFORMED(SubmissionShape.PATIENT_PORTAL, "patient.email", "email.invalid",
            (s, t) -> s.getPatient().setEmail("maria@example")),
    /** An email carrying a header injection. */
    PATIENT_EMAIL_HEADER_INJECTION(SubmissionShape.PATIENT_PORTAL, "patient.email", "email.invalid",
            (s, t) -> s.getPatient().setEmail("a@example.com\r\nBcc: x@example.com")),
    /** A malformed patient phone. */
    PATIENT_PHONE_MALFORMED(SubmissionShape.PATIENT_PORTAL, "patient.phone", "phone.invalid",
            (s, t) -> s.getPatient().setPhone("12345")),
    /** No street line. */
    ADDRESS_LINE_MISSING(SubmissionShape.PATIENT_PORTAL, "patient.address.line1", "address.line1.required",
            (s, t) -> s.getPatient().getAddress().setLine1(null)),
    /** No city. */
    ADDRESS_CITY_MISSING(SubmissionShape.PATIENT_PORTAL, "patient.address.city", "address.city.required",
            (s, t) -> s.getPatient().getAddress().setCity(null)),
    /** No state. */
    ADDRESS_STATE_MISSING(SubmissionShape.PATIENT_PORTAL, "patient.address.state", "address.state.required",
            (s, t) -> s.getPatient().getAddress().setState(null)),
    /** Not a US state. */
    ADDRESS_STATE_UNKNOWN(SubmissionShape.PATIENT_PORTAL, "patient.address.state", "address.state.invalid",
            (s, t) -> s.getPatient().getAddress().setState("ZZ")),
    /** No ZIP code. */
    ADDRESS_ZIP_MISSING(SubmissionShape.PATIENT_PORTAL, "patient.address.zip", "address.zip.required",
            (s, t) -> s.getPatient().getAddress().setZip(null)),
    /** A malformed ZIP code. */
    ADDRESS_ZIP_MALFORMED(SubmissionShape.PATIENT_PORTAL, "patient.address.zip", "address.zip.invalid",
            (s, t) -> s.getPatient().getAddress().setZip("0610")),
    /** No record selected. */
    RECORDS_MISSING(SubmissionShape.PATIENT_PORTAL, "records", "records.required",
            (s, t) -> s.getRecords().clear()),
    /** A selection without a type. */
    RECORD_TYPE_MISSING(SubmissionShape.PATIENT_PORTAL, "records[0].type", "records.type.required",
            (s, t) -> first(s).setType(null)),
    /** A malformed record type code. */
    RECORD_TYPE_MALFORMED(SubmissionShape.PATIENT_PORTAL, "records[0].type", "records.type.unknown",
            (s, t) -> first(s).setType("mri images")),
    /** A well-formed code the practice does not offer. */
    RECORD_TYPE_NOT_OFFERED(SubmissionShape.PATIENT_PORTAL, "records[0].type", "records.type.unknown",
            (s, t) -> first(s).setType("PATHOLOGY_SLIDES")),
    /** Other documents without words. */
    RECORD_DESCRIPTION_MISSING(SubmissionShape.PATIENT_PORTAL, "records[0].description",
            "records.description.required", (s, t) -> {
                first(s).setType("OTHER_DOCUMENTS");
                first(s).setDescription(null);
            }),
    /** A first appointment date in the future. */
    RECORD_FROM_FUTURE(SubmissionShape.PATIENT_PORTAL, "records[0].from", "records.from.future", (s, t) -> {
        first(s).setFrom(t.plusDays(2));
        first(s).setTo(null);
    }),
    /** A last appointment date in the future. */
    RECORD_TO_FUTURE(SubmissionShape.PATIENT_PORTAL, "records[0].to", "records.to.future", (s, t) -> {
        first(s).setFrom(null);
        first(s).setTo(t.plusDays(2));
    }),
    /** A date range that ends before it starts. */
    RECORD_RANGE_REVERSED(SubmissionShape.PATIENT_PORTAL, "records[0].to", "records.to.beforeFrom", (s, t) -> {
        first(s).setFrom(t.minusDays(10));
        first(s).setTo(t.minusDays(11));
    }),
    /** No number of copies. */
    COPIES_MISSING(SubmissionShape.PATIENT_PORTAL, "records[0].copies", "records.copies.required",
            (s, t) -> first(s).setCopies(null)),
    /** Zero copies. */
    COPIES_ZERO(SubmissionShape.PATIENT_PORTAL, "records[0].copies", "records.copies.range",
            (s, t) -> first(s).setCopies(0)),
    /** More copies than any practice allows. */
    COPIES_ABOVE_LIMIT(SubmissionShape.PATIENT_PORTAL, "records[0].copies", "records.copies.range",
            (s, t) -> first(s).setCopies(11)),
    /** More copies than a practice with default policies allows. */
    COPIES_ABOVE_PRACTICE_MAXIMUM(SubmissionShape.PATIENT_PORTAL, "records[0].copies",
            "records.copies.practiceMaximum", (s, t) -> first(s).setCopies(6)),
    /** No delivery section. */
    DELIVERY_MISSING(SubmissionShape.PATIENT_PORTAL, "delivery", "delivery.required", (s, t) -> s.setDelivery(null)),
    /** No delivery method. */
    DELIVERY_METHOD_MISSING(SubmissionShape.PATIENT_PORTAL, "delivery.method", "delivery.method.required",
            (s, t) -> s.getDelivery().setMethod(null)),
    /** A secure link without an email. */
    SECURE_LINK_EMAIL_MISSING(SubmissionShape.PATIENT_SECURE_LINK, "delivery.email", "delivery.email.required",
            (s, t) -> s.getDelivery().setEmail(null)),
    /** A secure link to a malformed email. */
    SECURE_LINK_EMAIL_MALFORMED(SubmissionShape.PATIENT_SECURE_LINK, "delivery.email", "email.invalid",
            (s, t) -> s.getDelivery().setEmail("not an email")),
    /** A CD by mail without an address. */
    CD_ADDRESS_MISSING(SubmissionShape.PATIENT_CD_BY_MAIL, "delivery.postalAddress",
            "delivery.postalAddress.required", (s, t) -> s.getDelivery().setPostalAddress(null)),
    /** Paper by mail without an address. */
    PAPER_ADDRESS_MISSING(SubmissionShape.PATIENT_PAPER_BY_MAIL, "delivery.postalAddress",
            "delivery.postalAddress.required", (s, t) -> s.getDelivery().setPostalAddress(null)),
    /** A mailing address without a city. */
    MAILING_ADDRESS_CITY_MISSING(SubmissionShape.PATIENT_CD_BY_MAIL, "delivery.postalAddress.city",
            "address.city.required", (s, t) -> s.getDelivery().getPostalAddress().setCity(null)),
    /** A fax without a number. */
    FAX_NUMBER_MISSING(SubmissionShape.PATIENT_FAX, "delivery.faxNumber", "delivery.faxNumber.required",
            (s, t) -> s.getDelivery().setFaxNumber(null)),
    /** A malformed fax number. */
    FAX_NUMBER_MALFORMED(SubmissionShape.PATIENT_FAX, "delivery.faxNumber", "fax.invalid",
            (s, t) -> s.getDelivery().setFaxNumber("555")),
    /** Direct delivery without the provider. */
    PROVIDER_MISSING(SubmissionShape.PROVIDER_CONTINUING_CARE, "delivery.provider", "delivery.provider.required",
            (s, t) -> s.getDelivery().setProvider(null)),
    /** A receiving provider without a name. */
    PROVIDER_NAME_MISSING(SubmissionShape.PROVIDER_CONTINUING_CARE, "delivery.provider.name",
            "provider.name.required", (s, t) -> s.getDelivery().getProvider().setName(null)),
    /** A malformed NPI. */
    PROVIDER_NPI_MALFORMED(SubmissionShape.PROVIDER_CONTINUING_CARE, "delivery.provider.npi", "provider.npi.invalid",
            (s, t) -> s.getDelivery().getProvider().setNpi("123")),
    /** A receiving provider without an address. */
    PROVIDER_ADDRESS_MISSING(SubmissionShape.PROVIDER_CONTINUING_CARE, "delivery.provider.address",
            "provider.address.required", (s, t) -> s.getDelivery().getProvider().setAddress(null)),
    /** A malformed provider fax. */
    PROVIDER_FAX_MALFORMED(SubmissionShape.PROVIDER_CONTINUING_CARE, "delivery.provider.fax", "fax.invalid",
            (s, t) -> s.getDelivery().getProvider().setFax("12")),
    /** An authorization whose covered dates end before they start. */
    AUTHORIZATION_DATES_REVERSED(SubmissionShape.ATTORNEY_AUTHORIZATION, "authorization.coveredTo",
            "authorization.coveredTo.beforeFrom", (s, t) -> {
                s.getAuthorization().setCoveredFrom(t.minusDays(5));
                s.getAuthorization().setCoveredTo(t.minusDays(6));
            }),
    /** An authorization with both an expiration date and an event. */
    AUTHORIZATION_EXPIRATION_AMBIGUOUS(SubmissionShape.ATTORNEY_AUTHORIZATION, "authorization.expirationEvent",
            "authorization.expiration.ambiguous",
            (s, t) -> s.getAuthorization().setExpirationEvent("End of the lawsuit")),
    /** An authorization covering a malformed record type code. */
    AUTHORIZATION_RECORD_TYPE_MALFORMED(SubmissionShape.ATTORNEY_AUTHORIZATION, "authorization.recordTypes",
            "records.type.unknown", (s, t) -> s.getAuthorization().getRecordTypes().add("x-rays")),
    /** An authorization covering a record type the practice does not offer. */
    AUTHORIZATION_RECORD_TYPE_NOT_OFFERED(SubmissionShape.ATTORNEY_AUTHORIZATION, "authorization.recordTypes",
            "records.type.unknown", (s, t) -> s.getAuthorization().getRecordTypes().add("PATHOLOGY_SLIDES")),
    /** An authorization naming a blank recipient. */
    AUTHORIZATION_RECIPIENT_BLANK(SubmissionShape.ATTORNEY_AUTHORIZATION, "authorization.recipients",
            "authorization.recipients.blank", (s, t) -> s.getAuthorization().getRecipients().add(" ")),
    /** An authorization signed in the future. */
    AUTHORIZATION_SIGNED_FUTURE(SubmissionShape.ATTORNEY_AUTHORIZATION, "authorization.signedOn",
            "authorization.signedOn.future", (s, t) -> s.getAuthorization().setSignedOn(t.plusDays(1))),
    /** Authorization text over the limit. */
    AUTHORIZATION_DESCRIPTION_TOO_LONG(SubmissionShape.ATTORNEY_AUTHORIZATION, "authorization.informationDescription",
            "text.tooLong", (s, t) -> s.getAuthorization().setInformationDescription("d".repeat(2001))),
    /** The requester did not attest to identity. */
    IDENTITY_NOT_ATTESTED(SubmissionShape.PATIENT_PORTAL, "identityAttested", "identityAttested.required",
            (s, t) -> s.setIdentityAttested(false));

    private final SubmissionShape shape;
    private final String field;
    private final String code;
    private final BiConsumer<RecordsRequestSubmission, LocalDate> mutation;

    Corruption(SubmissionShape shape, String field, String code,
            BiConsumer<RecordsRequestSubmission, LocalDate> mutation) {
        this.shape = shape;
        this.field = field;
        this.code = "medrecords." + code;
        this.mutation = mutation;
    }

    /**
     * Returns the shape of valid submission this mistake is made on.
     *
     * @return the shape, not null
     */
    public SubmissionShape shape() {
        return shape;
    }

    /**
     * Returns the field the violation names.
     *
     * @return the field path, not null
     */
    public String field() {
        return field;
    }

    /**
     * Returns the violation's code.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Makes the mistake on a valid submission of {@link #shape()}.
     *
     * @param submission  the submission to change, not null
     * @param today  the validator's today, not null
     */
    public void apply(RecordsRequestSubmission submission, LocalDate today) {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(today, "today");
        mutation.accept(submission, today);
    }

    private static RecordSelectionForm first(RecordsRequestSubmission s) {
        return s.getRecords().get(0);
    }
}
