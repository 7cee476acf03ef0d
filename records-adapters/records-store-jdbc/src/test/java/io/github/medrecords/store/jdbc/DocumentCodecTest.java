package io.github.medrecords.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.timeframe.BusinessCalendar;
import io.github.medrecords.core.timeframe.DeadlineCalculator;
import io.github.medrecords.core.timeframe.DeadlineQuery;
import io.github.medrecords.core.timeframe.DeadlineRules;
import io.github.medrecords.core.timeframe.DueDate;
import io.github.medrecords.core.timeframe.HolidayCalendar;
import io.github.medrecords.core.request.Delivery;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.workflow.DeadlineAlert;
import io.github.medrecords.core.workflow.DenialGround;
import io.github.medrecords.core.workflow.LicensedProfessional;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.Review;
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

    private final DocumentCodec codec = new DocumentCodec(id -> Optional.empty());

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
        for (var request : List.of(Requests.representative(), Requests.imagesOnCd(), Requests.attorney())) {
            RequestCase.Snapshot s = Requests.submit(request).after().snapshot();
            assertThat(roundTrip(s)).isEqualTo(s);
        }
    }

    @Test
    void readsBackAnOpaqueHolidayCalendarAsThePracticesCurrentCalendar() {
        HolidayCalendar opaque = date -> date.getMonthValue() == 12 && date.getDayOfMonth() == 25;
        BusinessCalendar calendar = BusinessCalendar.of(Requests.PRACTICE.zone(), opaque);
        RequestCase.Snapshot s = withDueDate(Requests.submit(Requests.imagesOnCd()).after().snapshot(), calendar);
        PracticeProfile practice = Requests.PRACTICE.toBuilder().holidayCalendar(opaque).build();
        DocumentCodec withDirectory = new DocumentCodec(id -> Optional.of(practice.businessCalendar()));

        RequestCase.Snapshot viaDirectory = withDirectory.decode(withDirectory.encode(s), 1, s.history());
        RequestCase.Snapshot viaWindow = roundTrip(s);

        assertThat(viaDirectory.dueDate().orElseThrow().calendar().holidays()).isSameAs(opaque);
        assertThat(viaDirectory.dueDate().orElseThrow().legalDate()).isEqualTo(s.dueDate().orElseThrow().legalDate());
        BusinessCalendar window = viaWindow.dueDate().orElseThrow().calendar();
        assertThat(window.isBusinessDay(LocalDate.of(2026, 12, 25))).isFalse();
        assertThat(window.isBusinessDay(LocalDate.of(2026, 12, 24))).isTrue();
        assertThat(viaWindow.dueDate().orElseThrow().deadlines()).isEqualTo(s.dueDate().orElseThrow().deadlines());
    }

    private static RequestCase.Snapshot withDueDate(RequestCase.Snapshot s, BusinessCalendar calendar) {
        DueDate due = DeadlineCalculator.of(DeadlineRules.defaults(), calendar).dueDate(DeadlineQuery.forRequest(
                s.request(), Requests.RECEIVED.toLocalDate(), Requests.PRACTICE.jurisdictions())).orElseThrow();
        return new RequestCase.Snapshot(s.id(), s.number(), s.practiceId(), s.request(), s.receivedAt(),
                s.idempotencyKey(), s.patientKey(), s.status(), s.priorityRaised(), s.repeatOf(), s.repeatCount(),
                s.authorizationRequired(), s.authorization(), s.identity(), s.estimate(), Optional.of(due),
                s.fulfilment(), s.quote(), s.invoice(), s.payments(), s.waiver(), s.refunds(), s.release(),
                s.history(), s.version());
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
        RequestCase.Snapshot s = c.withVersion(6).snapshot();

        RequestCase.Snapshot back = roundTrip(s);

        assertThat(back).isEqualTo(s);
        assertThat(back.denial()).hasValueSatisfying(d -> {
            assertThat(d.withheldSelections()).containsExactly(1);
            assertThat(d.determinedBy()).contains(drLee);
        });
        assertThat(back.review().orElseThrow().outcome()).isEqualTo(Review.Outcome.REVERSED);
        assertThat(back.handOff().orElseThrow().progress()).hasSize(1);
        assertThat(back.alertsRaised()).containsExactly(DeadlineAlert.OVERDUE);
        assertThat(codec.encode(s)).contains("\"format\":2");
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

    static String fixture(String name) throws IOException {
        try (InputStream in = DocumentCodecTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
