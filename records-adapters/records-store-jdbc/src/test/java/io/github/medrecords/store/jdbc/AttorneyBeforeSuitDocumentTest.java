package io.github.medrecords.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.request.RecordsRequest;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.store.jdbc.internal.DocumentCodec;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The stored document keeps whether an attorney asked before suit (#13): an optional field, written only when
 * true, so a document written before it existed reads as false.
 */
class AttorneyBeforeSuitDocumentTest {

    private final DocumentCodec codec = new DocumentCodec(id -> Optional.of(Requests.PRACTICE.businessCalendar()));

    private static RecordsRequest beforeSuit() {
        RecordsRequest a = Requests.attorney();
        RecordsRequest.Builder b = RecordsRequest.builder(a.practiceId()).requester(a.requester())
                .legalBasis(a.legalBasis()).purpose(a.purpose()).patient(a.patient()).delivery(a.delivery())
                .attorneyBeforeSuit(true);
        a.selections().forEach(b::selection);
        a.documents().forEach(b::document);
        return b.build();
    }

    @Test
    void keepsAnAttorneysRequestBeforeSuit() {
        RequestCase.Snapshot s = Requests.submit(beforeSuit()).after().snapshot();

        String document = codec.encode(s);
        RequestCase.Snapshot back = codec.decode(document, s.version(), s.history());

        assertThat(document).contains("\"attorneyBeforeSuit\":true");
        assertThat(back.request().attorneyBeforeSuit()).isTrue();
        assertThat(back).isEqualTo(s);
    }

    @Test
    void aDocumentWithoutTheFieldReadsAsNotBeforeSuit() {
        RequestCase.Snapshot before = Requests.submit(beforeSuit()).after().snapshot();
        String older = codec.encode(before).replace(",\"attorneyBeforeSuit\":true", "");
        RequestCase.Snapshot plain = Requests.submit(Requests.attorney()).after().snapshot();

        assertThat(older).doesNotContain("attorneyBeforeSuit");
        assertThat(codec.decode(older, before.version(), before.history()).request().attorneyBeforeSuit()).isFalse();
        assertThat(codec.encode(plain)).doesNotContain("attorneyBeforeSuit");
    }
}
