package io.github.medrecords.examples;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.List;

/**
 * Finds where each CSV row of an invoice file ends, before Apache Commons CSV parses it, so that text that is
 * not CSV costs one row and never the rest of the file. Commons CSV alone cannot do that: a quote never closed
 * makes it read every following line into one value (or fail at the end of the file), and after a failure its
 * position is lost.
 *
 * <p>It reads physical lines (CRLF, LF or CR) in constant memory and follows RFC 4180 as Commons CSV's
 * {@code RFC4180} format reads it: a field that starts with a quote is quoted, may hold delimiters, doubled
 * quotes and line breaks, and after its closing quote allows only white space before the delimiter or the line
 * end; a quote anywhere else is an ordinary character. A row is handed on, one row per {@link #read(char[], int,
 * int)} and ended by {@code \n}, only when it is whole and well formed; otherwise it is reported as a
 * {@link InvoiceCsvReader.Problem} with the line it starts on and the column where it breaks, and reading goes
 * on:
 * <ul>
 * <li>a character after a closing quote, or a row longer than {@value #MAX_ROW} characters, on the row's first
 * line: the rest of that line is skipped;</li>
 * <li>a quote never closed (by the end of the file, within {@value #MAX_ROW_LINES} lines or within
 * {@value #MAX_ROW} characters), a character after a quote closed on a later line, or a row spanning lines that
 * ends with another number of columns than the header: the opening quote is taken as the mistake, and the
 * lines after the row's first are read again as rows of their own.</li>
 * </ul>
 * What it hands on and what it reports go into {@link #events} in file order: a {@link Long} (the line a row
 * handed on starts on) or a problem. Messages never repeat a value. Not thread-safe.
 */
final class RecordFramer extends Reader {

    /** The longest row framed, in characters. */
    static final int MAX_ROW = 4 * 1024 * 1024;
    /** The most physical lines a row (through quoted line breaks) may span. */
    static final int MAX_ROW_LINES = 100;

    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;
    private static final int AFTER_CLOSE = 4;
    private static final int SMALL = 8 * 1024;
    private static final char[] NONE = new char[0];

    /** Rows handed on (their first line, a {@link Long}) and problems, in file order. */
    final ArrayDeque<Object> events = new ArrayDeque<>();

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private boolean atStart = true;
    private char[] replay = NONE;
    private int replayPosition;
    private long line = 1;

    private char[] row = new char[SMALL];
    private int rowLength;
    private int handedOut;
    private int headerFields = -1;
    private List<String> columnNames = List.of();

    RecordFramer(Reader in) {
        this.in = in;
    }

    /**
     * Names the columns, for the problems reported from now on.
     *
     * @param names  the header's names in file order
     */
    void columnNames(List<String> names) {
        this.columnNames = List.copyOf(names);
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (handedOut == rowLength) {
            if (row.length > SMALL * 8) {
                row = new char[SMALL];
            }
            if (!frame()) {
                return -1;
            }
        }
        int n = Math.min(length, rowLength - handedOut);
        System.arraycopy(row, handedOut, target, offset, n);
        handedOut += n;
        return n;
    }

    /**
     * Drops what is left of the row being handed out, so that the next read starts a new row; for a row Commons
     * CSV refuses after all, once the problems before it are taken from {@link #events}.
     *
     * @return the line the dropped row starts on
     */
    long dropCurrent() {
        handedOut = rowLength;
        Object first = events.poll();
        return first instanceof Long start ? start : line;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private int next() throws IOException {
        if (replayPosition < replay.length) {
            char c = replay[replayPosition++];
            if (replayPosition == replay.length) {
                replay = NONE;
                replayPosition = 0;
            }
            return c;
        }
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (replayPosition < replay.length) {
            return replay[replayPosition];
        }
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        position = 0;
        limit = n;
        if (atStart) {
            atStart = false;
            if (buffer[0] == '\uFEFF') {
                position = 1;
                return position < limit || fill();
            }
        }
        return true;
    }

    /** Reads the end of a line after a CR or LF (a CR followed by LF is one line end) and counts it. */
    private void lineEnd(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            next();
        }
        line++;
    }

    private void append(char c) {
        if (rowLength == row.length) {
            // A few characters past the limit: the one that crosses it, a line break and the row's end.
            char[] grown = new char[Math.min(MAX_ROW + 4, row.length * 2)];
            System.arraycopy(row, 0, grown, 0, rowLength);
            row = grown;
        }
        row[rowLength++] = c;
    }

    /**
     * Frames the next well-formed row into {@link #row}, reporting every broken one before it.
     *
     * @return false at the end of the text
     */
    private boolean frame() throws IOException {
        while (true) {
            rowLength = 0;
            handedOut = 0;
            long start = line;
            int lines = 1;
            int secondLine = -1;
            int state = FIELD_START;
            int field = 0;
            int quoteField = 0;
            long quoteLine = start;
            String error = null;
            int errorField = 0;
            while (true) {
                int c = next();
                if (c < 0) {
                    if (rowLength == 0 && field == 0 && state == FIELD_START) {
                        return false;
                    }
                    if (state == QUOTED) {
                        error = "a quote opened in this column is never closed (the file ends first)";
                        errorField = quoteField;
                    }
                    break;
                }
                char ch = (char) c;
                if (ch == '\n' || ch == '\r') {
                    if (state != QUOTED) {
                        lineEnd(ch);
                        if (rowLength == 0 && field == 0 && state == FIELD_START) {
                            start = line;
                            quoteLine = start;
                            continue;
                        }
                        break;
                    }
                    // A line break inside a quoted value, kept as read.
                    append(ch);
                    if (ch == '\r' && peek() == '\n') {
                        append((char) next());
                    }
                    line++;
                    lines++;
                    if (secondLine < 0) {
                        secondLine = rowLength;
                    }
                    if (rowLength > MAX_ROW) {
                        error = "the row is longer than " + MAX_ROW + " characters";
                        errorField = quoteField;
                        break;
                    }
                    if (lines > MAX_ROW_LINES) {
                        error = "a quote opened in this column is not closed within " + MAX_ROW_LINES + " lines";
                        errorField = quoteField;
                        break;
                    }
                    continue;
                }
                append(ch);
                if (rowLength > MAX_ROW) {
                    error = "the row is longer than " + MAX_ROW + " characters";
                    errorField = field;
                    break;
                }
                switch (state) {
                    case FIELD_START:
                        if (ch == '"') {
                            state = QUOTED;
                            quoteField = field;
                            quoteLine = line;
                        } else if (ch == ',') {
                            field++;
                        } else {
                            state = UNQUOTED;
                        }
                        break;
                    case UNQUOTED:
                        if (ch == ',') {
                            field++;
                            state = FIELD_START;
                        }
                        break;
                    case QUOTED:
                        if (ch == '"') {
                            state = QUOTE_IN_QUOTED;
                        }
                        break;
                    case QUOTE_IN_QUOTED:
                        if (ch == '"') {
                            state = QUOTED;
                        } else if (ch == ',') {
                            field++;
                            state = FIELD_START;
                        } else if (Character.isWhitespace(ch)) {
                            state = AFTER_CLOSE;
                        } else {
                            error = "a character after the closing quote";
                        }
                        break;
                    default:
                        if (ch == ',') {
                            field++;
                            state = FIELD_START;
                        } else if (!Character.isWhitespace(ch)) {
                            error = "a character after the closing quote";
                        }
                        break;
                }
                if (error != null) {
                    errorField = field;
                    break;
                }
            }
            if (error == null) {
                append('\n');
                if (lines > 1 && headerFields >= 0 && field + 1 != headerFields) {
                    error = "a quote opened in this column closes on line " + (start + lines - 1) + ", leaving "
                            + (field + 1) + " of " + headerFields + " columns";
                    errorField = quoteField;
                } else {
                    if (headerFields < 0) {
                        headerFields = field + 1;
                    }
                    events.add(start);
                    return true;
                }
            }
            events.add(new InvoiceCsvReader.Problem(start, column(errorField), "not CSV: " + error
                    + (lines > 1 ? " (the quote opens on line " + quoteLine + ")" : "") + "; the row is skipped"
                    + (lines > 1 ? " and the lines after its first are read as rows" : "")));
            if (lines > 1) {
                readAgain(secondLine, start + 1);
            } else {
                skipRestOfLine();
            }
        }
    }

    private String column(int field) {
        if (field < columnNames.size() && columnNames.get(field) != null && !columnNames.get(field).isBlank()) {
            return columnNames.get(field);
        }
        return "#" + (field + 1);
    }

    /** Puts the row's text from its second line back in front of what is still to read. */
    private void readAgain(int from, long fromLine) {
        int kept = replay.length - replayPosition;
        char[] again = new char[rowLength - from + kept];
        System.arraycopy(row, from, again, 0, rowLength - from);
        System.arraycopy(replay, replayPosition, again, rowLength - from, kept);
        replay = again;
        replayPosition = 0;
        line = fromLine;
    }

    private void skipRestOfLine() throws IOException {
        while (true) {
            int c = next();
            if (c < 0) {
                return;
            }
            if (c == '\n' || c == '\r') {
                lineEnd(c);
                return;
            }
        }
    }
}
