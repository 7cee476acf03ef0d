package io.github.medrecords.core.workflow;

import io.github.medrecords.core.party.Language;
import io.github.medrecords.core.wording.NoticeBundle;

/**
 * Why access to records may be denied (45 CFR 164.524(a)(2)-(3)), with whether the requester may
 * have the denial reviewed.
 *
 * <p>Unreviewable grounds (R1.17) need no professional judgment; reviewable grounds (R1.18) need the
 * determination of a licensed health-care professional, made case by case (R1.19), and give the
 * requester the right to a review by another one (R1.20).
 */
public enum DenialGround {
    /** Psychotherapy notes are excepted from the right of access (R1.1, R1.17). */
    PSYCHOTHERAPY_NOTES(false, "R1.17"),
    /** Information compiled for a civil, criminal or administrative proceeding (R1.1, R1.17). */
    LITIGATION_MATERIAL(false, "R1.17"),
    /** An inmate's copy that would jeopardize safety in a correctional institution (R1.17). */
    INMATE_SAFETY(false, "R1.17"),
    /** Research with treatment while the research is in progress, where the individual agreed (R1.17). */
    RESEARCH_IN_PROGRESS(false, "R1.17"),
    /** Records protected by the Privacy Act (R1.17). */
    PRIVACY_ACT(false, "R1.17"),
    /** Information obtained from someone other than a provider under a promise of confidentiality (R1.17). */
    CONFIDENTIAL_SOURCE(false, "R1.17"),
    /** Access reasonably likely to endanger the life or physical safety of the individual or another (R1.18). */
    ENDANGERMENT(true, "R1.18"),
    /** The records reference another person and access is likely to cause that person substantial harm (R1.18). */
    REFERENCE_TO_ANOTHER_PERSON(true, "R1.18"),
    /** A personal representative's access is likely to cause substantial harm (R1.18). */
    PERSONAL_REPRESENTATIVE_HARM(true, "R1.18");

    private final boolean reviewable;
    private final String ruleId;
    DenialGround(boolean reviewable, String ruleId) {
        this.reviewable = reviewable;
        this.ruleId = ruleId;
    }

    /**
     * Tells whether the requester may have a denial on this ground reviewed (R1.18, R1.20).
     *
     * @return true for reviewable grounds, which also need a licensed professional's determination
     */
    public boolean reviewable() {
        return reviewable;
    }

    /**
     * Returns the rule behind the ground.
     *
     * @return a law-book id, not null
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * Returns the basis of the denial in plain English, for the denial notice (R1.21(i)).
     *
     * @return one sentence, not null
     */
    public String basis() {
        return basis(Language.ENGLISH);
    }

    /**
     * Returns the basis of the denial in plain language, for the denial notice (R1.21(i)), from the
     * notice bundle's {@code denial.basis.<ground>}.
     *
     * @param language  the requester's language, not null
     * @return one sentence, not null
     */
    public String basis(Language language) {
        return NoticeBundle.standard().text(language, "denial.basis." + name());
    }
}
