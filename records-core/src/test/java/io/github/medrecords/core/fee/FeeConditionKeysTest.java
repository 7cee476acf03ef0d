package io.github.medrecords.core.fee;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.law.KeyedText;
import io.github.medrecords.core.law.KeyedText.Entry;
import io.github.medrecords.core.party.ProviderKind;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RequesterRole;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code when.*} keys of law files and price lists, read straight into a condition: each key to its part of the
 * condition, lists in any case, the flags that can only be true, and a problem on its line for a value that is not
 * one of the key's.
 */
class FeeConditionKeysTest {

    @Test
    void noKeyIsAnyContext() {
        assertThat(read().condition()).isEqualTo(FeeCondition.any());
    }

    @Test
    void readsEveryKeyIntoItsPartOfTheCondition() {
        Read read = read("when.basis = individual-access, AUTHORIZATION",
                "when.role = patient, personal-representative",
                "when.copy = electronic",
                "when.keeping = paper, microfilm",
                "when.delivery = portal-download, paper-by-mail",
                "when.purpose = legal, insurance",
                "when.record-types = XRAY_IMAGES, MAMMOGRAM",
                "when.documented-claim = true",
                "when.requester = attorney, insurer",
                "when.attorney-before-suit = true",
                "when.provider = hospital",
                "when.not-purpose = continuing-care, other",
                "when.first-copy = TRUE");

        assertThat(read.problems()).isEmpty();
        assertThat(read.condition()).isEqualTo(FeeCondition.any()
                .withLegalBases(LegalBasis.INDIVIDUAL_ACCESS, LegalBasis.AUTHORIZATION)
                .withRoles(RequesterRole.PATIENT, RequesterRole.PERSONAL_REPRESENTATIVE)
                .withCopyFormat(CopyFormat.ELECTRONIC)
                .withRecordKeepings(RecordKeeping.PAPER, RecordKeeping.MICROFILM)
                .withDeliveryMethods(DeliveryMethod.PORTAL_DOWNLOAD, DeliveryMethod.PAPER_BY_MAIL)
                .withPurposes(PurposeKind.LEGAL, PurposeKind.INSURANCE)
                .withRecordTypes(RecordType.XRAY_IMAGES, FeeConditionKeys.MAMMOGRAM)
                .withDocumentedClaim()
                .withRequesterKinds(RequesterKind.ATTORNEY, RequesterKind.INSURER)
                .withAttorneyBeforeSuit(true)
                .withProviderKinds(ProviderKind.HOSPITAL)
                .withoutPurposes(PurposeKind.CONTINUING_CARE, PurposeKind.OTHER)
                .withFirstCopy());
    }

    @Test
    void readsAnAttorneyAfterSuitAsFalse() {
        assertThat(read("when.attorney-before-suit = false").condition())
                .isEqualTo(FeeCondition.any().withAttorneyBeforeSuit(false));
    }

    @Test
    void refusesAFlagThatCanOnlyBeTrueWhenFalse() {
        Read read = read("when.documented-claim = false", "when.first-copy = false");

        assertThat(read.problems()).containsExactly(
                new KeyedText.Problem(1, "rule R1: when.documented-claim can only be true; leave it out for any"),
                new KeyedText.Problem(2, "rule R1: when.first-copy can only be true; leave it out for any"));
        assertThat(read.condition()).isEqualTo(FeeCondition.any());
    }

    @Test
    void refusesAValueThatIsNotOneOfTheKeysOnItsLine() {
        Read read = read("when.copy = vellum", "when.record-types = XRAY_IMAGES, SCROLLS", "when.provider = clinic",
                "when.attorney-before-suit = maybe");

        assertThat(read.problems()).extracting(KeyedText.Problem::line).containsExactly(1, 2, 3, 4);
        assertThat(read.problems().get(0).message()).isEqualTo("'vellum' is not a copy format");
        assertThat(read.problems().get(1).message()).startsWith("'SCROLLS' is not a record type; expected one of ")
                .endsWith(" or " + FeeConditionKeys.MAMMOGRAM);
        assertThat(read.problems().get(2).message()).isEqualTo("'clinic' is not a provider kind (physician, hospital)");
        assertThat(read.condition()).isEqualTo(FeeCondition.any().withRecordTypes(RecordType.XRAY_IMAGES));
    }

    @Test
    void aListOfNothingButUnknownValuesLeavesThePartOpen() {
        Read read = read("when.role = doctor", "when.record-types = SCROLLS", "when.basis = whim");

        assertThat(read.problems()).hasSize(3);
        assertThat(read.condition()).isEqualTo(FeeCondition.any());
    }

    private record Read(FeeCondition condition, List<KeyedText.Problem> problems) {
    }

    private static Read read(String... lines) {
        KeyedText text = KeyedText.read(new StringReader(String.join("\n", lines)), "test.properties");
        Map<String, Entry> keys = new LinkedHashMap<>();
        for (Entry e : text.entries()) {
            keys.put(e.key(), e);
        }
        FeeCondition condition = FeeConditionKeys.read(text, "R1", keys);
        return new Read(condition, text.problems());
    }
}
