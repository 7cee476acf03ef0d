package io.github.medrecords.core.request;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is asking for the records, and so which legal bases they may rely on.
 */
public enum RequesterRole {
    /** The patient, asking for their own records (R1.1). */
    PATIENT(EnumSet.of(LegalBasis.INDIVIDUAL_ACCESS, LegalBasis.THIRD_PARTY_DIRECTIVE, LegalBasis.AUTHORIZATION)),
    /**
     * Someone with legal authority to make health-care decisions for the patient, treated as the
     * patient (R1.2); needs proof of that authority.
     */
    PERSONAL_REPRESENTATIVE(EnumSet.of(LegalBasis.INDIVIDUAL_ACCESS, LegalBasis.THIRD_PARTY_DIRECTIVE,
            LegalBasis.AUTHORIZATION)),
    /** A health-care provider asking for continuing care (R3.8), or under an authorization. */
    PROVIDER(EnumSet.of(LegalBasis.TREATMENT, LegalBasis.AUTHORIZATION)),
    /**
     * Anyone else: an attorney, insurer, employer, government agency; needs an authorization, the
     * patient's written directive, or a disclosure the law requires or permits.
     */
    THIRD_PARTY(EnumSet.of(LegalBasis.AUTHORIZATION, LegalBasis.THIRD_PARTY_DIRECTIVE,
            LegalBasis.COURT_ORDER_OR_SUBPOENA, LegalBasis.PUBLIC_HEALTH, LegalBasis.HEALTH_OVERSIGHT));

    private final Set<LegalBasis> permittedBases;

    RequesterRole(Set<LegalBasis> permittedBases) {
        this.permittedBases = Collections.unmodifiableSet(permittedBases);
    }

    /**
     * Returns the legal bases a requester in this role may rely on.
     *
     * @return an unmodifiable set, not null
     */
    public Set<LegalBasis> permittedBases() {
        return permittedBases;
    }

    /**
     * Tells whether a requester in this role may rely on a basis.
     *
     * @param basis  the basis, not null
     * @return true if permitted
     */
    public boolean permits(LegalBasis basis) {
        return permittedBases.contains(basis);
    }

    /**
     * Tells whether the requester stands in the patient's shoes for access (R1.2).
     *
     * @return true for the patient and a personal representative
     */
    public boolean actsAsIndividual() {
        return this == PATIENT || this == PERSONAL_REPRESENTATIVE;
    }
}
