package io.github.medrecords.core.fee;

import io.github.medrecords.core.law.Citation;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
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
    public static final RecordType MAMMOGRAM = RecordType.of("MAMMOGRAM", "Original mammogram", true);

    /**
     * The Massachusetts copy-fee table keyed by Oct 1 effective date (G.L. c.111 70, c.112 12CC): effective
     * date, base fee, per page for pages 1-100, per page from 101. A new year is one more row (and, once
     * confirmed, the carried-forward row below is replaced).
     */
    private static final String[][] MA_TABLE = {
        {"2021-10-01", "27.01", "0.91", "0.46"},
        {"2022-10-01", "27.87", "0.94", "0.48"},
        {"2023-10-01", "28.38", "0.95", "0.49"},
    };

    private static final PurposeKind[] BENEFIT_CLAIMS = {
        PurposeKind.SOCIAL_SECURITY_CLAIM, PurposeKind.GOVERNMENT_BENEFIT_CLAIM, PurposeKind.VETERANS_BENEFIT_CLAIM};

    private static final LegalLimits BUILT_IN;

    static {
        List<LegalSchedule> all = new ArrayList<>(hipaa());
        all.addAll(connecticut());
        all.addAll(newYork());
        all.addAll(california());
        all.addAll(texas());
        all.addAll(florida());
        all.addAll(massachusetts());
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

    /**
     * Returns New York's schedule, Public Health Law 18(2)(e) (docs/law/ny.md): for qualified
     * persons (the patient, a guardian or representative, an attorney representing a qualified person,
     * encoded as requests of the individual, directives and authorizations) paper copies at most $0.75 a
     * page (NY.1), nothing for copying an original mammogram (NY.2), and nothing for records supporting
     * an application, claim or appeal for a government benefit or program, also between providers under
     * section 17 (NY.3, L.2017 ch. 322). "Within a reasonable time" sets no number of days, so no deadline
     * is encoded; "not above the cost incurred" is stated in NY.1's words but not checked (no cost kind).
     *
     * @return the one version, not null
     */
    public static List<LegalSchedule> newYork() {
        FeeCondition qualified = FeeCondition.any().withLegalBases(LegalBasis.INDIVIDUAL_ACCESS,
                LegalBasis.THIRD_PARTY_DIRECTIVE, LegalBasis.AUTHORIZATION);
        return List.of(LegalSchedule.state("NY Public Health Law 18(2)(e)", UsState.NY, null, null, List.of(
                LegalLimit.noFee(Citation.law("NY.3", "[NY] PHL 18(2)(e); L.2017 ch. 322"),
                        "no charge for records supporting an application, claim or appeal for a government benefit"
                                + " or program, also for transfers between providers",
                        FeeCondition.any().withLegalBases(LegalBasis.INDIVIDUAL_ACCESS,
                                LegalBasis.THIRD_PARTY_DIRECTIVE, LegalBasis.AUTHORIZATION, LegalBasis.TREATMENT)
                                .withPurposes(BENEFIT_CLAIMS[0], BENEFIT_CLAIMS[1], BENEFIT_CLAIMS[2])),
                LegalLimit.pageSchedule(Citation.law("NY.1", "[NY] PHL 18(2)(e)"),
                        "paper copies at most $0.75 a page, and not above the cost incurred, for qualified persons",
                        qualified.withCopyFormat(CopyFormat.PAPER), PageSchedule.perPage("0.75"), false),
                LegalLimit.noFeeForImages(Citation.law("NY.2", "[NY] PHL 18(2)(e)"),
                        "no charge for copying an original mammogram", qualified.withRecordTypes(MAMMOGRAM)))));
    }

    /**
     * Returns California's two schedules (docs/law/ca.md). Health &amp; Safety Code 123110 for
     * every request but an attorney's before suit: at most $0.25 a page (CA.1), $0.50 a page from
     * microfilm (CA.2), each plus documented reasonable clerical costs; x-rays sent to another provider at
     * reasonable cost (CA.3); a free copy for public-benefit claims and appeals (CA.4). Evidence Code
     * 1158 for an attorney's request with the patient's written authorization before suit: $0.10 a page
     * (CA.5) and $0.20 from microfilm (CA.6) plus documented clerical labour (at most $16 an hour per
     * person) and actual postage; electronic copies under 1158 are UNCONFIRMED and encoded at the paper
     * rates (CA.7). For a patient's own copies HIPAA's lower cost-based limit governs too (R2.10).
     *
     * @return the one version, not null
     */
    public static List<LegalSchedule> california() {
        FeeCondition hsc = FeeCondition.any().withLegalBases(LegalBasis.INDIVIDUAL_ACCESS,
                LegalBasis.THIRD_PARTY_DIRECTIVE, LegalBasis.AUTHORIZATION).withAttorneyBeforeSuit(false);
        FeeCondition evidence = FeeCondition.any().withLegalBases(LegalBasis.AUTHORIZATION)
                .withRoles(RequesterRole.THIRD_PARTY).withAttorneyBeforeSuit(true);
        String hscSource = "[CA] Health & Safety Code 123110";
        String evidenceSource = "[CA] Evidence Code 1158";
        return List.of(LegalSchedule.state("CA Health & Safety Code 123110 and Evidence Code 1158", UsState.CA,
                null, null, List.of(
                LegalLimit.noFee(Citation.law("CA.4", hscSource),
                        "a free copy for a claim or appeal for public benefits such as Medi-Cal",
                        hsc.withPurposes(BENEFIT_CLAIMS[0], BENEFIT_CLAIMS[1], BENEFIT_CLAIMS[2])),
                LegalLimit.pageSchedule(Citation.law("CA.1", hscSource),
                        "at most $0.25 a page plus documented reasonable clerical costs",
                        hsc.withRecordKeepings(RecordKeeping.PAPER, RecordKeeping.ELECTRONIC),
                        PageSchedule.perPage("0.25"), false).withDocumentedCostOnTop(CostKind.CLERICAL),
                LegalLimit.pageSchedule(Citation.law("CA.2", hscSource),
                        "at most $0.50 a page from microfilm plus documented reasonable clerical costs",
                        hsc.withRecordKeeping(RecordKeeping.MICROFILM), PageSchedule.perPage("0.50"), false)
                        .withDocumentedCostOnTop(CostKind.CLERICAL),
                LegalLimit.imagesAtDocumentedCost(Citation.law("CA.3", hscSource),
                        "x-rays sent to another provider at a documented reasonable cost",
                        FeeCondition.any().withLegalBases(LegalBasis.TREATMENT)
                                .withRecordTypes(RecordType.XRAY_IMAGES), CostKind.ACTUAL_COST),
                evidence1158(Citation.law("CA.5", evidenceSource), "$0.10", evidence.withCopyFormat(CopyFormat.PAPER)
                        .withRecordKeepings(RecordKeeping.PAPER, RecordKeeping.ELECTRONIC), "0.10"),
                evidence1158(Citation.law("CA.6", evidenceSource), "$0.20 from microfilm",
                        evidence.withCopyFormat(CopyFormat.PAPER).withRecordKeeping(RecordKeeping.MICROFILM), "0.20"),
                evidence1158(Citation.unconfirmedLaw("CA.7", evidenceSource), "$0.10 (electronic copies at the"
                        + " paper rate)", evidence.withCopyFormat(CopyFormat.ELECTRONIC)
                        .withRecordKeepings(RecordKeeping.PAPER, RecordKeeping.ELECTRONIC), "0.10"),
                evidence1158(Citation.unconfirmedLaw("CA.7", evidenceSource), "$0.20 from microfilm (electronic"
                        + " copies at the paper rate)", evidence.withCopyFormat(CopyFormat.ELECTRONIC)
                        .withRecordKeeping(RecordKeeping.MICROFILM), "0.20"))));
    }

    private static LegalLimit evidence1158(Citation citation, String rate, FeeCondition condition, String perPage) {
        return LegalLimit.pageSchedule(citation, "an attorney's request before suit: at most " + rate
                + " a page plus clerical labour (at most $16 an hour per person, $4 a quarter hour or part of one)"
                + " and actual postage",
                condition, PageSchedule.perPage(perPage), true).withDocumentedCostOnTop(CostKind.CLERICAL)
                .withHourlyLabourOnTop("16.00");
    }

    /**
     * Returns Texas's schedules for physicians (docs/law/tx.md), for requests of the individual,
     * directives and authorizations: paper copies at most $25 for pages 1-20 and $0.50 a page from 21
     * (TX.1); electronic copies at most $25 for up to 500 pages and $50 for more (TX.2); no search or
     * retrieval fee on top. Under 22 TAC 165.2 until {@link #TX_RENUMBERED}; from then under the
     * renumbered Chapter 163 with the same amounts, UNCONFIRMED. An affidavit (certification) of at most $15
     * is allowed on top of either (seen only on a practice page, UNCONFIRMED); the deadline (15 business days) is in the timeframe package.
     *
     * @return the two versions, not null
     */
    public static List<LegalSchedule> texas() {
        return List.of(
                LegalSchedule.state("TX Medical Board rule 22 TAC 165.2", UsState.TX, null, TX_RENUMBERED,
                        texasPhysicians(Citation.law("TX.1", "[TX] 22 TAC 165.2"),
                                Citation.law("TX.2", "[TX] 22 TAC 165.2"))),
                LegalSchedule.state("TX Medical Board rules, Chapter 163 (renumbered; UNCONFIRMED)", UsState.TX,
                        TX_RENUMBERED, null,
                        texasPhysicians(Citation.unconfirmedLaw("TX.1", "[TX] TMB rules Ch. 163 (renumbered)"),
                                Citation.unconfirmedLaw("TX.2", "[TX] TMB rules Ch. 163 (renumbered)"))));
    }

    private static List<LegalLimit> texasPhysicians(Citation paper, Citation electronic) {
        FeeCondition covered = FeeCondition.any().withLegalBases(LegalBasis.INDIVIDUAL_ACCESS,
                LegalBasis.THIRD_PARTY_DIRECTIVE, LegalBasis.AUTHORIZATION);
        return List.of(
                LegalLimit.pageSchedule(paper, "paper copies at most $25 for pages 1-20 and $0.50 a page from 21,"
                        + " no search or retrieval fee; an affidavit at most $15 on top (seen on a practice page only)",
                        covered.withCopyFormat(CopyFormat.PAPER),
                        PageSchedule.none().plusFlatFrom(1, "25.00").plusPerPageFrom(21, "0.50"), false)
                        .withChargeOnTop(ChargeKind.CERTIFICATION, "15.00"),
                LegalLimit.pageSchedule(electronic, "electronic copies at most $25 for up to 500 pages and $50 for"
                        + " more, no search or retrieval fee; an affidavit at most $15 on top (seen on a practice page only)",
                        covered.withCopyFormat(CopyFormat.ELECTRONIC),
                        PageSchedule.none().plusFlatFrom(1, "25.00").plusFlatFrom(501, "25.00"), false)
                        .withChargeOnTop(ChargeKind.CERTIFICATION, "15.00"));
    }

    /**
     * Returns Florida's schedule for physicians, Fla. Admin. Code 64B8-10.003 (docs/law/fl.md):
     * for patients and government agencies (encoded as public-health and oversight disclosures) $1.00 a
     * page for the first 25 pages and $0.25 a page after (FL.1); for other entities $1.00 a page (FL.2);
     * x-rays at actual cost, materials, supplies, labour and overhead included (FL.3). The deadline is
     * UNCONFIRMED (none encoded); hospitals' F.S. 395.3025 schedule is not encoded (physicians only).
     *
     * @return the one version, not null
     */
    public static List<LegalSchedule> florida() {
        String source = "[FL] Fla. Admin. Code 64B8-10.003";
        PageSchedule patients = PageSchedule.perPage("1.00").plusPerPageFrom(26, "0.25");
        String patientsText = "for patients and government agencies at most $1.00 a page for the first 25 pages"
                + " and $0.25 a page after";
        return List.of(LegalSchedule.state("FL physicians, Fla. Admin. Code 64B8-10.003", UsState.FL, null, null,
                List.of(
                LegalLimit.pageSchedule(Citation.law("FL.1", source), patientsText,
                        FeeCondition.any().withRoles(RequesterRole.PATIENT, RequesterRole.PERSONAL_REPRESENTATIVE),
                        patients, false),
                LegalLimit.pageSchedule(Citation.law("FL.1", source), patientsText,
                        FeeCondition.any().withLegalBases(LegalBasis.PUBLIC_HEALTH, LegalBasis.HEALTH_OVERSIGHT),
                        patients, false),
                LegalLimit.pageSchedule(Citation.law("FL.2", source), "for other entities at most $1.00 a page",
                        FeeCondition.any().withRoles(RequesterRole.PROVIDER, RequesterRole.THIRD_PARTY)
                                .withLegalBases(LegalBasis.TREATMENT, LegalBasis.AUTHORIZATION,
                                        LegalBasis.THIRD_PARTY_DIRECTIVE, LegalBasis.COURT_ORDER_OR_SUBPOENA),
                        PageSchedule.perPage("1.00"), false),
                LegalLimit.imagesAtDocumentedCost(Citation.law("FL.3", source),
                        "x-rays at actual cost: materials, supplies, labour and overhead",
                        FeeCondition.any().withRecordTypes(RecordType.XRAY_IMAGES), CostKind.ACTUAL_COST))));
    }

    /**
     * Returns Massachusetts's schedules, G.L. c.111 70 (hospitals, clinics) and c.112 12CC (physicians and
     * other providers), from a table keyed by Oct 1 effective date (docs/law/ma.md): a base fee,
     * a rate per page for pages 1-100 and a lower rate from page 101 (MA.1), for requests of the
     * individual, directives and authorizations; nothing for records supporting a claim under the Social
     * Security Act or a need-based program (MA.2). Oct 2021, 2022 and 2023 are confirmed; from
     * {@link #MA_FIRST_UNCONFIRMED} the 2023 amounts are carried forward, UNCONFIRMED. No deadline was found.
     *
     * @return one version per table row plus the carried-forward one, not null
     */
    public static List<LegalSchedule> massachusetts() {
        List<LegalSchedule> versions = new ArrayList<>();
        for (int i = 0; i < MA_TABLE.length; i++) {
            String[] row = MA_TABLE[i];
            LocalDate from = LocalDate.parse(row[0]);
            LocalDate until = i + 1 < MA_TABLE.length ? LocalDate.parse(MA_TABLE[i + 1][0]) : MA_FIRST_UNCONFIRMED;
            versions.add(LegalSchedule.state("MA G.L. c.111 70 and c.112 12CC, rates of " + row[0], UsState.MA,
                    from, until, massachusettsLimits(Citation.law("MA.1", "[MA] G.L. c.111 70; c.112 12CC"), row)));
        }
        String[] last = MA_TABLE[MA_TABLE.length - 1];
        versions.add(LegalSchedule.state("MA G.L. c.111 70 and c.112 12CC, rates of " + last[0]
                + " carried forward (UNCONFIRMED)", UsState.MA, MA_FIRST_UNCONFIRMED, null,
                massachusettsLimits(Citation.unconfirmedLaw("MA.1", "[MA] G.L. c.111 70; c.112 12CC"), last)));
        return List.copyOf(versions);
    }

    private static List<LegalLimit> massachusettsLimits(Citation rates, String[] row) {
        FeeCondition covered = FeeCondition.any().withLegalBases(LegalBasis.INDIVIDUAL_ACCESS,
                LegalBasis.THIRD_PARTY_DIRECTIVE, LegalBasis.AUTHORIZATION);
        return List.of(
                LegalLimit.noFee(Citation.law("MA.2", "[MA] G.L. c.111 70; c.112 12CC"),
                        "no charge for records supporting a claim under the Social Security Act or a need-based"
                                + " benefit program",
                        covered.withPurposes(PurposeKind.SOCIAL_SECURITY_CLAIM, PurposeKind.GOVERNMENT_BENEFIT_CLAIM)),
                LegalLimit.pageSchedule(rates, "at most $" + row[1] + " per request plus $" + row[2]
                                + " a page for pages 1-100 and $" + row[3] + " a page from 101",
                        covered, PageSchedule.baseFee(row[1]).plusPerPageFrom(1, row[2]).plusPerPageFrom(101, row[3]),
                        false));
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
