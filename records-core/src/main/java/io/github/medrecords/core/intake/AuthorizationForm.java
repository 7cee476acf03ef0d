package io.github.medrecords.core.intake;

import io.github.medrecords.core.intake.internal.ConsistentAuthorization;
import io.github.medrecords.core.request.PurposeKind;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A HIPAA authorization as a form or a records clerk captures it from the signed document.
 *
 * <p>Only its shape is checked here; whether it is valid (R3.2-R3.4) is decided by
 * {@link io.github.medrecords.core.authorization.Authorization#defects} at the moment of release.
 * Setters strip text and turn blank text into null. Not thread-safe.
 */
@ConsistentAuthorization
public class AuthorizationForm {

    @Size(max = 2000, message = "{medrecords.text.tooLong}")
    private String informationDescription;

    private List<String> recordTypes = new ArrayList<>();

    private LocalDate coveredFrom;

    private LocalDate coveredTo;

    @Size(max = 200, message = "{medrecords.text.tooLong}")
    private String disclosingParty;

    private List<String> recipients = new ArrayList<>();

    private List<PurposeKind> purposes = new ArrayList<>();

    private LocalDate expiresOn;

    @Size(max = 500, message = "{medrecords.text.tooLong}")
    private String expirationEvent;

    @Size(max = 200, message = "{medrecords.text.tooLong}")
    private String signerName;

    @PastOrPresent(message = "{medrecords.authorization.signedOn.future}")
    private LocalDate signedOn;

    private boolean signedByRepresentative;

    @Size(max = 500, message = "{medrecords.text.tooLong}")
    private String representativeAuthority;

    private boolean rightToRevokeStatement;

    private boolean conditioningStatement;

    private boolean redisclosureStatement;

    /**
     * Creates an empty form.
     */
    public AuthorizationForm() {
    }

    /**
     * Returns the description of the information to disclose.
     *
     * @return the value, may be null
     */
    public String getInformationDescription() {
        return informationDescription;
    }

    /**
     * Sets the description of the information to disclose.
     *
     * @param informationDescription  the value, may be null
     */
    public void setInformationDescription(String informationDescription) {
        this.informationDescription = Forms.clean(informationDescription);
    }

    /**
     * Returns the record type codes covered.
     *
     * @return the value, may be null
     */
    public List<String> getRecordTypes() {
        return recordTypes;
    }

    /**
     * Sets the record type codes covered.
     *
     * @param recordTypes  the value, may be null
     */
    public void setRecordTypes(List<String> recordTypes) {
        this.recordTypes = Forms.copy(recordTypes);
    }

    /**
     * Returns the first date of care covered, if restricted.
     *
     * @return the value, may be null
     */
    public LocalDate getCoveredFrom() {
        return coveredFrom;
    }

    /**
     * Sets the first date of care covered, if restricted.
     *
     * @param coveredFrom  the value, may be null
     */
    public void setCoveredFrom(LocalDate coveredFrom) {
        this.coveredFrom = coveredFrom;
    }

    /**
     * Returns the last date of care covered, if restricted.
     *
     * @return the value, may be null
     */
    public LocalDate getCoveredTo() {
        return coveredTo;
    }

    /**
     * Sets the last date of care covered, if restricted.
     *
     * @param coveredTo  the value, may be null
     */
    public void setCoveredTo(LocalDate coveredTo) {
        this.coveredTo = coveredTo;
    }

    /**
     * Returns who may disclose.
     *
     * @return the value, may be null
     */
    public String getDisclosingParty() {
        return disclosingParty;
    }

    /**
     * Sets who may disclose.
     *
     * @param disclosingParty  the value, may be null
     */
    public void setDisclosingParty(String disclosingParty) {
        this.disclosingParty = Forms.clean(disclosingParty);
    }

    /**
     * Returns the named recipients.
     *
     * @return the value, may be null
     */
    public List<String> getRecipients() {
        return recipients;
    }

    /**
     * Sets the named recipients.
     *
     * @param recipients  the value, may be null
     */
    public void setRecipients(List<String> recipients) {
        this.recipients = Forms.copy(recipients);
    }

    /**
     * Returns the purposes.
     *
     * @return the value, may be null
     */
    public List<PurposeKind> getPurposes() {
        return purposes;
    }

    /**
     * Sets the purposes.
     *
     * @param purposes  the value, may be null
     */
    public void setPurposes(List<PurposeKind> purposes) {
        this.purposes = Forms.copy(purposes);
    }

    /**
     * Returns the expiration date.
     *
     * @return the value, may be null
     */
    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    /**
     * Sets the expiration date.
     *
     * @param expiresOn  the value, may be null
     */
    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    /**
     * Returns the expiration event.
     *
     * @return the value, may be null
     */
    public String getExpirationEvent() {
        return expirationEvent;
    }

    /**
     * Sets the expiration event.
     *
     * @param expirationEvent  the value, may be null
     */
    public void setExpirationEvent(String expirationEvent) {
        this.expirationEvent = Forms.clean(expirationEvent);
    }

    /**
     * Returns the signer's name.
     *
     * @return the value, may be null
     */
    public String getSignerName() {
        return signerName;
    }

    /**
     * Sets the signer's name.
     *
     * @param signerName  the value, may be null
     */
    public void setSignerName(String signerName) {
        this.signerName = Forms.clean(signerName);
    }

    /**
     * Returns the date of signing.
     *
     * @return the value, may be null
     */
    public LocalDate getSignedOn() {
        return signedOn;
    }

    /**
     * Sets the date of signing.
     *
     * @param signedOn  the value, may be null
     */
    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    /**
     * Tells whether a personal representative signed.
     *
     * @return the value
     */
    public boolean isSignedByRepresentative() {
        return signedByRepresentative;
    }

    /**
     * Sets whether a personal representative signed.
     *
     * @param signedByRepresentative  the value, may be null
     */
    public void setSignedByRepresentative(boolean signedByRepresentative) {
        this.signedByRepresentative = signedByRepresentative;
    }

    /**
     * Returns the description of the representative's authority.
     *
     * @return the value, may be null
     */
    public String getRepresentativeAuthority() {
        return representativeAuthority;
    }

    /**
     * Sets the description of the representative's authority.
     *
     * @param representativeAuthority  the value, may be null
     */
    public void setRepresentativeAuthority(String representativeAuthority) {
        this.representativeAuthority = Forms.clean(representativeAuthority);
    }

    /**
     * Tells whether the document states the right to revoke.
     *
     * @return the value
     */
    public boolean isRightToRevokeStatement() {
        return rightToRevokeStatement;
    }

    /**
     * Sets whether the document states the right to revoke.
     *
     * @param rightToRevokeStatement  the value, may be null
     */
    public void setRightToRevokeStatement(boolean rightToRevokeStatement) {
        this.rightToRevokeStatement = rightToRevokeStatement;
    }

    /**
     * Tells whether the document states whether treatment may be conditioned on signing.
     *
     * @return the value
     */
    public boolean isConditioningStatement() {
        return conditioningStatement;
    }

    /**
     * Sets whether the document states whether treatment may be conditioned on signing.
     *
     * @param conditioningStatement  the value, may be null
     */
    public void setConditioningStatement(boolean conditioningStatement) {
        this.conditioningStatement = conditioningStatement;
    }

    /**
     * Tells whether the document states the potential for redisclosure.
     *
     * @return the value
     */
    public boolean isRedisclosureStatement() {
        return redisclosureStatement;
    }

    /**
     * Sets whether the document states the potential for redisclosure.
     *
     * @param redisclosureStatement  the value, may be null
     */
    public void setRedisclosureStatement(boolean redisclosureStatement) {
        this.redisclosureStatement = redisclosureStatement;
    }
}
