package io.github.medrecords.core.fee;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.party.ProviderKind;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RequesterRole;
import io.github.medrecords.core.request.ThirdPartyKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parts of a fee condition the state law files brought: kinds of requester (any one of them), kinds of
 * provider, the first copy and the purposes excluded; each matches on its own, makes a different value and says
 * itself.
 */
class FeeConditionNewerPartsTest {

    private static FeeContext.Builder patient() {
        return Contexts.patient(DeliveryMethod.PAPER_BY_MAIL, RecordKeeping.PAPER, 10);
    }

    @Test
    void kindsOfRequesterMatchWhenTheContextIsAnyOfThem() {
        FeeCondition attorneysOrInsurers = FeeCondition.any().withRequesterKinds(RequesterKind.ATTORNEY,
                RequesterKind.INSURER);

        assertThat(attorneysOrInsurers.matches(Contexts.attorney(10).thirdPartyKind(ThirdPartyKind.INSURER).build()))
                .isTrue();
        assertThat(attorneysOrInsurers.matches(Contexts.attorney(10).thirdPartyKind(ThirdPartyKind.ATTORNEY).build()))
                .isTrue();
        assertThat(attorneysOrInsurers.matches(Contexts.attorney(10).thirdPartyKind(ThirdPartyKind.EMPLOYER).build()))
                .isFalse();
        assertThat(attorneysOrInsurers.matches(patient().build())).isFalse();
        assertThat(attorneysOrInsurers.requesterKinds()).containsExactlyInAnyOrder(RequesterKind.ATTORNEY,
                RequesterKind.INSURER);
    }

    @Test
    void kindsOfProviderMatchOnlyTheirOwn() {
        FeeCondition hospitals = FeeCondition.any().withProviderKinds(ProviderKind.HOSPITAL);

        assertThat(hospitals.matches(patient().providerKind(ProviderKind.HOSPITAL).build())).isTrue();
        assertThat(hospitals.matches(patient().providerKind(ProviderKind.PHYSICIAN).build())).isFalse();
        assertThat(hospitals.providerKinds()).containsExactly(ProviderKind.HOSPITAL);
        assertThat(FeeCondition.any().matches(patient().providerKind(ProviderKind.HOSPITAL).build())).isTrue();
    }

    @Test
    void theFirstCopyMatchesOnlyAFirstCopy() {
        FeeCondition first = FeeCondition.any().withFirstCopy();

        assertThat(first.matches(patient().firstCopy(true).build())).isTrue();
        assertThat(first.matches(patient().firstCopy(false).build())).isFalse();
        assertThat(first.requiresFirstCopy()).isTrue();
        assertThat(FeeCondition.any().requiresFirstCopy()).isFalse();
        assertThat(FeeCondition.any().matches(patient().firstCopy(false).build())).isTrue();
    }

    @Test
    void anExcludedPurposeMatchesEveryOtherPurposeAndNone() {
        FeeCondition notForLitigation = FeeCondition.any().withoutPurposes(PurposeKind.LEGAL, PurposeKind.INSURANCE);

        assertThat(notForLitigation.matches(patient().purpose(PurposeKind.LEGAL).build())).isFalse();
        assertThat(notForLitigation.matches(patient().purpose(PurposeKind.INSURANCE).build())).isFalse();
        assertThat(notForLitigation.matches(patient().purpose(PurposeKind.CONTINUING_CARE).build())).isTrue();
        assertThat(notForLitigation.matches(patient().build())).isTrue();
        assertThat(notForLitigation.excludedPurposes()).containsExactlyInAnyOrder(PurposeKind.LEGAL,
                PurposeKind.INSURANCE);
        assertThat(FeeCondition.any().excludedPurposes()).isEmpty();
    }

    @Test
    void recordTypesMatchNoContextWithoutThem() {
        FeeCondition xrays = FeeCondition.any().withRecordTypes(RecordType.XRAY_IMAGES);

        assertThat(xrays.matches(patient().build())).isFalse();
        assertThat(xrays.matches(patient().recordType(RecordType.XRAY_IMAGES).build())).isTrue();
    }

    @Test
    void eachNewerPartMakesADifferentValue() {
        FeeCondition c = FeeCondition.any().withLegalBases(LegalBasis.AUTHORIZATION);
        List<FeeCondition> others = List.of(c.withRequesterKinds(RequesterKind.ATTORNEY),
                c.withProviderKinds(ProviderKind.HOSPITAL), c.withFirstCopy(), c.withoutPurposes(PurposeKind.LEGAL),
                c.withRecordKeepings(RecordKeeping.PAPER, RecordKeeping.MICROFILM));
        for (FeeCondition other : others) {
            assertThat(other).as(other.toString()).isNotEqualTo(c);
            assertThat(other.hashCode()).as(other.toString()).isNotEqualTo(c.hashCode());
        }
        FeeCondition all = c.withRequesterKinds(RequesterKind.ATTORNEY).withProviderKinds(ProviderKind.HOSPITAL)
                .withFirstCopy().withoutPurposes(PurposeKind.LEGAL);
        FeeCondition same = FeeCondition.any().withoutPurposes(PurposeKind.LEGAL).withFirstCopy()
                .withProviderKinds(ProviderKind.HOSPITAL).withRequesterKinds(RequesterKind.ATTORNEY)
                .withLegalBases(LegalBasis.AUTHORIZATION);
        assertThat(all).isEqualTo(same).hasSameHashCodeAs(same);
    }

    @Test
    void aChangeLeavesTheConditionItWasMadeFromAlone() {
        FeeCondition base = FeeCondition.any().withRoles(RequesterRole.PATIENT);
        FeeCondition changed = base.withFirstCopy().withDocumentedClaim().withAttorneyBeforeSuit(true);

        assertThat(base.requiresFirstCopy()).isFalse();
        assertThat(base.requiresDocumentedClaim()).isFalse();
        assertThat(base.attorneyBeforeSuit()).isEmpty();
        assertThat(changed.roles()).containsExactly(RequesterRole.PATIENT);
    }

    @Test
    void saysEveryPart() {
        FeeCondition all = FeeCondition.any().withLegalBases(LegalBasis.AUTHORIZATION)
                .withRoles(RequesterRole.THIRD_PARTY).withCopyFormat(CopyFormat.PAPER)
                .withRecordKeeping(RecordKeeping.PAPER).withDeliveryMethods(DeliveryMethod.FAX)
                .withPurposes(PurposeKind.LEGAL).withRecordTypes(RecordType.MRI_REPORT)
                .withRequesterKinds(RequesterKind.ATTORNEY).withProviderKinds(ProviderKind.HOSPITAL)
                .withoutPurposes(PurposeKind.INSURANCE).withFirstCopy().withDocumentedClaim()
                .withAttorneyBeforeSuit(true);

        assertThat(all).hasToString("basis [AUTHORIZATION], role [THIRD_PARTY], copy [PAPER], kept [PAPER],"
                + " delivery [FAX], purpose [LEGAL], records [" + RecordType.MRI_REPORT + "], requester [ATTORNEY],"
                + " provider [HOSPITAL], not for purpose [INSURANCE], first copy, documented claim,"
                + " attorney before suit");
        assertThat(FeeCondition.any().withAttorneyBeforeSuit(false)).hasToString("not an attorney before suit");
        assertThat(FeeCondition.any()).hasToString("any context");
    }
}
