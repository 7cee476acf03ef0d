package io.github.medrecords.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps every adapter depending on the core and its own real dependency only, never on another
 * adapter, and keeps the core free of every adapter.
 */
class AdapterArchitectureTest {

    private static final List<String> ADAPTERS = List.of("io.github.medrecords.memory",
            "io.github.medrecords.store.jdbc", "io.github.medrecords.notify.mail", "io.github.medrecords.notify.webhook",
            "io.github.medrecords.calendar.jollyday", "io.github.medrecords.crypto.tink");
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.medrecords");

    @Test
    void everyAdapterIsOnTheClassPath() {
        for (String adapter : ADAPTERS) {
            assertThat(CLASSES.stream()
                    .anyMatch(c -> c.getPackageName().startsWith(adapter))).as(adapter).isTrue();
        }
    }

    @Test
    void noAdapterDependsOnAnother() {
        for (String adapter : ADAPTERS) {
            String[] others = ADAPTERS.stream().filter(a -> !a.equals(adapter)).map(a -> a + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage(adapter + "..").should().dependOnClassesThat()
                    .resideInAnyPackage(others).check(CLASSES);
        }
    }

    @Test
    void onlyTheTinkAdapterUsesTink() {
        noClasses().that().resideOutsideOfPackage("io.github.medrecords.crypto.tink..").should()
                .dependOnClassesThat().resideInAPackage("com.google.crypto.tink..").check(CLASSES);
    }

    @Test
    void theCoreDependsOnNoAdapter() {
        noClasses().that().resideInAPackage("io.github.medrecords.core..").should().dependOnClassesThat()
                .resideInAnyPackage(ADAPTERS.stream().map(a -> a + "..").toArray(String[]::new)).check(CLASSES);
    }
}
