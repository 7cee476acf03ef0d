package io.github.medrecords.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.party.Language;
import io.github.medrecords.core.request.Delivery;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.Purpose;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordSelection;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RecordsRequest;
import io.github.medrecords.core.request.Requester;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.workflow.HistoryEntry;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestNumber;
import io.github.medrecords.core.workflow.Transition;
import io.github.medrecords.store.jdbc.internal.DocumentCodec;
import io.github.medrecords.testkit.port.RequestCases;
import io.github.medrecords.testkit.port.RoundTripPractices;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Format-3 documents frozen as the codec wrote them: every one must read back and be written again
 * character for character, so a change to either half of the codec that alters what is stored fails
 * here. The documents cover a whole lifecycle, every requester role and delivery, a denial with its
 * review and hand-off, a finding's schedule reference, a Spanish-speaking requester and a fulfilled request
 * at each of the test kit's practices (every built-in jurisdiction's schedules).
 *
 * <p>The files were written once by the codec of format 3 before it moved from Jackson's tree model to
 * its streaming API; rewrite them only with a deliberate format change
 * ({@code -Dformat3.write=true} runs {@link #writesTheCorpusWhenAsked()} against the working copy).
 */
class FormatThreeCorpusTest {

    private static final Path DIRECTORY = Path.of("src/test/resources/format-3");

    /** The history is stored as rows, not in the document: any history will do. */
    private static final List<HistoryEntry> HISTORY = Requests.kitchenSink().history();

    private final DocumentCodec codec = new DocumentCodec(id -> Optional.of(Requests.PRACTICE.businessCalendar()));

    static Stream<String> names() {
        return corpus().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("names")
    void readsEveryFrozenDocumentAndWritesItAgainCharacterForCharacter(String name) throws IOException {
        String frozen = DocumentCodecTest.fixture("format-3/" + name + ".json").strip();

        RequestCase.Snapshot read = codec.decode(frozen, 3, HISTORY);

        assertThat(codec.encode(read)).isEqualTo(frozen);
        assertThat(codec.decode(codec.encode(read), 3, HISTORY)).isEqualTo(read);
    }

    @Test
    void theCorpusNamesEveryFrozenFile() throws IOException {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            assertThat(files.map(p -> p.getFileName().toString().replace(".json", "")))
                    .containsExactlyInAnyOrderElementsOf(corpus().keySet());
        }
    }

    @Test
    void writesTheCorpusWhenAsked() throws IOException {
        if (!Boolean.getBoolean("format3.write")) {
            return;
        }
        for (Map.Entry<String, RequestCase.Snapshot> e : corpus().entrySet()) {
            Files.writeString(DIRECTORY.resolve(e.getKey() + ".json"), codec.encode(e.getValue()) + "\n",
                    StandardCharsets.UTF_8);
        }
    }

    private static Map<String, RequestCase.Snapshot> corpus() {
        Map<String, RequestCase.Snapshot> corpus = new LinkedHashMap<>();
        List<Transition> lifecycle = Requests.fullLifecycle();
        for (int i = 0; i < lifecycle.size(); i++) {
            corpus.put("lifecycle-" + i, lifecycle.get(i).after().withVersion(i + 1).snapshot());
        }
        corpus.put("kitchen-sink", Requests.kitchenSink());
        corpus.put("representative", Requests.submit(Requests.representative()).after().snapshot());
        corpus.put("images-on-cd", Requests.submit(Requests.imagesOnCd()).after().snapshot());
        corpus.put("attorney", Requests.submit(Requests.attorney()).after().snapshot());
        corpus.put("subpoena", Requests.submit(Requests.subpoena()).after().snapshot());
        corpus.put("patient-app", Requests.submit(Requests.patientRequest(Requests.MARIA,
                Delivery.patientApp("health-app-42"), RecordType.MRI_REPORT)).after().snapshot());
        corpus.put("spanish-cd", Requests.submit(RecordsRequest.builder(Requests.PRACTICE.id())
                .requester(Requester.patient()).legalBasis(LegalBasis.INDIVIDUAL_ACCESS)
                .purpose(Purpose.of(PurposeKind.AT_REQUEST_OF_INDIVIDUAL)).patient(Requests.MARIA)
                .delivery(Delivery.cdByMail(Requests.ADDRESS)).selection(RecordSelection.of(RecordType.MRI_REPORT))
                .language(Language.SPANISH).build()).after().snapshot());
        corpus.put("paper-secure-link", DocumentCodecTest.paperRecordsBySecureLink());
        corpus.put("denied-reviewed-handed-off", DocumentCodecTest.deniedReviewedHandedOff());
        for (PracticeProfile practice : RoundTripPractices.handMade()) {
            RequestCases cases = RequestCases.of(practice, 7);
            Instant at = Instant.parse("2026-11-02T15:00:00Z");
            RequestCase request = cases.submit(RequestNumber.of(2026, 1), at).after().withVersion(1);
            request = cases.verifyIdentity(request, at.plusSeconds(600)).after().withVersion(2);
            request = cases.recordFulfilment(request, at.plusSeconds(1200)).after().withVersion(3);
            corpus.put("fulfilled-" + practice.id().value(), request.snapshot());
        }
        return corpus;
    }
}
