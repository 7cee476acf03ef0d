package io.github.medrecords.core.fee;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RequesterRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which contexts a fee rule's condition applies to, one dimension at a time: an empty dimension means any
 * value, a set one only its values; record types match when the context copies any of them.
 */
class FeeConditionMatchingTest {

    /** A patient's own paper copies of paper records by mail, for a visit summary. */
    private static FeeContext.Builder patientPaper() {
        return Contexts.patient(DeliveryMethod.PAPER_BY_MAIL, RecordKeeping.PAPER, 10);
    }

    private static final FeeContext PATIENT_PAPER = patientPaper().build();
    private static final FeeContext ATTORNEY = Contexts.attorney(10).build();
    private static final FeeContext PATIENT_CD = Contexts.patientImages(DeliveryMethod.CD_BY_MAIL).build();

    @Test
    void anyConditionMatchesEveryContextAndSaysSo() {
        assertThat(FeeCondition.any().matches(PATIENT_PAPER)).isTrue();
        assertThat(FeeCondition.any().matches(ATTORNEY)).isTrue();
        assertThat(FeeCondition.any().matches(PATIENT_CD)).isTrue();
        assertThat(FeeCondition.any().legalBases()).isEmpty();
        assertThat(FeeCondition.any().roles()).isEmpty();
        assertThat(FeeCondition.any().copyFormats()).isEmpty();
        assertThat(FeeCondition.any().recordKeepings()).isEmpty();
        assertThat(FeeCondition.any().deliveryMethods()).isEmpty();
        assertThat(FeeCondition.any().purposes()).isEmpty();
        assertThat(FeeCondition.any().recordTypes()).isEmpty();
        assertThat(FeeCondition.any().requiresDocumentedClaim()).isFalse();
        assertThat(FeeCondition.any().attorneyBeforeSuit()).isEmpty();
    }

    @Test
    void eachDimensionMatchesOnlyItsValues() {
        FeeCondition access = FeeCondition.any().withLegalBases(LegalBasis.INDIVIDUAL_ACCESS,
                LegalBasis.THIRD_PARTY_DIRECTIVE);
        assertThat(access.matches(PATIENT_PAPER)).isTrue();
        assertThat(access.matches(ATTORNEY)).isFalse();
        assertThat(access.legalBases()).containsExactlyInAnyOrder(LegalBasis.INDIVIDUAL_ACCESS,
                LegalBasis.THIRD_PARTY_DIRECTIVE);

        FeeCondition thirdParties = FeeCondition.any().withRoles(RequesterRole.THIRD_PARTY);
        assertThat(thirdParties.matches(ATTORNEY)).isTrue();
        assertThat(thirdParties.matches(PATIENT_PAPER)).isFalse();
        assertThat(thirdParties.roles()).containsExactly(RequesterRole.THIRD_PARTY);

        FeeCondition electronic = FeeCondition.any().withCopyFormat(CopyFormat.ELECTRONIC);
        assertThat(electronic.matches(PATIENT_CD)).isTrue();
        assertThat(electronic.matches(PATIENT_PAPER)).isFalse();
        assertThat(electronic.copyFormats()).containsExactly(CopyFormat.ELECTRONIC);

        FeeCondition keptOnPaper = FeeCondition.any().withRecordKeeping(RecordKeeping.PAPER);
        assertThat(keptOnPaper.matches(PATIENT_PAPER)).isTrue();
        assertThat(keptOnPaper.matches(PATIENT_CD)).isFalse();
        assertThat(keptOnPaper.recordKeepings()).containsExactly(RecordKeeping.PAPER);
        FeeCondition notElectronic = FeeCondition.any().withRecordKeepings(RecordKeeping.PAPER,
                RecordKeeping.MICROFILM);
        assertThat(notElectronic.matches(PATIENT_PAPER)).isTrue();
        assertThat(notElectronic.matches(PATIENT_CD)).isFalse();
        assertThat(notElectronic.recordKeepings()).containsExactlyInAnyOrder(RecordKeeping.PAPER,
                RecordKeeping.MICROFILM);

        FeeCondition mailedCds = FeeCondition.any().withDeliveryMethods(DeliveryMethod.CD_BY_MAIL);
        assertThat(mailedCds.matches(PATIENT_CD)).isTrue();
        assertThat(mailedCds.matches(PATIENT_PAPER)).isFalse();
        assertThat(mailedCds.deliveryMethods()).containsExactly(DeliveryMethod.CD_BY_MAIL);

        FeeCondition legal = FeeCondition.any().withPurposes(PurposeKind.LEGAL, PurposeKind.INSURANCE);
        FeeContext forLegal = patientPaper().purpose(PurposeKind.LEGAL).build();
        assertThat(legal.matches(forLegal)).isTrue();
        assertThat(legal.matches(PATIENT_PAPER)).isFalse();
        assertThat(legal.purposes()).containsExactlyInAnyOrder(PurposeKind.LEGAL, PurposeKind.INSURANCE);
    }

    @Test
    void recordTypesMatchWhenTheContextCopiesAnyOfThem() {
        FeeCondition images = FeeCondition.any().withRecordTypes(RecordType.MRI_IMAGES, RecordType.MRI_REPORT);
        assertThat(images.matches(PATIENT_CD)).isTrue();
        assertThat(images.matches(PATIENT_PAPER)).isFalse();
        FeeContext mixed = patientPaper().recordType(RecordType.MRI_REPORT).build();
        assertThat(images.matches(mixed)).isTrue();
        assertThat(images.recordTypes()).containsExactly(RecordType.MRI_IMAGES, RecordType.MRI_REPORT);
    }

    @Test
    void aDocumentedClaimAndAnAttorneyBeforeSuitAreConditionsOfTheirOwn() {
        FeeCondition documented = FeeCondition.any().withDocumentedClaim();
        FeeContext claim = patientPaper().purpose(PurposeKind.SOCIAL_SECURITY_CLAIM).claimDocumented(true).build();
        FeeContext undocumented = patientPaper().purpose(PurposeKind.SOCIAL_SECURITY_CLAIM).build();
        assertThat(documented.matches(claim)).isTrue();
        assertThat(documented.matches(undocumented)).isFalse();
        assertThat(documented.requiresDocumentedClaim()).isTrue();

        FeeContext beforeSuit = Contexts.attorney(10).attorneyBeforeSuit(true).build();
        FeeCondition only = FeeCondition.any().withAttorneyBeforeSuit(true);
        FeeCondition others = FeeCondition.any().withAttorneyBeforeSuit(false);
        assertThat(only.matches(beforeSuit)).isTrue();
        assertThat(only.matches(ATTORNEY)).isFalse();
        assertThat(others.matches(ATTORNEY)).isTrue();
        assertThat(others.matches(beforeSuit)).isFalse();
        assertThat(FeeCondition.any().matches(beforeSuit)).isTrue();
        assertThat(only.attorneyBeforeSuit()).contains(true);
        assertThat(others.attorneyBeforeSuit()).contains(false);
    }

    @Test
    void aConditionIsAValueOfEveryDimension() {
        FeeCondition c = FeeCondition.any().withLegalBases(LegalBasis.AUTHORIZATION);
        assertThat(FeeCondition.any().withLegalBases(LegalBasis.AUTHORIZATION)).isEqualTo(c).hasSameHashCodeAs(c);
        List<FeeCondition> others = List.of(FeeCondition.any(),
                c.withRoles(RequesterRole.THIRD_PARTY), c.withCopyFormat(CopyFormat.PAPER),
                c.withRecordKeeping(RecordKeeping.PAPER), c.withDeliveryMethods(DeliveryMethod.FAX),
                c.withPurposes(PurposeKind.LEGAL), c.withRecordTypes(RecordType.MRI_REPORT), c.withDocumentedClaim(),
                c.withAttorneyBeforeSuit(false));
        for (FeeCondition other : others) {
            assertThat(other).as(other.toString()).isNotEqualTo(c);
        }
        assertThat(c.withAttorneyBeforeSuit(true)).isNotEqualTo(c.withAttorneyBeforeSuit(false));
        assertThat(c).isNotEqualTo("AUTHORIZATION");
    }
}
