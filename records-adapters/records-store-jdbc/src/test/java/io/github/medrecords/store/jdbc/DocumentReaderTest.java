package io.github.medrecords.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.medrecords.core.workflow.HistoryEntry;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.store.jdbc.internal.DocumentCodec;
import io.github.medrecords.store.jdbc.internal.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader on documents it did not write itself: fields in another order, fields a later
 * version adds, nulls, wrong types, trailing text, and a seeded fuzz of mutated documents that must
 * either read or be refused with a {@link Json.DocumentException} naming no stored value.
 */
class DocumentReaderTest {

    /** Mutated documents per run; {@code -Dmedrecords.fuzz.document.cases=100000} runs more. */
    private static final int CASES = Integer.getInteger("medrecords.fuzz.document.cases", 3_000);
    private static final long SEED = Long.getLong("medrecords.fuzz.document.seed", 20_261_204L);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String INSERTS = "{}[]\",:0-9.enul\\\u0000\uD800\u00e9";
    private static final List<HistoryEntry> HISTORY = Requests.kitchenSink().history();

    private final DocumentCodec codec = new DocumentCodec(id -> Optional.of(Requests.PRACTICE.businessCalendar()));

    @Test
    void readsADocumentWhoseFieldsComeInAnotherOrderEvenWithTheFormatLast() throws IOException {
        RequestCase.Snapshot s = Requests.kitchenSink();
        JsonNode tree = MAPPER.readTree(codec.encode(s));

        String reversed = MAPPER.writeValueAsString(reversed(tree));

        assertThat(reversed).doesNotStartWith("{\"format\"").endsWith("\"format\":3}");
        assertThat(codec.decode(reversed, s.version(), s.history())).isEqualTo(s);
    }

    @Test
    void skipsFieldsALaterVersionAddsAndReadsNullAsAbsent() throws IOException {
        RequestCase.Snapshot s = DocumentCodecTest.paperRecordsBySecureLink();
        assertThat(s.quote().orElseThrow().compliance().findings()).isNotEmpty();
        assertThat(s.waiver()).isEmpty();
        ObjectNode tree = (ObjectNode) MAPPER.readTree(codec.encode(s));
        tree.putObject("addedLater").putArray("list").add(1).addObject().put("x", "y");
        ((ObjectNode) tree.get("request")).put("addedLater", true);
        ((ObjectNode) tree.get("quote").get("compliance").get("findings").get(0)).putArray("addedLater");
        tree.putNull("waiver");
        tree.putNull("repeatOf");

        RequestCase.Snapshot read = codec.decode(MAPPER.writeValueAsString(tree), s.version(), s.history());

        assertThat(read).isEqualTo(s);
    }

    @Test
    void refusesAWrongTypeNamingTheFieldNotItsValue() throws IOException {
        RequestCase.Snapshot s = Requests.kitchenSink();
        ObjectNode tree = (ObjectNode) MAPPER.readTree(codec.encode(s));
        ((ObjectNode) tree.get("request").get("patient")).putObject("family").put("secret", "Kowalski");

        assertThatExceptionOfType(Json.DocumentException.class)
                .isThrownBy(() -> codec.decode(MAPPER.writeValueAsString(tree), 1, HISTORY))
                .withMessageContaining("'family'").withMessageNotContaining("Kowalski");
    }

    @Test
    void refusesTextAfterTheDocumentAndADocumentThatIsNotAnObject() {
        String document = codec.encode(Requests.kitchenSink());

        for (String broken : List.of(document + "{}", document + " x", "[" + document + "]", "\"text\"", "", "  ")) {
            assertThatExceptionOfType(Json.DocumentException.class)
                    .isThrownBy(() -> codec.decode(broken, 1, HISTORY));
        }
    }

    @Test
    void aMutatedDocumentEitherReadsOrIsRefusedAsADocumentNamingNoStoredValue() throws IOException {
        List<String> corpus = new ArrayList<>();
        for (String name : List.of("kitchen-sink", "fulfilled-tx-gulf-coast", "denied-reviewed-handed-off",
                "fulfilled-ca-bay-coast", "representative")) {
            corpus.add(DocumentCodecTest.fixture("format-3/" + name + ".json").strip());
        }
        corpus.add(DocumentCodecTest.fixture("format-2/texas-tiered.json").strip());
        corpus.add(DocumentCodecTest.fixture("format-1/request.json").strip());
        SplittableRandom random = new SplittableRandom(SEED);
        int read = 0;
        int refused = 0;
        for (int i = 0; i < CASES; i++) {
            String original = corpus.get(random.nextInt(corpus.size()));
            String mutated = mutate(original, random);
            try {
                codec.decode(mutated, 1, HISTORY);
                read++;
            } catch (Json.DocumentException e) {
                refused++;
                String message = e.getMessage();
                for (String secret : List.of("Kowalski", "Maria", "D'Angelo", "1971-")) {
                    if (message.contains(secret)) {
                        fail("Case %d (seed %d): the message names a stored value: %s", i, SEED, message);
                    }
                }
            } catch (RuntimeException e) {
                fail("Case %d (seed %d, -Dmedrecords.fuzz.document.seed): %s instead of a DocumentException", i,
                        SEED, e);
            }
        }
        System.out.printf("[document fuzz] seed %d: %d cases, %d read, %d refused%n", SEED, CASES, read, refused);
        assertThat(refused).isPositive();
        assertThat(read).isPositive();
    }

    private static String mutate(String document, SplittableRandom random) {
        StringBuilder b = new StringBuilder(document);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && b.length() > 0; e++) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(7)) {
                case 0 -> b.setLength(at);
                case 1 -> b.deleteCharAt(at);
                case 2 -> b.insert(at, INSERTS.charAt(random.nextInt(INSERTS.length())));
                case 3 -> b.setCharAt(at, (char) random.nextInt(0x80));
                case 4 -> replaceValue(b, random, "\"x\"");
                case 5 -> replaceValue(b, random, "null");
                default -> replaceValue(b, random, "-2147483649");
            }
        }
        return b.toString();
    }

    /** Replaces the value after a randomly chosen field name's colon, up to the next comma or brace. */
    private static void replaceValue(StringBuilder b, SplittableRandom random, String value) {
        int colon = b.indexOf("\":", random.nextInt(b.length()));
        if (colon < 0) {
            return;
        }
        int end = colon + 2;
        while (end < b.length() && ",}]".indexOf(b.charAt(end)) < 0) {
            end++;
        }
        b.replace(colon + 2, end, value);
    }

    private static JsonNode reversed(JsonNode node) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            node.properties().forEach(fields::add);
            ObjectNode out = MAPPER.createObjectNode();
            for (int i = fields.size() - 1; i >= 0; i--) {
                out.set(fields.get(i).getKey(), reversed(fields.get(i).getValue()));
            }
            return out;
        }
        if (node.isArray()) {
            var out = MAPPER.createArrayNode();
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                out.add(reversed(it.next()));
            }
            return out;
        }
        return node;
    }
}
