package io.github.medrecords.core.fee;

import io.github.medrecords.core.law.Citation;
import io.github.medrecords.core.law.StateLawFile;
import io.github.medrecords.core.law.StateLawFormatException;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RequesterRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The legal fee limits the library knows, as versioned {@link LegalSchedule}s: what may be charged at
 * most for a request's context on the day it was received.
 *
 * <p>{@link #builtIn()} holds HIPAA (R2.1-R2.10), Connecticut CGS 20-7c (R5.1-R5.5, R5.10) for
 * providers, and five more states: New York, California (two schedules),
 * Texas, Florida (physicians) and Massachusetts (a table by Oct 1 effective date). Their rules are cited
 * {@code NY.1}, {@code CA.5} and so on, numbered in the order their research lists them
 * (docs/adding-a-state.md); every id is in the law book, docs/law. A rule the law book marks UNCONFIRMED is cited with
 * {@link Citation#unconfirmedLaw} and every finding that relies on it says so. Where both apply the lower
 * limit wins (R2.10): the compliance check applies every limit
 * that governs a context and reports the lowest maximum. Connecticut sets no overall cap (R5.3), so its
 * schedule has none. Immutable and thread-safe.
 */
public final class LegalLimits {

    /** The day Ciox Health v. Azar vacated the patient rate for third-party directives (R2.7). */
    public static final LocalDate CIOX_DECISION = LocalDate.of(2020, 1, 23);

    /** The day P.A. 08-184 raised Connecticut's per-page maximum from $0.45 to $0.65 (R5.2). */
    public static final LocalDate CT_PA_08_184 = LocalDate.of(2008, 10, 1);

    /**
     * The day the Texas Medical Board renumbered its rules (Chapter 165 into Chapter 163); the new
     * section number and amounts are UNCONFIRMED (docs/law/tx.md).
     */
    public static final LocalDate TX_RENUMBERED = LocalDate.of(2025, 1, 9);

    /**
     * The first Massachusetts effective date in the table (Oct 1, 2021); earlier rates were not
     * researched, so no Massachusetts schedule is in force before it.
     */
    public static final LocalDate MA_FIRST_RESEARCHED = LocalDate.of(2021, 10, 1);

    /**
     * The first Massachusetts effective date whose rates are UNCONFIRMED (Oct 1, 2024): the Oct 1, 2023
     * amounts are carried forward and every finding says they are unconfirmed.
     */
    public static final LocalDate MA_FIRST_UNCONFIRMED = LocalDate.of(2024, 10, 1);

    /**
     * An original mammogram, which New York lets no one charge for copying (PHL 18(2)(e)); a practice
     * uses this record type for its mammograms so the rule can find them.
     */
    public static final RecordType MAMMOGRAM = FeeConditionKeys.MAMMOGRAM;

    private static final LegalLimits BUILT_IN;

    static {
        List<LegalSchedule> all = new ArrayList<>(hipaa());
        for (StateLawFile file : StateLawFile.builtIn()) {
            all.addAll(ofStateFile(file));
        }
        BUILT_IN = new LegalLimits(all);
    }

    private final List<LegalSchedule> schedules;

    private LegalLimits(List<LegalSchedule> schedules) {
        this.schedules = List.copyOf(schedules);
    }

    /**
     * Returns the built-in schedules: HIPAA, Connecticut, New York, California, Texas, Florida and
     * Massachusetts.
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
     * Reads the fee schedules of a state law file (docs/adding-a-state.md), one per version of the state's fee
     * law, for a deployment that adds or replaces a state's law.
     *
     * @param file  the file, not null
     * @return the schedules, oldest first, not null
     * @throws StateLawFormatException if the file breaks the format, listing every problem with its line
     */
    public static List<LegalSchedule> ofStateFile(StateLawFile file) {
        Objects.requireNonNull(file, "file");
        List<LegalSchedule> schedules = StateFeeLaw.schedules(file);
        file.refuseIfProblems();
        return schedules;
    }

    /**
     * Returns the built-in schedules of one state, oldest first.
     *
     * @param state  the state, not null
     * @return the schedules, empty if the library has no fee law for the state; not null
     */
    public static List<LegalSchedule> of(UsState state) {
        Objects.requireNonNull(state, "state");
        List<LegalSchedule> result = new ArrayList<>();
        for (LegalSchedule schedule : BUILT_IN.schedules) {
            if (schedule.jurisdiction().orElse(null) == state) {
                result.add(schedule);
            }
        }
        return List.copyOf(result);
    }

    /**
     * Returns Connecticut's schedules (ct.properties).
     *
     * @return the schedules, not null
     */
    public static List<LegalSchedule> connecticut() {
        return of(UsState.CT);
    }

    /**
     * Returns New York's schedules (ny.properties).
     *
     * @return the schedules, not null
     */
    public static List<LegalSchedule> newYork() {
        return of(UsState.NY);
    }

    /**
     * Returns California's schedules (ca.properties).
     *
     * @return the schedules, not null
     */
    public static List<LegalSchedule> california() {
        return of(UsState.CA);
    }

    /**
     * Returns Texas's schedules (tx.properties).
     *
     * @return the schedules, not null
     */
    public static List<LegalSchedule> texas() {
        return of(UsState.TX);
    }

    /**
     * Returns Florida's schedules (fl.properties).
     *
     * @return the schedules, not null
     */
    public static List<LegalSchedule> florida() {
        return of(UsState.FL);
    }

    /**
     * Returns Massachusetts's schedules (ma.properties).
     *
     * @return the schedules, not null
     */
    public static List<LegalSchedule> massachusetts() {
        return of(UsState.MA);
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
                        "no fee for access through the certified EHR's patient portal or patient-access API",
                        patientRate.withDeliveryMethods(DeliveryMethod.PORTAL_DOWNLOAD, DeliveryMethod.PATIENT_APP)),
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
                        patientRate.withCopyFormat(CopyFormat.ELECTRONIC)
                                .withRecordKeepings(RecordKeeping.PAPER, RecordKeeping.MICROFILM)),
                LegalLimit.chargeProhibited(Citation.law("R2.2", "[MONDAQ][WK][EBIA]"),
                        "no fee for searching for and retrieving the records, and none for inspecting them without"
                                + " copies, even where state law would allow one",
                        patientRate, ChargeKind.SEARCH_AND_RETRIEVAL, ChargeKind.INSPECTION),
                LegalLimit.feeStatedInAdvance(Citation.law("R2.6", "[FAQ2030][EBIA]"),
                        "the approximate fee must be told in advance, so a published price needs an amount",
                        patientRate));
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
