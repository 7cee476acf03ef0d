package io.github.medrecords.core.intake;

import io.github.medrecords.core.intake.internal.ConsistentSubmission;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * What a portal's records request form submits: every field may be missing or wrong.
 *
 * <p>{@link RequestIntake} checks it with Bean Validation and reports every problem at once, each with
 * its field path and a message a portal can show a patient; a valid submission becomes an immutable
 * {@link io.github.medrecords.core.request.RecordsRequest}. Setters strip text and turn blank text
 * into null. Not thread-safe.
 */
@ConsistentSubmission
public class RecordsRequestSubmission {

    @Pattern(regexp = "[A-Za-z0-9._:-]{8,100}", message = "{medrecords.idempotencyKey.invalid}")
    private String idempotencyKey;

    @NotNull(message = "{medrecords.requester.required}")
    @Valid
    private RequesterForm requester;

    @NotNull(message = "{medrecords.legalBasis.required}")
    private LegalBasis legalBasis;

    @NotNull(message = "{medrecords.purpose.required}")
    private PurposeKind purpose;

    @Size(max = 500, message = "{medrecords.text.tooLong}")
    private String purposeDescription;

    private List<@Valid DocumentForm> documents = new ArrayList<>();

    @NotNull(message = "{medrecords.patient.required}")
    @Valid
    private PatientForm patient;

    @NotEmpty(message = "{medrecords.records.required}")
    private List<@Valid RecordSelectionForm> records = new ArrayList<>();

    @NotNull(message = "{medrecords.delivery.required}")
    @Valid
    private DeliveryForm delivery;

    @Valid
    private AuthorizationForm authorization;

    @Valid
    private DirectiveForm directive;

    @AssertTrue(message = "{medrecords.identityAttested.required}")
    private boolean identityAttested;

    private String language;

    private boolean attorneyBeforeSuit;

    /**
     * Creates an empty form.
     */
    public RecordsRequestSubmission() {
    }

    /**
     * Returns the portal's key for this submission, so a repeated post is recognised.
     *
     * @return the value, may be null
     */
    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    /**
     * Sets the portal's key for this submission, so a repeated post is recognised.
     *
     * @param idempotencyKey  the value, may be null
     */
    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = Forms.clean(idempotencyKey);
    }

    /**
     * Returns who asks.
     *
     * @return the value, may be null
     */
    public RequesterForm getRequester() {
        return requester;
    }

    /**
     * Sets who asks.
     *
     * @param requester  the value, may be null
     */
    public void setRequester(RequesterForm requester) {
        this.requester = requester;
    }

    /**
     * Returns the legal basis of the disclosure.
     *
     * @return the value, may be null
     */
    public LegalBasis getLegalBasis() {
        return legalBasis;
    }

    /**
     * Sets the legal basis of the disclosure.
     *
     * @param legalBasis  the value, may be null
     */
    public void setLegalBasis(LegalBasis legalBasis) {
        this.legalBasis = legalBasis;
    }

    /**
     * Returns why the records are wanted.
     *
     * @return the value, may be null
     */
    public PurposeKind getPurpose() {
        return purpose;
    }

    /**
     * Sets why the records are wanted.
     *
     * @param purpose  the value, may be null
     */
    public void setPurpose(PurposeKind purpose) {
        this.purpose = purpose;
    }

    /**
     * Returns the purpose in words.
     *
     * @return the value, may be null
     */
    public String getPurposeDescription() {
        return purposeDescription;
    }

    /**
     * Sets the purpose in words.
     *
     * @param purposeDescription  the value, may be null
     */
    public void setPurposeDescription(String purposeDescription) {
        this.purposeDescription = Forms.clean(purposeDescription);
    }

    /**
     * Returns the attached documents.
     *
     * @return the value, may be null
     */
    public List<DocumentForm> getDocuments() {
        return documents;
    }

    /**
     * Sets the attached documents.
     *
     * @param documents  the value, may be null
     */
    public void setDocuments(List<DocumentForm> documents) {
        this.documents = Forms.copy(documents);
    }

    /**
     * Returns who the records are about.
     *
     * @return the value, may be null
     */
    public PatientForm getPatient() {
        return patient;
    }

    /**
     * Sets who the records are about.
     *
     * @param patient  the value, may be null
     */
    public void setPatient(PatientForm patient) {
        this.patient = patient;
    }

    /**
     * Returns the records asked for.
     *
     * @return the value, may be null
     */
    public List<RecordSelectionForm> getRecords() {
        return records;
    }

    /**
     * Sets the records asked for.
     *
     * @param records  the value, may be null
     */
    public void setRecords(List<RecordSelectionForm> records) {
        this.records = Forms.copy(records);
    }

    /**
     * Returns how and where to deliver.
     *
     * @return the value, may be null
     */
    public DeliveryForm getDelivery() {
        return delivery;
    }

    /**
     * Sets how and where to deliver.
     *
     * @param delivery  the value, may be null
     */
    public void setDelivery(DeliveryForm delivery) {
        this.delivery = delivery;
    }

    /**
     * Returns the HIPAA authorization, where the legal basis needs one.
     *
     * @return the value, may be null
     */
    public AuthorizationForm getAuthorization() {
        return authorization;
    }

    /**
     * Sets the HIPAA authorization, where the legal basis needs one.
     *
     * @param authorization  the value, may be null
     */
    public void setAuthorization(AuthorizationForm authorization) {
        this.authorization = authorization;
    }

    /**
     * Returns the patient's directive, where the legal basis is a directive.
     *
     * @return the value, may be null
     */
    public DirectiveForm getDirective() {
        return directive;
    }

    /**
     * Sets the patient's directive, where the legal basis is a directive.
     *
     * @param directive  the value, may be null
     */
    public void setDirective(DirectiveForm directive) {
        this.directive = directive;
    }

    /**
     * Tells whether the requester attests that they are the patient or authorized to act.
     *
     * @return the value
     */
    public boolean isIdentityAttested() {
        return identityAttested;
    }

    /**
     * Sets whether the requester attests that they are the patient or authorized to act.
     *
     * @param identityAttested  the value, may be null
     */
    public void setIdentityAttested(boolean identityAttested) {
        this.identityAttested = identityAttested;
    }

    /**
     * Returns the language the requester chose for their notices and the form's messages, a tag such as
     * {@code en} or {@code es} (see {@link io.github.medrecords.core.party.Language#supported()}).
     *
     * @return the tag, null if the requester did not choose (English)
     */
    public String getLanguage() {
        return language;
    }

    /**
     * Sets the language the requester chose for their notices and the form's messages.
     *
     * @param language  a tag such as {@code en} or {@code es}, may be null for English
     */
    public void setLanguage(String language) {
        this.language = Forms.clean(language);
    }

    /**
     * Tells whether the requester says they are an attorney asking, under the patient's written
     * authorization, before any suit is filed; California then charges by Evidence Code 1158 (CA.5). Only an
     * attorney ({@code requester.thirdPartyKind} ATTORNEY) relying on an authorization may say so; for anyone
     * else the field is reported.
     *
     * @return the value, false unless set
     */
    public boolean isAttorneyBeforeSuit() {
        return attorneyBeforeSuit;
    }

    /**
     * Sets whether the requester is an attorney asking under an authorization before any suit is filed.
     *
     * @param attorneyBeforeSuit  the value
     */
    public void setAttorneyBeforeSuit(boolean attorneyBeforeSuit) {
        this.attorneyBeforeSuit = attorneyBeforeSuit;
    }
}
