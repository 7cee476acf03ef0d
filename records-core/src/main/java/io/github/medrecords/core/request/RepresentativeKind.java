package io.github.medrecords.core.request;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of personal representative (45 CFR 164.502(g), R1.2), each with the documents that
 * prove its authority.
 */
public enum RepresentativeKind {
    /** A parent of an unemancipated minor. */
    PARENT_OF_MINOR(EnumSet.of(DocumentKind.PROOF_OF_PARENTHOOD, DocumentKind.GUARDIANSHIP_ORDER)),
    /** A legal guardian of a minor. */
    GUARDIAN_OF_MINOR(EnumSet.of(DocumentKind.GUARDIANSHIP_ORDER)),
    /** A court-appointed guardian or conservator of an adult. */
    COURT_APPOINTED_GUARDIAN(EnumSet.of(DocumentKind.GUARDIANSHIP_ORDER)),
    /** An agent under a health-care power of attorney. */
    HEALTH_CARE_AGENT(EnumSet.of(DocumentKind.HEALTH_CARE_POWER_OF_ATTORNEY)),
    /** The executor of a deceased patient's estate. */
    ESTATE_EXECUTOR(EnumSet.of(DocumentKind.LETTERS_TESTAMENTARY)),
    /** The administrator of a deceased patient's estate. */
    ESTATE_ADMINISTRATOR(EnumSet.of(DocumentKind.LETTERS_OF_ADMINISTRATION));

    private final Set<DocumentKind> acceptedProof;

    RepresentativeKind(Set<DocumentKind> acceptedProof) {
        this.acceptedProof = Collections.unmodifiableSet(acceptedProof);
    }

    /**
     * Returns the documents of which at least one proves this kind of authority.
     *
     * @return an unmodifiable, non-empty set, not null
     */
    public Set<DocumentKind> acceptedProof() {
        return acceptedProof;
    }
}
