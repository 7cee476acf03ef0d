package io.github.medrecords.core.request;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The legal basis of a disclosure: it decides whether an authorization is needed, which fee rules
 * and deadlines apply, and whether the accounting of disclosures lists it.
 */
public enum LegalBasis {
    /**
     * The individual's right of access to their own records (45 CFR 164.524, R1.1); a required
     * disclosure that needs no authorization (R3.7, R1.7).
     */
    INDIVIDUAL_ACCESS("R1.1", false, false),
    /**
     * The patient's signed written directive to send a copy to a named person (R1.15); after Ciox
     * v. Azar it binds only for an electronic copy of records kept in an EHR (R1.16), and the patient
     * rate no longer applies to it (R2.8).
     */
    THIRD_PARTY_DIRECTIVE("R1.15", false, false),
    /** A HIPAA authorization signed by the patient or their representative (R3.1). */
    AUTHORIZATION("R3.1", true, false),
    /** Disclosure to another provider for treatment, such as continuing care (R3.8). */
    TREATMENT("R3.8", false, false),
    /** A disclosure required by law: a subpoena or court order; listed in the accounting (R4.2). */
    COURT_ORDER_OR_SUBPOENA("R4.2", false, true, EnumSet.of(DocumentKind.SUBPOENA, DocumentKind.COURT_ORDER)),
    /** A disclosure permitted by law for public health; listed in the accounting (R4.2). */
    PUBLIC_HEALTH("R4.2", false, true),
    /** A disclosure permitted by law for health oversight; listed in the accounting (R4.2). */
    HEALTH_OVERSIGHT("R4.2", false, true);

    private final String ruleId;
    private final boolean requiresAuthorization;
    private final boolean listedInAccounting;
    private final Set<DocumentKind> acceptedDocuments;

    LegalBasis(String ruleId, boolean requiresAuthorization, boolean listedInAccounting) {
        this(ruleId, requiresAuthorization, listedInAccounting, EnumSet.noneOf(DocumentKind.class));
    }

    LegalBasis(String ruleId, boolean requiresAuthorization, boolean listedInAccounting,
            Set<DocumentKind> acceptedDocuments) {
        this.ruleId = ruleId;
        this.requiresAuthorization = requiresAuthorization;
        this.listedInAccounting = listedInAccounting;
        this.acceptedDocuments = Collections.unmodifiableSet(acceptedDocuments);
    }

    /**
     * Returns the documents of which a request on this basis must attach at least one (a subpoena or
     * court order for {@link #COURT_ORDER_OR_SUBPOENA}); empty where none is needed.
     *
     * @return an unmodifiable set, not null
     */
    public Set<DocumentKind> acceptedDocuments() {
        return acceptedDocuments;
    }

    /**
     * Tells whether a request on this basis needs the patient's signed directive (R1.15).
     *
     * @return true only for {@link #THIRD_PARTY_DIRECTIVE}
     */
    public boolean requiresDirective() {
        return this == THIRD_PARTY_DIRECTIVE;
    }

    /**
     * Returns the law-book id of the rule that establishes this basis.
     *
     * @return the rule id, for example {@code R1.1}, not null
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * Tells whether a disclosure on this basis needs a valid HIPAA authorization (R3.1, R3.7).
     *
     * @return true only for {@link #AUTHORIZATION}
     */
    public boolean requiresAuthorization() {
        return requiresAuthorization;
    }

    /**
     * Tells whether the accounting of disclosures lists a disclosure on this basis (R4.2):
     * disclosures to the individual (including those the individual directs), for treatment and
     * under an authorization are excluded; those required or permitted by law are listed.
     *
     * @return true if the disclosure log must record it for the accounting
     */
    public boolean listedInAccounting() {
        return listedInAccounting;
    }

    /**
     * Tells whether this is the individual's own access right, to which the HIPAA patient rate
     * applies (R2.1, R2.8).
     *
     * @return true only for {@link #INDIVIDUAL_ACCESS}
     */
    public boolean isIndividualAccess() {
        return this == INDIVIDUAL_ACCESS;
    }
}
