package io.github.medrecords.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM started from a test with the test's class path, to be killed with {@code kill -9}
 * ({@link Process#destroyForcibly()} sends SIGKILL on Linux). Its standard error goes to a log file
 * that failures quote.
 */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final BufferedReader out;

    private ChildJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static ChildJvm start(Class<?> main, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", testClassPath(), main.getName()));
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start(), log);
    }

    /**
     * Returns the test's class path: Surefire and Failsafe may start the test JVM through a
     * manifest-only jar and say the real path in {@code surefire.test.class.path}.
     */
    private static String testClassPath() {
        String path = System.getProperty("surefire.test.class.path");
        return path != null && !path.isBlank() ? path : System.getProperty("java.class.path");
    }

    /**
     * Waits until the child prints a line.
     */
    void await(String expected) throws IOException {
        for (String line = out.readLine(); ; line = out.readLine()) {
            assertThat(line).as("the child ended before it printed %s; its log:%n%s", expected, tail()).isNotNull();
            if (line.equals(expected)) {
                return;
            }
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Kills the child with SIGKILL and waits until it is gone.
     */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the killed child ended").isTrue();
    }

    String tail() {
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
