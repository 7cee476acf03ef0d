package io.github.medrecords.store.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The crash test's append-only journal: one line per event, each written and forced to the disk
 * before {@link #write} returns, so a line that exists was written before the process went on. The
 * child JVM journals what the service acknowledged; the parent reads it after the last kill.
 *
 * <p>Lines, fields separated by one space:
 * <ul>
 * <li>{@code I formKey formSeed}: a submission is about to be made (so a restart can post it again);</li>
 * <li>{@code S formKey requestId version key...}: the service acknowledged the submission;</li>
 * <li>{@code C requestId version key...}: the service acknowledged a command;</li>
 * <li>{@code D messageId key}: a sender delivered an outbox message.</li>
 * </ul>
 * The keys are the idempotency keys of the outbox messages the change caused.
 */
final class CrashJournal implements AutoCloseable {

    private final FileChannel channel;

    private CrashJournal(FileChannel channel) {
        this.channel = channel;
    }

    static CrashJournal append(Path file) throws IOException {
        return new CrashJournal(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND));
    }

    synchronized void write(String... fields) {
        ByteBuffer line = StandardCharsets.UTF_8.encode(String.join(" ", fields) + "\n");
        try {
            while (line.hasRemaining()) {
                channel.write(line);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the complete lines of a journal, each split into its fields; a last line cut short by a
     * kill is left out.
     */
    static List<List<String>> read(Path file) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        if (!Files.exists(file)) {
            return lines;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        if (end < 0) {
            return lines;
        }
        for (String line : text.substring(0, end).split("\n")) {
            if (!line.isEmpty()) {
                lines.add(Arrays.asList(line.split(" ")));
            }
        }
        return lines;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
