package io.github.medrecords.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.medrecords.core.request.RequesterRole;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The store's own JSON writer and reader against Jackson, which wrote and read every stored document
 * before them: the writer's text is Jackson's for every character, and the reader accepts exactly the
 * text Jackson's strict parser accepts, with the same values (a seeded differential fuzz).
 */
class JsonTextTest {

    /** Mutated texts per run; {@code -Dmedrecords.fuzz.json.cases=200000} runs more. */
    private static final int CASES = Integer.getInteger("medrecords.fuzz.json.cases", 20_000);
    private static final long SEED = Long.getLong("medrecords.fuzz.json.seed", 20_261_204L);
    private static final ObjectMapper JACKSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final String SAMPLE = "{\"format\":3,\"a\":\"t\\u00e9xt \\\"q\\\" \\\\ \\/ \\n\",\"n\":-12,"
            + "\"d\":1.5e-3,\"b\":[true,false,null,{}],\"o\":{\"x\":[],\"y\":{\"z\":0}},\"big\":-2147483649}";
    private static final String INSERTS = "{}[]\",: \t\n0123456789.-+eEtrufalsn\\/u\u0000\u001f\uD800\u00e9x";

    @Test
    void theWriterEscapesEveryCharacterAsJacksonDid() throws JsonProcessingException {
        for (int c = 0; c <= 0xFFFF; c++) {
            String text = (char) c + "a" + (char) c;
            Map<String, Object> expected = new LinkedHashMap<>();
            expected.put("t", text);
            expected.put("n", (long) c - 40_000);
            expected.put("b", c % 2 == 0);
            String written = new JsonOut().startObject().text("t", text).number("n", (long) c - 40_000)
                    .bool("b", c % 2 == 0).endObject().finish();

            assertThat(written).as("character %d", c).isEqualTo(JACKSON.writeValueAsString(expected));
        }
    }

    @Test
    void theWriterPutsCommasAsJacksonDidInNestedObjectsAndLists() throws JsonProcessingException {
        JsonOut o = new JsonOut().startObject().number("format", 3);
        o.list("empty", List.of(), (out, x) -> out.value("never"));
        o.list("objects", List.of(1, 2), (out, x) -> out.startObject().number("x", x).strings("s", List.of("a", "b"))
                .endObject());
        o.part("part", "p", (out, x) -> out.startObject().endObject());
        o.strings("none", List.of()).endObject();

        String written = o.finish();

        assertThat(written).isEqualTo("{\"format\":3,\"empty\":[],\"objects\":[{\"x\":1,\"s\":[\"a\",\"b\"]},"
                + "{\"x\":2,\"s\":[\"a\",\"b\"]}],\"part\":{},\"none\":[]}");
        assertThat(JACKSON.writeValueAsString(JACKSON.readTree(written))).isEqualTo(written);
    }

    @Test
    void theReaderReadsEveryCharacterJacksonWritesAndEveryEscape() throws JsonProcessingException {
        for (int c = 0; c <= 0xFFFF; c++) {
            String text = (char) c + "a" + (char) c;
            JsonIn in = JsonIn.of(JACKSON.writeValueAsString(Map.of("t", text)));

            assertThat(in.object("document").next()).isEqualTo("t");
            assertThat(in.text()).as("character %d", c).isEqualTo(text);
            assertThat(in.next()).isNull();
            in.end();
        }
        JsonIn in = JsonIn.of(SAMPLE);
        assertThat(in.object("document").next()).isEqualTo("format");
        assertThat(in.integer()).isEqualTo(3);
        assertThat(in.next()).isEqualTo("a");
        assertThat(in.text()).isEqualTo("t\u00e9xt \"q\" \\ / \n");
        assertThat(in.next()).isEqualTo("n");
        assertThat(in.longValue()).isEqualTo(-12);
        assertThat(in.next()).isEqualTo("d");
        assertThat(in.text()).isEqualTo("1.5e-3");
        assertThat(in.next()).isEqualTo("b");
        in.skip();
        assertThat(in.next()).isEqualTo("o");
        in.skip();
        assertThat(in.next()).isEqualTo("big");
        assertThat(in.next()).isNull();
        in.end();
    }

    @Test
    void theReaderRefusesWhatJacksonRefusesNamingTheFieldOnly() {
        for (String broken : List.of("{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":-}",
                "{\"a\":1e}", "{\"a\":tru}", "{\"a\":nul}", "{\"a\":\"x}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12G4\"}",
                "{\"a\":\"\u0001\"}", "{\"a\" 1}", "{\"a\":1,}", "{,\"a\":1}", "[1,]", "[,1]", "{\"a\":1}}",
                "{\"a\":1} x", "{'a':1}", "{a:1}", "{\"a\":NaN}", "{\"a\":1x}", "{\"a\":[1 2]}", "{\"a\":1",
                "{\"a\":\"x\u0001\\n\"}", "{\"a\":\"\\n\u0001\"}", "{\"a\":\"x\u0001\"}", "{\"a\u0001\":1}",
                "{\n\"a\":\"x\ny\"}")) {
            assertThat(jacksonReads(broken)).as(broken).isFalse();
            assertThatExceptionOfType(Json.DocumentException.class).as(broken).isThrownBy(() -> walk(broken))
                    .withMessage("The stored document is not valid JSON");
        }
        JsonIn in = JsonIn.of("{\"secret\":{\"family\":\"Kowalski\"}}");
        in.object("document").next();
        assertThatExceptionOfType(Json.DocumentException.class).isThrownBy(in::text)
                .withMessage("The field 'secret' is not text");
        JsonIn number = JsonIn.of("{\"count\":-2147483649}");
        number.object("document").next();
        assertThatExceptionOfType(Json.DocumentException.class).isThrownBy(number::integer)
                .withMessage("The field 'count' is not an integer");
        assertThat(number.longValue()).isEqualTo(-2_147_483_649L);
    }

    @Test
    void theReaderTakesWhiteSpaceBetweenTokensAndEnumNamesWithOrWithoutEscapes() {
        JsonIn in = JsonIn.of("{\n  \"r\" : \"PATIENT\",\r\n\t\"e\":\"PATI\\u0045NT\", \"u\":\"NOBODY\" }");

        assertThat(in.object("document").next()).isEqualTo("r");
        assertThat(in.enumValue(RequesterRole.class)).isEqualTo(RequesterRole.PATIENT);
        assertThat(in.next()).isEqualTo("e");
        assertThat(in.enumValue(RequesterRole.class)).isEqualTo(RequesterRole.PATIENT);
        assertThat(in.next()).isEqualTo("u");
        assertThatIllegalArgumentException().isThrownBy(() -> in.enumValue(RequesterRole.class));
        assertThat(in.next()).isNull();
        in.end();
    }

    @Test
    void aMutatedTextReadsExactlyWhenJacksonReadsItAndToTheSameValues() {
        SplittableRandom random = new SplittableRandom(SEED);
        int both = 0;
        int neither = 0;
        for (int i = 0; i < CASES; i++) {
            String text = mutate(SAMPLE, random);
            boolean jackson = jacksonReads(text);
            List<String> ours;
            try {
                ours = walk(text);
            } catch (Json.DocumentException e) {
                ours = null;
            } catch (RuntimeException e) {
                fail("Case %d (seed %d, -Dmedrecords.fuzz.json.seed): %s instead of a DocumentException", i, SEED, e);
                return;
            }
            if (jackson != (ours != null)) {
                fail("Case %d (seed %d): Jackson %s, this reader %s: %s", i, SEED, jackson ? "reads" : "refuses",
                        ours != null ? "reads" : "refuses", text);
            }
            if (jackson) {
                assertThat(ours).as("case %d: %s", i, text).isEqualTo(jacksonWalk(text));
                both++;
            } else {
                neither++;
            }
        }
        System.out.printf("[json fuzz] seed %d: %d cases, %d read by both, %d refused by both%n", SEED, CASES, both,
                neither);
        assertThat(both).isPositive();
        assertThat(neither).isPositive();
    }

    private static String mutate(String text, SplittableRandom random) {
        StringBuilder b = new StringBuilder(text);
        int edits = 1 + random.nextInt(2);
        for (int e = 0; e < edits && b.length() > 0; e++) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(3)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, INSERTS.charAt(random.nextInt(INSERTS.length())));
                default -> b.setCharAt(at, INSERTS.charAt(random.nextInt(INSERTS.length())));
            }
        }
        return b.toString();
    }

    private static boolean jacksonReads(String text) {
        try {
            JACKSON.readTree(text);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** Every token this reader reads, as kind and text, after the whole text is read. */
    private static List<String> walk(String text) {
        List<String> tokens = new ArrayList<>();
        JsonIn in = JsonIn.of(text);
        walkValue(in, tokens);
        in.end();
        return tokens;
    }

    private static void walkValue(JsonIn in, List<String> tokens) {
        try {
            in.object("x");
        } catch (Json.DocumentException notAnObject) {
            try {
                List<Integer> sizes = new ArrayList<>();
                in.list(x -> {
                    walkValue(x, tokens);
                    sizes.add(1);
                    return 1;
                });
                tokens.add("]" + sizes.size());
            } catch (Json.DocumentException notAList) {
                if (!notAList.getMessage().endsWith("is not a list")) {
                    throw notAList;
                }
                tokens.add(in.text());
            }
            return;
        }
        for (String f = in.next(); f != null; f = in.next()) {
            tokens.add(f + ":");
            walkValue(in, tokens);
        }
        tokens.add("}");
    }

    /** The same tokens from Jackson's streaming parser (a field whose value is null is skipped, as here). */
    private static List<String> jacksonWalk(String text) {
        List<String> tokens = new ArrayList<>();
        try (JsonParser p = JACKSON.getFactory().createParser(text)) {
            p.nextToken();
            jacksonValue(p, tokens);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return tokens;
    }

    private static void jacksonValue(JsonParser p, List<String> tokens) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                if (p.nextToken() != JsonToken.VALUE_NULL) {
                    tokens.add(name + ":");
                    jacksonValue(p, tokens);
                }
            }
            tokens.add("}");
        } else if (p.currentToken() == JsonToken.START_ARRAY) {
            int size = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                jacksonValue(p, tokens);
                size++;
            }
            tokens.add("]" + size);
        } else {
            tokens.add(p.getText());
        }
    }
}
