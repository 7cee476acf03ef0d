package io.github.medrecords.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class RecordFramerTest {

    /** Frames the text and returns its events: "line" for a row handed on, "line column: message" for a problem. */
    private static List<String> events(String text) throws IOException {
        RecordFramer framer = new RecordFramer(new StringReader(text));
        framer.columnNames(List.of("a", "b", "c"));
        char[] buffer = new char[64];
        List<String> events = new ArrayList<>();
        StringBuilder rows = new StringBuilder();
        int n;
        while ((n = framer.read(buffer, 0, buffer.length)) >= 0) {
            rows.append(buffer, 0, n);
        }
        for (Object e : framer.events) {
            events.add(e instanceof InvoiceCsvReader.Problem p ? p.line() + " " + p.column() + ": " + p.message()
                    : e.toString());
        }
        return events;
    }

    private static List<List<String>> parse(Reader text) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(text)
                .setFormat(CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get()).get()) {
            for (CSVRecord r : parser) {
                rows.add(r.toList());
            }
        }
        return rows;
    }

    @Test
    void aQuoteNeverClosedCostsOneRowAndTheRowsAfterItAreRead() throws IOException {
        StringBuilder text = new StringBuilder("a,b,c\r\n1,2,3\r\n4,\"never closed,6\r\n");
        for (int i = 0; i < 300; i++) {
            text.append(i).append(",x,y\r\n");
        }

        List<String> events = events(text.toString());

        assertThat(events).hasSize(2 + 1 + 300);
        assertThat(events.subList(0, 3)).containsExactly("1", "2",
                "3 b: not CSV: a quote opened in this column is not closed within 100 lines (the quote opens on line 3);"
                        + " the row is skipped and the lines after its first are read as rows");
        assertThat(events.get(3)).isEqualTo("4");
        assertThat(events.get(302)).isEqualTo("303");
    }

    @Test
    void aQuoteOpenAtTheEndOfTheFileIsReportedAndTheLinesAfterItAreRead() throws IOException {
        assertThat(events("a,b,c\n\"x,y,z\n1,2,3\n4,5,6")).containsExactly("1",
                "2 a: not CSV: a quote opened in this column is never closed (the file ends first) (the quote opens on"
                        + " line 2); the row is skipped and the lines after its first are read as rows",
                "3", "4");
    }

    @Test
    void aCharacterAfterAClosingQuoteSkipsThatLineOnly() throws IOException {
        assertThat(events("a,b,c\n1,\"2\"x,3\n4,5,6\n")).containsExactly("1",
                "2 b: not CSV: a character after the closing quote; the row is skipped", "3");
    }

    @Test
    void aStrayQuoteClosedOnALaterLineLeavingOtherColumnsIsTakenAsTheMistake() throws IOException {
        assertThat(events("a,b,c\n1,\"2,3\n4,5,6\n7,8\",9,x\n10,11,12\n")).containsExactly("1",
                "2 b: not CSV: a quote opened in this column closes on line 4, leaving 4 of 3 columns (the quote"
                        + " opens on line 2); the row is skipped and the lines after its first are read as rows",
                "3", "4", "5");
    }

    @Test
    void aQuotedLineBreakMakesOneRowAndTheNextRowStartsOnItsOwnLine() throws IOException {
        String text = "a,b,c\r\n1,\"multi\r\nline\",3\r\n\r\n4,\"\"\"5\"\"\" ,6\r7,8,9";

        assertThat(events(text)).containsExactly("1", "2", "5", "6");
        RecordFramer framer = new RecordFramer(new StringReader(text));
        assertThat(parse(framer)).containsExactly(List.of("a", "b", "c"), List.of("1", "multi\r\nline", "3"),
                List.of("4", "\"5\"", "6"), List.of("7", "8", "9"));
    }

    @Test
    void aByteOrderMarkIsSkipped() throws IOException {
        assertThat(parse(new RecordFramer(new StringReader("\uFEFFa,b,c\n1,2,3\n"))).get(0)).containsExactly("a", "b",
                "c");
    }

    @Test
    void aRowLongerThanTheLimitIsSkippedWithoutHoldingIt() throws IOException {
        String text = "a,b,c\n1," + "x".repeat(RecordFramer.MAX_ROW + 10) + ",3\n4,5,6\n";

        assertThat(events(text)).containsExactly("1",
                "2 b: not CSV: the row is longer than 4194304 characters; the row is skipped", "3");
    }

    @Test
    void aQuotedValueReachingTheLimitAtALineBreakIsSkipped() throws IOException {
        String text = "a,b,c\r\n\"" + "x".repeat(RecordFramer.MAX_ROW - 1) + "\r\nmore\",2,3\r\n4,5,6\r\n";

        assertThat(events(text)).containsExactly("1",
                "2 a: not CSV: the row is longer than 4194304 characters (the quote opens on line 2); the row is"
                        + " skipped and the lines after its first are read as rows", "3", "4");
    }

    /**
     * Random text from the characters that matter (quotes, commas, line ends, spaces) must never make Commons CSV
     * fail on what the framer hands on, and where the framer finds nothing wrong it must hand on what Commons CSV
     * reads from the whole text, row for row.
     */
    @Test
    void commonsCsvReadsWhatTheFramerHandsOnAsItReadsTheWholeText() throws IOException {
        SplittableRandom random = new SplittableRandom(18);
        char[] alphabet = {'a', 'b', ',', ',', '"', '"', '\n', '\r', ' ', '\t'};
        int clean = 0;
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder("a,b,c\n");
            int length = random.nextInt(60);
            for (int j = 0; j < length; j++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            RecordFramer framer = new RecordFramer(new StringReader(text.toString()));
            List<List<String>> framed = new ArrayList<>();
            assertThatCode(() -> framed.addAll(parse(framer))).as(text.toString()).doesNotThrowAnyException();
            boolean problems = framer.events.stream().anyMatch(e -> e instanceof InvoiceCsvReader.Problem);
            if (!problems) {
                clean++;
                List<List<String>> whole;
                try {
                    whole = parse(new StringReader(text.toString()));
                } catch (IOException | UncheckedIOException e) {
                    throw new AssertionError("Commons CSV refuses what the framer accepts: " + text, e);
                }
                assertThat(framed).as(text.toString()).isEqualTo(whole);
            }
        }
        assertThat(clean).isGreaterThan(1_000);
    }
}
