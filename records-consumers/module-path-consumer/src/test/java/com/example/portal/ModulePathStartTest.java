package com.example.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The portal starts as a named module with {@code java -p ... -m}, without {@code --add-modules}, and its
 * first line of output is its own: nothing from the library, SLF4J, Hibernate Validator or Flyway.
 */
class ModulePathStartTest {

    @Test
    void startsOnTheModulePathWithoutAddModulesAndQuietly() throws IOException, InterruptedException {
        Path target = Path.of("target");
        String modulePath = target.resolve("classes").toAbsolutePath() + File.pathSeparator
                + Files.readString(target.resolve("module-path.txt"), StandardCharsets.UTF_8).strip();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-p", modulePath, "-m", "com.example.portal/com.example.portal.PortalMain")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        List<String> lines = output.lines().toList();
        assertThat(lines).as(output).hasSize(1);
        assertThat(lines.get(0)).startsWith("portal started: an empty form has ").endsWith("; store ready")
                .doesNotContain("{medrecords.");
    }
}
