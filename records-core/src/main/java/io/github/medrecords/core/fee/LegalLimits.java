package io.github.medrecords.core.fee;

import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RequesterRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The legal fee limits the library knows, as versioned {@link LegalSchedule}s: what may be charged at
 * most for a request's context on the day it was received.
 *
 * <p>{@link #builtIn()} holds HIPAA (R2.1-R2.10) and Connecticut CGS 20-7c (R5.1-R5.5, R5.10) for
 * providers. Where both apply the lower limit wins (R2.10): the compliance check applies every limit
 * that governs a context and reports the lowest maximum. Connecticut sets no overall cap (R5.3), so its
 * schedule has none. Immutable and thread-safe.
 */
public final class LegalLimits {

    /** The day Ciox Health v. Azar vacated the patient rate for third-party directives (R2.7). */
    public static final LocalDate CIOX_DECISION = LocalDate.of(2020, 1, 23);

    /** The day P.A. 08-184 raised Connecticut's per-page maximum from $0.45 to $0.65 (R5.2). */
    public static final LocalDate CT_PA_08_184 = LocalDate.of(2008, 10, 1);

    private static final LegalLimits BUILT_IN;

    static {
        List<LegalSchedule> all = new ArrayList<>(hipaa());
        all.addAll(connecticut());
        BUILT_IN = new LegalLimits(all);
    }

    private final List<LegalSchedule> schedules;

    private LegalLimits(List<LegalSchedule> schedules) {
        this.schedules = List.copyOf(schedules);
    }

    /**
     * Returns the built-in schedules: HIPAA and Connecticut.
     *
     * @return the limits, not null
     */
    public static LegalLimits builtIn() {
        return BUILT_IN;
    }

    /**
     * Obtains limits from schedules, for a deployment that adds or replaces law.
     *
     * @param schedules  the schedules, not null
     * @return the limits, not null
     */
    public static LegalLimits of(List<LegalSchedule> schedules) {
        Objects.requireNonNull(schedules, "schedules");
        return new LegalLimits(schedules);
    }

    /**
     * Returns a copy with one more schedule, for example a new version of a state's law.
     *
     * @param schedule  the schedule, not null
     * @return the changed limits, not null
     */
    public LegalLimits plus(LegalSchedule schedule) {
        Objects.requireNonNull(schedule, "schedule");
        List<LegalSchedule> copy = new ArrayList<>(schedules);
        copy.add(schedule);
        return new LegalLimits(copy);
    }

    /**
     * Returns the schedules.
     *
     * @return an unmodifiable list, not null
     */
    public List<LegalSchedule> schedules() {
        return schedules;
    }

    /**
     * Returns the limits that govern a context: from schedules in force on the day the request was
     * received, of federal law or a state in the context's jurisdictions, whose condition matches.
     *
     * @param context  the context, not null
     * @return the limits, federal first; not null
     */
    public List<LegalLimit> applicableTo(FeeContext context) {
        Objects.requireNonNull(context, "context");
        List<LegalLimit> result = new ArrayList<>();
        collect(context, result);
        return result;
    }

    void collect(FeeContext context, List<LegalLimit> into) {
        for (int i = 0; i < schedules.size(); i++) {
            LegalSchedule schedule = schedules.get(i);
            if (schedule.governs(context)) {
                List<LegalLimit> limits = schedule.limits();
                for (int j = 0; j < limits.size(); j++) {
                    LegalLimit limit = limits.get(j);
                    if (limit.condition().matches(context)) {
                        into.add(limit);
                    }
                }
            }
        }
    }

    /**
     * Returns HIPAA's patient-rate schedules (45 CFR 164.524(c)(4) and OCR guidance): before Ciox v.
     * Azar the patient rate covered an individual's access and directives to third parties; from
     * {@link #CIOX_DECISION} only the individual's own access (R2.7, R2.8); requests under an
     * authorization never (R2.9).
     *
     * @return the two versions, not null
     */
    public static List<LegalSchedule> hipaa() {
        return List.of(
                LegalSchedule.federal("HIPAA patient rate, before Ciox v. Azar (R2.7)", null, CIOX_DECISION,
                        hipaaPatientRate(FeeCondition.any()
                                .withLegalBases(LegalBasis.INDIVIDUAL_ACCESS, LegalBasis.THIRD_PARTY_DIRECTIVE)
                                .withRoles(RequesterRole.PATIENT, RequesterRole.PERSONAL_REPRESENTATIVE))),
                LegalSchedule.federal("HIPAA patient rate, individual access only (R2.8)", CIOX_DECISION, null,
                        hipaaPatientRate(FeeCondition.any()
                                .withLegalBases(LegalBasis.INDIVIDUAL_ACCESS)
                                .withRoles(RequesterRole.PATIENT, RequesterRole.PERSONAL_REPRESENTATIVE))));
    }

    private static List<LegalLimit> hipaaPatientRate(FeeCondition patientRate) {
        return List.of(
                LegalLimit.noFee(Citation.law("R2.2", "[MONDAQ][WK][EBIA]"),
                        "no fee for access through the certified-EHR patient portal",
                        patientRate.withDeliveryMethods(DeliveryMethod.PORTAL_DOWNLOAD)),
                LegalLimit.methodProhibited(Citation.law("R2.5", "[WK][LEX]"),
                        "no per-page fee for copies of records kept electronically; charge actual or average"
                                + " labour cost or the flat fee of at most $6.50",
                        patientRate.withRecordKeeping(RecordKeeping.ELECTRONIC), ChargeBasis.PER_PAGE),
                LegalLimit.flatFeeOrCostBasis(Citation.law("R2.3", "[FAQ2030][EBIA]"),
                        "a flat fee of at most $6.50 for electronic copies of records kept electronically; more"
                                + " only with a documented actual or average allowable cost (R2.4)",
                        patientRate.withCopyFormat(CopyFormat.ELECTRONIC).withRecordKeeping(RecordKeeping.ELECTRONIC),
                        "6.50"),
                LegalLimit.costBased(Citation.law("R2.1", "[WK][MONDAQ][EBIA]"),
                        "a reasonable, cost-based fee for paper copies: labour, supplies and postage, documented",
                        patientRate.withCopyFormat(CopyFormat.PAPER)),
                LegalLimit.costBased(Citation.law("R2.1", "[WK][MONDAQ][EBIA]"),
                        "a reasonable, cost-based fee for electronic copies of paper records, documented",
                        patientRate.withCopyFormat(CopyFormat.ELECTRONIC).withRecordKeeping(RecordKeeping.PAPER)));
    }

    /**
     * Returns Connecticut's schedules for providers under CGS 20-7c: requests by the patient, the
     * patient's attorney or representative, or under a written authorization (R5.1, R5.10); $0.45 a
     * page before {@link #CT_PA_08_184}, $0.65 from then (R5.2), no overall cap (R5.3), images at the
     * cost of materials (R5.4), nothing for a documented Social Security claim (R5.5).
     *
     * @return the two versions, not null
     */
    public static List<LegalSchedule> connecticut() {
        FeeCondition covered = FeeCondition.any().withLegalBases(LegalBasis.INDIVIDUAL_ACCESS,
                LegalBasis.THIRD_PARTY_DIRECTIVE, LegalBasis.AUTHORIZATION);
        return List.of(
                LegalSchedule.state("CGS 20-7c before P.A. 08-184", UsState.CT, null, CT_PA_08_184,
                        connecticutProviders(covered, "0.45", "[CT-PA08]")),
                LegalSchedule.state("CGS 20-7c as amended by P.A. 08-184", UsState.CT, CT_PA_08_184, null,
                        connecticutProviders(covered, "0.65", "[CT-PA08][CT-DPH][CT-OLR]")));
    }

    private static List<LegalLimit> connecticutProviders(FeeCondition covered, String perPage, String perPageSource) {
        return List.of(
                LegalLimit.noFee(Citation.law("R5.5", "[CT-PA08][CT-DPH]"),
                        "no charge for records supporting a Social Security claim or appeal, with documentation",
                        covered.withPurposes(PurposeKind.SOCIAL_SECURITY_CLAIM).withDocumentedClaim()),
                LegalLimit.perPageMaximum(Citation.law("R5.2", perPageSource),
                        "at most $" + perPage + " a page including research and handling, plus first-class postage;"
                                + " no overall cap (R5.3)",
                        covered, perPage),
                LegalLimit.costOfMaterials(Citation.law("R5.4", "[CT-PA08][CT-DPH]"),
                        "x-ray and other image copies at the cost of materials", covered));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof LegalLimits o && schedules.equals(o.schedules);
    }

    @Override
    public int hashCode() {
        return schedules.hashCode();
    }

    @Override
    public String toString() {
        return "LegalLimits" + schedules;
    }
}
