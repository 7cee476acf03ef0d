package io.github.medrecords.core.workflow;

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
    PSYCHOTHERAPY_NOTES(false, "R1.17", "The records you asked for include psychotherapy notes, which the law"
            + " excludes from the right of access."),
    /** Information compiled for a civil, criminal or administrative proceeding (R1.1, R1.17). */
    LITIGATION_MATERIAL(false, "R1.17", "The records you asked for were compiled for use in a legal proceeding,"
            + " which the law excludes from the right of access."),
    /** An inmate's copy that would jeopardize safety in a correctional institution (R1.17). */
    INMATE_SAFETY(false, "R1.17", "A copy would put the safety of people in a correctional institution at"
            + " risk."),
    /** Research with treatment while the research is in progress, where the individual agreed (R1.17). */
    RESEARCH_IN_PROGRESS(false, "R1.17", "The records come from a research study that is still in progress,"
            + " and you agreed to wait until it ends."),
    /** Records protected by the Privacy Act (R1.17). */
    PRIVACY_ACT(false, "R1.17", "The records are covered by the federal Privacy Act, which allows this"
            + " denial."),
    /** Information obtained from someone other than a provider under a promise of confidentiality (R1.17). */
    CONFIDENTIAL_SOURCE(false, "R1.17", "The information was given to us in confidence by someone who is not a"
            + " health-care provider, and access would likely reveal who that is."),
    /** Access reasonably likely to endanger the life or physical safety of the individual or another (R1.18). */
    ENDANGERMENT(true, "R1.18", "A licensed health-care professional has decided that access is reasonably"
            + " likely to endanger your life or physical safety or someone else's."),
    /** The records reference another person and access is likely to cause that person substantial harm (R1.18). */
    REFERENCE_TO_ANOTHER_PERSON(true, "R1.18", "A licensed health-care professional has decided that the"
            + " records refer to another person and that access is likely to cause that person substantial harm."),
    /** A personal representative's access is likely to cause substantial harm (R1.18). */
    PERSONAL_REPRESENTATIVE_HARM(true, "R1.18", "A licensed health-care professional has decided that access by"
            + " a personal representative is likely to cause substantial harm to the patient or another person.");

    private final boolean reviewable;
    private final String ruleId;
    private final String basis;

    DenialGround(boolean reviewable, String ruleId, String basis) {
        this.reviewable = reviewable;
        this.ruleId = ruleId;
        this.basis = basis;
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
     * Returns the basis of the denial in plain language, for the denial notice (R1.21(i)).
     *
     * @return one sentence, not null
     */
    public String basis() {
        return basis;
    }
}
