package io.github.medrecords.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.party.PostalAddress;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.port.ChangeSet;
import io.github.medrecords.core.port.UnstorableTextException;
import io.github.medrecords.core.request.DateRange;
import io.github.medrecords.core.request.Delivery;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PatientIdentity;
import io.github.medrecords.core.request.Purpose;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordSelection;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RecordsRequest;
import io.github.medrecords.core.request.Requester;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.Transition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Hostile strings in every kind of text field a request stores, saved and read back: equal, or
 * refused with {@link UnstorableTextException} exactly when the text holds a NUL character or an
 * unpaired surrogate, the same on every database. Seeded; the seed and the figures are printed.
 */
abstract class HostileStringRoundTrip {

    private static final List<String> FRAGMENTS = List.of("O'Brien", "\"quoted\"", "'';", "`tick`", "\\", "C:\\tmp\\",
            "\\u0000", "\u0000", "\uD800", "\uDFFF", "x\uDBFFy", "\u202Eevil\u202C", "\u200F\u200E", "\u2028\u2029",
            "\u0085", "'; DROP TABLE mr_request; --", "1 OR 1=1", "$$ LANGUAGE sql $$", "%_", "{\"a\":1}", "\",\"x\":\"",
            "\n\r\t", "\uD83D\uDE00", "\uD83D\uDC69\u200D\u2695\uFE0F", "Ж中文", "\uFEFF", "x".repeat(10_240), "</script>",
            "${jndi:ldap://x}", "?", "NULL", "null");
    private static final String[] FIELDS = {"given", "family", "addressLine", "description", "typeLabel", "key",
        "cancelReason"};

    abstract DataSource dataSource();

    @Test
    void hostileStringsReadBackEqualOrAreRefusedWithATypedErrorWhereNoDatabaseCanKeepThem() {
        long seed = Long.getLong("medrecords.hostile.seed", 21L);
        int cases = Integer.getInteger("medrecords.hostile.cases", 60);
        JdbcStore store = Databases.store(dataSource());
        Random random = new Random(seed);
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            String text = hostile(random);
            String field = FIELDS[random.nextInt(FIELDS.length)];
            if (field.equals("key") && text.length() > 200) {
                text = text.substring(0, 200); // keys are at most 255 characters
            }
            boolean storable = storable(text);
            String outcome;
            try {
                outcome = roundTrip(store, field, text, i);
            } catch (UnstorableTextException e) {
                outcome = "refused (UnstorableTextException)";
            } catch (IllegalArgumentException e) {
                outcome = "refused by the value type (IllegalArgumentException)";
            }
            outcomes.merge(outcome, 1, Integer::sum);
            boolean ok = storable ? !outcome.startsWith("refused (") : !outcome.startsWith("equal");
            if (!ok) {
                wrong.add("case " + i + " " + field + ": " + outcome + " (storable " + storable + ")");
            }
        }
        System.out.printf("Hostile strings on %s: seed %d, %d cases: %s%n", getClass().getSimpleName(), seed, cases,
                outcomes);
        assertThat(wrong).isEmpty();
        assertThat(outcomes).containsKey("equal");
    }

    private static String hostile(Random random) {
        StringBuilder b = new StringBuilder("a");
        int parts = 1 + random.nextInt(3);
        for (int i = 0; i < parts; i++) {
            b.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
        }
        return b.append('z').toString();
    }

    private static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || Character.isLowSurrogate(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    /** Saves a request with the text in one field, loads it, and says whether it came back equal. */
    private static String roundTrip(JdbcStore store, String field, String text, int index) {
        String given = field.equals("given") ? text : "Maria";
        String family = field.equals("family") ? text : "Kowalski";
        PostalAddress address = field.equals("addressLine")
                ? PostalAddress.of(text, null, "Hartford", UsState.CT, "06103") : Requests.ADDRESS;
        String description = field.equals("description") ? text : "Physio notes";
        RecordType type = field.equals("typeLabel") ? RecordType.of("HOSTILE_" + index, text, false)
                : RecordType.OTHER_DOCUMENTS;
        PatientIdentity patient = Requests.patient(given, family);
        RecordsRequest request = RecordsRequest.builder(Requests.PRACTICE.id()).requester(Requester.patient())
                .legalBasis(LegalBasis.INDIVIDUAL_ACCESS).purpose(Purpose.of(PurposeKind.AT_REQUEST_OF_INDIVIDUAL))
                .patient(PatientIdentity.of(patient.name(), patient.dateOfBirth(), "MRN-1",
                        new io.github.medrecords.core.party.ContactDetails(null, null, address)))
                .selection(RecordSelection.of(type, description, DateRange.of(LocalDate.of(2024, 1, 1), null), 1))
                .delivery(Delivery.cdByMail(address)).build();
        String key = field.equals("key") ? text + "-" + index : "key-" + index;
        Transition t = Requests.submit(request, Optional.empty(), key, Requests.RECEIVED);
        store.save(List.of(Requests.changeOf(t)));
        RequestCase expected = t.after().withVersion(1);
        if (field.equals("cancelReason")) {
            Transition cancelled = expected.cancel(text, Requests.PATIENT, Requests.at(1));
            store.save(List.of(ChangeSet.of(cancelled, List.of())));
            expected = cancelled.after().withVersion(2);
        }
        RequestCase loaded = store.findById(expected.id()).orElseThrow();
        return loaded.equals(expected) ? "equal" : "changed";
    }
}
