package io.github.medrecords.core.workflow;

import static io.github.medrecords.core.workflow.Cases.ADDRESS;
import static io.github.medrecords.core.workflow.Cases.MARIA;
import static io.github.medrecords.core.workflow.Cases.PRACTICE;
import static io.github.medrecords.core.workflow.Cases.RECEIVED;
import static io.github.medrecords.core.workflow.Cases.STAFF;
import static io.github.medrecords.core.workflow.Cases.at;
import static io.github.medrecords.core.workflow.Cases.zonedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.party.ContactDetails;
import io.github.medrecords.core.party.EmailAddress;
import io.github.medrecords.core.request.Delivery;
import io.github.medrecords.core.request.Directive;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.Purpose;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordSelection;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RecordsRequest;
import io.github.medrecords.core.request.Requester;
import io.github.medrecords.core.request.Signature;
import io.github.medrecords.core.request.ThirdPartyKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The law's edge cases in the workflow: a directive that stops binding as access, a quote for other facts.
 */
class LegalEdgeCasesTest {

    private static RecordsRequest directiveToAttorney(Delivery delivery) {
        return RecordsRequest.builder(PRACTICE.id())
                .requester(Requester.thirdParty(ThirdPartyKind.ATTORNEY, "Dana Whitfield", "Whitfield & Ames LLP",
                        new ContactDetails(EmailAddress.parse("records@whitfield-ames.example"), null, null)))
                .legalBasis(LegalBasis.THIRD_PARTY_DIRECTIVE).purpose(Purpose.of(PurposeKind.LEGAL)).patient(MARIA)
                .directive(Directive.of(Signature.of("Maria Kowalski", RECEIVED.toLocalDate().minusDays(1)),
                        "Whitfield & Ames LLP"))
                .selection(RecordSelection.of(RecordType.MRI_REPORT)).delivery(delivery)
                .build();
    }

    private static RequestCase readyAfter(RequestCase c) {
        return c.status() == RequestStatus.QUOTED ? c.waiveFee("Courtesy", STAFF, at(2)).after() : c;
    }

    @Test
    void aDirectiveForPaperCopiesNeedsAnAuthorizationAndTheHistorySaysWhy() {
        RequestCase submitted = Cases.verified(Cases.submitted(directiveToAttorney(Delivery.paperByMail(ADDRESS)),
                Optional.empty()));
        assertThat(submitted.authorizationRequired()).isFalse();

        Transition fulfilled = submitted.recordFulfilment(Cases.paperPages(12),
                Cases.quote(submitted, Cases.paperPages(12)), STAFF, at(1));
        RequestCase ready = readyAfter(fulfilled.after());

        assertThat(ready.authorizationRequired()).isTrue();
        assertThat(fulfilled.history().get(0).reason()).contains("R1.16").contains("authorization");
        assertThatExceptionOfType(ReleaseBlockedException.class)
                .isThrownBy(() -> ready.release(ready.request().delivery().method(), Optional.empty(),
                        PRACTICE.name(), STAFF, zonedAt(3)))
                .satisfies(e -> assertThat(e.refusals()).singleElement()
                        .isInstanceOf(ReleaseRefusal.AuthorizationMissing.class)
                        .extracting(ReleaseRefusal::explain).asString().contains("R1.16"));
        RequestCase authorized = ready.attachAuthorization(Cases.validAuthorization(), STAFF, zonedAt(3)).after();
        assertThat(authorized.release(authorized.request().delivery().method(), Optional.empty(), PRACTICE.name(),
                STAFF, zonedAt(4)).after().status()).isEqualTo(RequestStatus.RELEASED);
    }

    @Test
    void aDirectiveForAnElectronicCopyOfPaperRecordsNeedsAnAuthorizationToo() {
        RequestCase submitted = Cases.verified(Cases.submitted(directiveToAttorney(
                Delivery.secureLink(EmailAddress.parse("records@whitfield-ames.example"))), Optional.empty()));

        RequestCase fulfilled = Cases.fulfilled(submitted, Cases.paperPages(5));

        assertThat(fulfilled.authorizationRequired()).isTrue();
        assertThat(fulfilled.history().get(fulfilled.history().size() - 1).reason())
                .contains("not kept electronically");
    }

    @Test
    void aDirectiveForAnElectronicCopyOfElectronicRecordsStillBindsAsAccess() {
        RequestCase submitted = Cases.verified(Cases.submitted(directiveToAttorney(
                Delivery.secureLink(EmailAddress.parse("records@whitfield-ames.example"))), Optional.empty()));
        List<SelectionFulfilment> electronic = List.of(SelectionFulfilment.ofPages(0, 5, RecordKeeping.ELECTRONIC));

        RequestCase ready = readyAfter(Cases.fulfilled(submitted, electronic));

        assertThat(ready.authorizationRequired()).isFalse();
        assertThat(ready.release(ready.request().delivery().method(), Optional.empty(), PRACTICE.name(), STAFF,
                zonedAt(3)).after().status()).isEqualTo(RequestStatus.RELEASED);
    }

    @Test
    void copiesSentToThePatientsConnectedAppAreFreeLikeThePortal() {
        RequestCase c = Cases.submitted(Cases.patientRequest(Delivery.patientApp("health-app-42"),
                RecordType.MRI_REPORT).build(), Optional.empty());
        List<SelectionFulfilment> pages = List.of(SelectionFulfilment.ofPages(0, 30, RecordKeeping.ELECTRONIC));

        var quote = Cases.quote(c, pages);

        assertThat(quote.total().isZero()).isTrue();
        assertThat(quote.compliance().findings()).anySatisfy(f -> assertThat(f.limit().ruleId()).isEqualTo("R2.2"));
        assertThat(Cases.fulfilled(c, pages).status()).isEqualTo(RequestStatus.READY_FOR_RELEASE);
    }

    @Test
    void refusesAQuoteComputedForOtherFactsThanTheFulfilment() {
        RequestCase inProcess = Cases.verified(Cases.submitted(Cases.imagesOnCd(), Optional.empty()));
        List<SelectionFulfilment> recorded = Cases.paperPages(10);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> inProcess.recordFulfilment(recorded, Cases.quote(inProcess, Cases.paperPages(3)),
                        STAFF, at(1)))
                .withMessageContaining("pages");
        RequestCase other = Cases.submitted(Cases.attorney(), Optional.empty());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> inProcess.recordFulfilment(recorded, Cases.quote(other, recorded), STAFF, at(1)))
                .withMessageContaining("legal basis");
        assertThat(inProcess.recordFulfilment(recorded, Cases.quote(inProcess, recorded), STAFF, at(1)).after()
                .quote()).isPresent();
    }
}
