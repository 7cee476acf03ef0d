package io.github.medrecords.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Why records-fhir has no module descriptor, and what it costs at run time. HAPI FHIR's jars have neither a
 * descriptor nor an Automatic-Module-Name; as automatic modules they resolve (with every module of the path added,
 * since nothing requires commons-lang3 and the like by name), but a FhirContext cannot start in a named module:
 * HAPI's localizer asks {@code ResourceBundle.getBundle} for a {@code ResourceBundle.Control}, which Java refuses
 * in named modules. When a HAPI release passes this test's first case, give records-fhir a module-info.
 */
class ModulePathTest {

    private static List<Path> runtimeJars() throws IOException {
        String file = System.getProperty("medrecords.fhir.runtimeClasspath");
        assertThat(file).as("set by the module's surefire configuration").isNotNull();
        return Arrays.stream(Files.readString(Path.of(file)).trim().split(File.pathSeparator)).map(Path::of)
                .filter(p -> p.toString().endsWith(".jar")).toList();
    }

    @Test
    void hapiCannotStartAFhirContextOnTheModulePath() throws Exception {
        ModuleFinder finder = ModuleFinder.of(runtimeJars().toArray(Path[]::new));
        Set<String> all = new TreeSet<>();
        finder.findAll().forEach(m -> all.add(m.descriptor().name()));
        Configuration config = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), all);
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(config,
                ClassLoader.getPlatformClassLoader());
        assertThat(layer.findModule("hapi.fhir.base")).hasValueSatisfying(m ->
                assertThat(m.getDescriptor().isAutomatic()).isTrue());
        Class<?> contextType = layer.findLoader("hapi.fhir.base").loadClass("ca.uhn.fhir.context.FhirContext");

        Throwable thrown = catchThrowable(() -> contextType.getMethod("forR4").invoke(null));

        assertThat(thrown).isInstanceOf(InvocationTargetException.class);
        assertThat(thrown.getCause()).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("ResourceBundle.Control not supported in named modules");
    }

    @Test
    void reportsTheRunTimeFootprint() throws IOException {
        List<Path> jars = runtimeJars();
        long bytes = 0;
        for (Path jar : jars) {
            bytes += Files.size(jar);
        }
        List<Path> hapi = jars.stream().filter(p -> p.getFileName().toString().matches("(hapi-fhir|org\\.hl7).*"))
                .toList();
        System.out.printf("FOOTPRINT runtime jars=%d MB=%.1f (HAPI and HL7 core: %d jars)%n", jars.size(),
                bytes / 1_048_576.0, hapi.size());
        assertThat(hapi).isNotEmpty();
        assertThat(jars).noneMatch(p -> p.getFileName().toString().startsWith("hapi-fhir-validation"));
        assertThat(jars).noneMatch(p -> p.getFileName().toString().startsWith("jena-"));
    }
}
