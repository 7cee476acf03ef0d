package io.github.medrecords.core.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.medrecords.core.party.ContactDetails;
import io.github.medrecords.core.party.EmailAddress;
import io.github.medrecords.core.party.PersonName;
import io.github.medrecords.core.party.PracticeId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A request says whether an attorney asks before suit (#13), which only an attorney under an authorization can. */
class AttorneyBeforeSuitTest {

    private static RecordsRequest.Builder request(Requester requester, LegalBasis basis) {
        RecordsRequest.Builder b = RecordsRequest.builder(PracticeId.of("ca-bay-coast"))
                .requester(requester)
                .legalBasis(basis)
                .purpose(Purpose.of(PurposeKind.LEGAL))
                .patient(PatientIdentity.of(PersonName.of("Maria", "Kowalski"), LocalDate.of(1971, 3, 14), null,
                        ContactDetails.none()))
                .selection(RecordSelection.of(RecordType.CLINICAL_VISIT_SUMMARY))
                .delivery(Delivery.secureLink(EmailAddress.parse("records@example.org")));
        if (basis == LegalBasis.AUTHORIZATION) {
            return b;
        }
        return b.document(SupportingDocument.of(DocumentKind.SUBPOENA, "upload-1"));
    }

    private static Requester attorney() {
        return Requester.thirdParty(ThirdPartyKind.ATTORNEY, "Dana Whitfield", "Whitfield & Ames LLP",
                ContactDetails.none());
    }

    @Test
    void anAttorneyUnderAnAuthorizationMayAskBeforeSuitAndItIsPartOfTheValue() {
        RecordsRequest before = request(attorney(), LegalBasis.AUTHORIZATION).attorneyBeforeSuit(true).build();
        RecordsRequest after = request(attorney(), LegalBasis.AUTHORIZATION).build();

        assertThat(before.attorneyBeforeSuit()).isTrue();
        assertThat(after.attorneyBeforeSuit()).isFalse();
        assertThat(before).isNotEqualTo(after);
        assertThat(before.hashCode()).isNotEqualTo(after.hashCode());
        assertThat(before).isEqualTo(request(attorney(), LegalBasis.AUTHORIZATION).attorneyBeforeSuit(true).build());
        assertThat(before.toString()).contains("attorney before suit").doesNotContain("Maria").doesNotContain("Dana");
        assertThat(after.toString()).doesNotContain("before suit");
    }

    @Test
    void refusesItForAnyoneElseOrAnotherLegalBasis() {
        Requester insurer = Requester.thirdParty(ThirdPartyKind.INSURER, "Claims Desk", null, ContactDetails.none());

        assertThatIllegalArgumentException().isThrownBy(() -> request(Requester.patient(), LegalBasis.AUTHORIZATION)
                .attorneyBeforeSuit(true).build()).withMessageContaining("before suit (CA.5)");
        assertThatIllegalArgumentException().isThrownBy(() -> request(insurer, LegalBasis.AUTHORIZATION)
                .attorneyBeforeSuit(true).build()).withMessageContaining("before suit (CA.5)");
        assertThatIllegalArgumentException().isThrownBy(() -> request(attorney(), LegalBasis.COURT_ORDER_OR_SUBPOENA)
                .attorneyBeforeSuit(true).build()).withMessageContaining("before suit (CA.5)");
        assertThat(request(attorney(), LegalBasis.COURT_ORDER_OR_SUBPOENA).build().attorneyBeforeSuit()).isFalse();
    }
}
