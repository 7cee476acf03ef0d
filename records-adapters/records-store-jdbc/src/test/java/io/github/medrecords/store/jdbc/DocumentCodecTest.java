package io.github.medrecords.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.medrecords.core.fee.ChargeKind;
import io.github.medrecords.core.fee.ComplianceOutcome;
import io.github.medrecords.core.fee.Estimate;
import io.github.medrecords.core.fee.FeeContext;
import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.party.EmailAddress;
import io.github.medrecords.core.party.Language;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.timeframe.BusinessCalendar;
import io.github.medrecords.core.timeframe.DeadlineCalculator;
import io.github.medrecords.core.timeframe.DeadlineQuery;
import io.github.medrecords.core.timeframe.DeadlineRules;
import io.github.medrecords.core.timeframe.DueDate;
import io.github.medrecords.core.timeframe.HolidayCalendar;
import io.github.medrecords.core.request.Delivery;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.ThirdPartyKind;
import io.github.medrecords.core.workflow.DeadlineAlert;
import io.github.medrecords.core.workflow.DenialGround;
import io.github.medrecords.core.workflow.LicensedProfessional;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.Review;
import io.github.medrecords.core.workflow.SelectionFulfilment;
import io.github.medrecords.core.workflow.Transition;
import io.github.medrecords.store.jdbc.internal.DocumentCodec;
import io.github.medrecords.store.jdbc.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentCodecTest {

    private final DocumentCodec codec = new DocumentCodec(id -> Optional.of(Requests.PRACTICE.businessCalendar()));

    private RequestCase.Snapshot roundTrip(RequestCase.Snapshot s) {
        return codec.decode(codec.encode(s), s.version(), s.history());
    }

    @Test
    void roundTripsEveryStateOfAFullLifecycle() {
        for (Transition t : Requests.fullLifecycle()) {
            RequestCase.Snapshot s = t.after().withVersion(4).snapshot();
            assertThat(roundTrip(s)).isEqualTo(s);
        }
    }

    @Test
    void roundTripsASnapshotWithEveryOptionalPart() {
        RequestCase.Snapshot s = Requests.kitchenSink();
        assertThat(s.authorization()).isPresent();
        assertThat(s.waiver()).isPresent();
        assertThat(s.release()).isPresent();
        assertThat(s.refunds()).isNotEmpty();
        assertThat(s.dueDate().orElseThrow().extension()).isPresent();

        RequestCase.Snapshot back = roundTrip(s);

        assertThat(back).isEqualTo(s);
        assertThat(back.request()).isEqualTo(s.request());
        assertThat(back.authorization()).isEqualTo(s.authorization());
        assertThat(back.quote().orElseThrow().compliance()).isEqualTo(s.quote().orElseThrow().compliance());
        assertThat(back.dueDate().orElseThrow().calendar()).isEqualTo(s.dueDate().orElseThrow().calendar());
    }

    @Test
    void roundTripsOtherRequesterRolesAndDeliveries() {
        for (var request : List.of(Requests.representative(), Requests.imagesOnCd(), Requests.attorney(),
                Requests.patientRequest(Requests.MARIA, Delivery.patientApp("health-app-42"), RecordType.MRI_REPORT),
                io.github.medrecords.core.request.RecordsRequest.builder(Requests.PRACTICE.id())
                        .requester(io.github.medrecords.core.request.Requester.patient())
                        .legalBasis(io.github.medrecords.core.request.LegalBasis.INDIVIDUAL_ACCESS)
                        .purpose(io.github.medrecords.core.request.Purpose.of(
                                io.github.medrecords.core.request.PurposeKind.AT_REQUEST_OF_INDIVIDUAL))
                        .patient(Requests.MARIA).delivery(Delivery.cdByMail(Requests.ADDRESS))
                        .selection(io.github.medrecords.core.request.RecordSelection.of(RecordType.MRI_REPORT))
                        .language(Language.SPANISH).build())) {
            RequestCase.Snapshot s = Requests.submit(request).after().snapshot();
            assertThat(roundTrip(s)).isEqualTo(s);
        }
    }

    @Test
    void roundTripsAFeeContextsRequesterKindServicesAndClericalTime() {
        RequestCase.Snapshot s = Requests.submit(Requests.attorney()).after().snapshot();
        FeeContext context = s.estimate().context().toBuilder().thirdPartyKind(ThirdPartyKind.ATTORNEY)
                .workersCompensation(true).asks(ChargeKind.CERTIFICATION, ChargeKind.PICK_UP).clericalMinutes(45)
                .build();
        RequestCase.Snapshot withContext = s.withFees(new RequestCase.Snapshot.Fees(
                Estimate.of(context, s.estimate().lines()), s.fulfilment(), s.quote(), s.invoice(), s.payments(),
                s.waiver(), s.refunds()));

        String document = codec.encode(withContext);

        assertThat(document).contains("\"thirdPartyKind\":\"ATTORNEY\"").contains("\"workersCompensation\":true")
                .contains("\"asked\":[\"CERTIFICATION\",\"PICK_UP\"]").contains("\"clericalMinutes\":45");
        assertThat(codec.decode(document, s.version(), s.history()).estimate().context()).isEqualTo(context);
        assertThat(codec.encode(s)).as("written only when set").doesNotContain("clericalMinutes")
                .doesNotContain("workersCompensation").doesNotContain("\"asked\"");
    }

    @Test
    void readsADueDateBackInThePracticesCurrentCalendarWithoutCopyingItsHolidays() {
        HolidayCalendar opaque = date -> date.getMonthValue() == 12 && date.getDayOfMonth() == 25;
        BusinessCalendar calendar = BusinessCalendar.of(Requests.PRACTICE.zone(), opaque);
        RequestCase.Snapshot s = withDueDate(Requests.submit(Requests.imagesOnCd()).after().snapshot(), calendar);
        PracticeProfile practice = Requests.PRACTICE.toBuilder().holidayCalendar(opaque).build();
        DocumentCodec withDirectory = new DocumentCodec(id -> Optional.of(practice.businessCalendar()));
        DocumentCodec withoutDirectory = new DocumentCodec(id -> Optional.empty());

        String document = withDirectory.encode(s);
        RequestCase.Snapshot viaDirectory = withDirectory.decode(document, 1, s.history());
        RequestCase.Snapshot unknownPractice = withoutDirectory.decode(document, 1, s.history());

        assertThat(document).doesNotContain("-12-25").doesNotContain("holidays").doesNotContain("closures");
        assertThat(viaDirectory.dueDate().orElseThrow().calendar().holidays()).isSameAs(opaque);
        assertThat(viaDirectory.dueDate().orElseThrow().legalDate()).isEqualTo(s.dueDate().orElseThrow().legalDate());
        BusinessCalendar weekendsOnly = unknownPractice.dueDate().orElseThrow().calendar();
        assertThat(weekendsOnly.zone()).isEqualTo(Requests.PRACTICE.zone());
        assertThat(weekendsOnly.isBusinessDay(LocalDate.of(2026, 12, 25))).isTrue();
        assertThat(unknownPractice.dueDate().orElseThrow().deadlines())
                .isEqualTo(s.dueDate().orElseThrow().deadlines());
    }

    @Test
    void writesFindingsAndDeadlinesAsFactsAndReferencesNeverCopiesOfTheLaw() {
        RequestCase.Snapshot s = paperRecordsBySecureLink();
        assertThat(s.quote().orElseThrow().compliance().findings()).isNotEmpty();

        String document = codec.encode(s);

        assertThat(document).contains("\"format\":3").contains("\"rule\":\"" + s.quote().orElseThrow().compliance()
                .findings().get(0).limit().ruleId() + "\"").contains("\"schedule\":").contains("\"version\":");
        assertThat(document).doesNotContain("\"condition\"").doesNotContain("\"limit\"")
                .doesNotContain("\"dayCount\"").doesNotContain("\"holidays\"");
        assertThat(RequestCase.restore(roundTrip(s)).rulesNoLongerKnown()).isEmpty();
    }

    @Test
    void readsAFindingAndADeadlineWhoseRuleThisVersionDoesNotKnowWithTheirStoredFacts() {
        RequestCase.Snapshot s = paperRecordsBySecureLink();
        var finding = s.quote().orElseThrow().compliance().findings().get(0);
        String bindingKey = s.dueDate().orElseThrow().bindingRule().key();
        String document = codec.encode(s)
                .replace("\"rule\":\"" + finding.limit().ruleId() + "\"", "\"rule\":\"ZZ.9\"")
                .replace("\"rule\":\"" + bindingKey + "\"", "\"rule\":\"" + bindingKey + "_RETIRED\"");

        RequestCase back = RequestCase.restore(codec.decode(document, s.version(), s.history()));

        var read = back.quote().orElseThrow().compliance().findings().stream()
                .filter(f -> f.limit().ruleId().equals("ZZ.9")).findFirst().orElseThrow();
        assertThat(read.limit().isKnown()).isFalse();
        assertThat(read.outcome()).isEqualTo(finding.outcome());
        assertThat(read.lawfulMaximum()).isEqualTo(finding.lawfulMaximum());
        assertThat(read.judged()).isEqualTo(finding.judged());
        assertThat(read.explain()).contains("ZZ.9").contains("does not know");
        assertThat(back.quote().orElseThrow().total()).isEqualTo(s.quote().orElseThrow().total());
        assertThat(back.dueDate().orElseThrow().legalDate()).isEqualTo(s.dueDate().orElseThrow().legalDate());
        assertThat(back.dueDate().orElseThrow().bindingRule().isKnown()).isFalse();
        assertThat(back.rulesNoLongerKnown()).contains("ZZ.9", s.dueDate().orElseThrow().bindingRule().ruleId());
    }

    @Test
    void readsAFormatTwoDocumentWhoseFindingNamesTwoWaysOfKeepingRecords() throws IOException {
        // A patient's own request by secure link for records kept on paper, after fulfilment: HIPAA R2.1's
        // condition names paper and microfilm, which the format-2 reader refused.
        RequestCase.Snapshot s = Requests.kitchenSink();

        RequestCase.Snapshot read = codec.decode(fixture("format-2/paper-secure-link.json"), 2, s.history());

        var findings = read.quote().orElseThrow().compliance().findings();
        assertThat(findings).extracting(f -> f.limit().ruleId()).containsExactly("R2.1", "R5.2", "R5.4");
        assertThat(findings).allSatisfy(f -> assertThat(f.limit().isKnown()).isTrue());
        assertThat(findings.get(0).outcome()).isEqualTo(ComplianceOutcome.NEEDS_COST_BASIS);
        assertThat(findings.get(0).limit().condition().recordKeepings())
                .containsExactlyInAnyOrder(RecordKeeping.PAPER, RecordKeeping.MICROFILM);
        assertThat(read.dueDate().orElseThrow().calendar()).isEqualTo(Requests.PRACTICE.businessCalendar());
        assertThat(read.number().value()).isEqualTo("2026-004242");
    }

    @Test
    void readsAFormatTwoDocumentWithATieredPageSchedule() throws IOException {
        RequestCase.Snapshot read = codec.decode(fixture("format-2/texas-tiered.json"), 2,
                Requests.kitchenSink().history());

        var texas = read.quote().orElseThrow().compliance().findings().stream()
                .filter(f -> f.limit().ruleId().equals("TX.1")).findFirst().orElseThrow();
        assertThat(texas.limit().isKnown()).isTrue();
        assertThat(texas.limit().pageSchedule()).isPresent();
        assertThat(texas.outcome()).isEqualTo(ComplianceOutcome.COMPLIANT);
        assertThat(read.quote().orElseThrow().context().jurisdictions()).contains(UsState.TX);
    }

    @Test
    void refusesATruncatedDocumentNamingNoStoredValue() {
        RequestCase.Snapshot s = Requests.kitchenSink();
        String document = codec.encode(s);
        String truncated = document.substring(0, document.length() / 2);

        assertThatExceptionOfType(Json.DocumentException.class)
                .isThrownBy(() -> codec.decode(truncated, 1, s.history()))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Maria").doesNotContain("Kowalski")
                        .doesNotContain("1971"));
    }

    private static RequestCase.Snapshot withDueDate(RequestCase.Snapshot s, BusinessCalendar calendar) {
        DueDate due = DeadlineCalculator.of(DeadlineRules.defaults(), calendar).dueDate(DeadlineQuery.forRequest(
                s.request(), Requests.RECEIVED.toLocalDate(), Requests.PRACTICE.jurisdictions())).orElseThrow();
        return s.withProgress(s.progress().withDueDate(Optional.of(due)));
    }

    @Test
    void readsTheFrozenFormatOneFixture() throws IOException {
        RequestCase.Snapshot s = Requests.kitchenSink();

        RequestCase.Snapshot fixture = codec.decode(fixture("format-1/request.json"), 9, s.history());

        assertThat(fixture.number().value()).isEqualTo("2026-000777");
        assertThat(fixture.status().name()).isEqualTo("RELEASED");
        assertThat(fixture.waiver()).isPresent();
        assertThat(fixture.dueDate().orElseThrow().extension()).isPresent();
        assertThat(fixture.quote().orElseThrow().total()).isEqualTo(fixture.quote().orElseThrow().compliance()
                .total());
        assertThat(fixture.version()).isEqualTo(9);
    }

    @Test
    void roundTripsADenialItsReviewAHandOffAndRaisedDeadlineAlerts() {
        RequestCase.Snapshot s = deniedReviewedHandedOff();
        LicensedProfessional drLee = s.denial().orElseThrow().determinedBy().orElseThrow();

        RequestCase.Snapshot back = roundTrip(s);

        assertThat(back).isEqualTo(s);
        assertThat(back.denial()).hasValueSatisfying(d -> {
            assertThat(d.withheldSelections()).containsExactly(1);
            assertThat(d.determinedBy()).contains(drLee);
        });
        assertThat(back.review().orElseThrow().outcome()).isEqualTo(Review.Outcome.REVERSED);
        assertThat(back.handOff().orElseThrow().progress()).hasSize(1);
        assertThat(back.alertsRaised()).containsExactly(DeadlineAlert.OVERDUE);
        assertThat(codec.encode(s)).contains("\"format\":3");
    }

    @Test
    void readsAFormatOneDocumentWithNoDenialReviewHandOffOrAlerts() throws IOException {
        RequestCase.Snapshot fixture = codec.decode(fixture("format-1/request.json"), 9,
                Requests.kitchenSink().history());

        assertThat(fixture.denial()).isEmpty();
        assertThat(fixture.review()).isEmpty();
        assertThat(fixture.handOff()).isEmpty();
        assertThat(fixture.alertsRaised()).isEmpty();
    }

    @Test
    void refusesAFormatItDoesNotKnow() {
        String future = codec.encode(Requests.kitchenSink()).replace("\"format\":" + DocumentCodec.FORMAT, "\"format\":99");

        assertThatExceptionOfType(Json.DocumentException.class)
                .isThrownBy(() -> codec.decode(future, 1, Requests.kitchenSink().history()))
                .withMessageContaining("format 99");
    }

    @Test
    void refusesADocumentWhoseTotalsDisagreeWithItsLines() {
        RequestCase.Snapshot s = Requests.kitchenSink();
        String total = s.estimate().total().amount().toPlainString();
        String tampered = codec.encode(s).replaceFirst("\"total\":\"" + total.replace(".", "\\.") + "\"",
                "\"total\":\"999.99\"");

        assertThatExceptionOfType(Json.DocumentException.class)
                .isThrownBy(() -> codec.decode(tampered, 1, s.history()))
                .withMessageContaining("total");
    }

    /** A request denied in part, the denial reversed on review, handed off, and past its deadline. */
    static RequestCase.Snapshot deniedReviewedHandedOff() {
        RequestCase c = Requests.submit(Requests.patientRequest(Requests.MARIA,
                Delivery.paperByMail(Requests.ADDRESS), RecordType.MRI_REPORT, RecordType.CLINICAL_VISIT_SUMMARY))
                .after().withVersion(1);
        LicensedProfessional drLee = LicensedProfessional.of("dr-lee", "Dr. Ana Lee", "MD, CT 041233");
        c = c.deny(DenialGround.ENDANGERMENT, Set.of(1), Optional.of(drLee), Requests.STAFF, Requests.at(1)).after();
        c = c.review(LicensedProfessional.of("dr-roe", "Dr. Sam Roe", "MD, CT 052311"), Review.Outcome.REVERSED,
                Requests.STAFF, Requests.at(2)).after();
        c = c.handOff("Acme ROI Services", "ACME-991", Requests.STAFF, Requests.at(3)).after();
        c = c.recordHandOffProgress("Copies pulled", Requests.STAFF, Requests.at(4)).after();
        c = c.raiseDeadlineAlerts(Requests.RECEIVED.toLocalDate().plusDays(40), 3, Requests.at(40)).orElseThrow()
                .after();
        return c.withVersion(6).snapshot();
    }

    /** A patient's own request by secure link for records kept on paper, fulfilled: HIPAA R2.1 names paper. */
    static RequestCase.Snapshot paperRecordsBySecureLink() {
        RequestCase c = Requests.submit(Requests.patientRequest(Requests.MARIA,
                Delivery.secureLink(EmailAddress.parse("maria.k@example.com")), RecordType.MRI_REPORT))
                .after().withVersion(1);
        List<SelectionFulfilment> pages = List.of(SelectionFulfilment.ofPages(0, 40, RecordKeeping.PAPER));
        return c.recordFulfilment(pages, Requests.quote(c, pages), Requests.STAFF, Requests.at(2)).after()
                .withVersion(2).snapshot();
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = DocumentCodecTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
