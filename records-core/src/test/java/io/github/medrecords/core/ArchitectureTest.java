package io.github.medrecords.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * Keeps the core pure: no I/O, no frameworks, no adapters, no package cycles.
 */
class ArchitectureTest {

    private static final Path MAIN_CLASSES = Paths.get("target", "classes");
    private static final JavaClasses CORE = new ClassFileImporter().importPath(MAIN_CLASSES);

    @Test
    void coreDependsOnTheJdkBeanValidationApiAndSlf4jOnly() {
        noClasses().should().dependOnClassesThat().resideOutsideOfPackages(
                        "io.github.medrecords.core..", "java..", "jakarta.validation..", "org.slf4j..",
                        "javax.crypto..") // the JDK's HMAC for PatientKeys (module java.base)
                .check(CORE);
    }

    @Test
    void coreDoesNoIo() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.net..", "javax.sql..",
                "java.nio.file..", "java.io.File", "java.net.http..").check(CORE);
    }

    @Test
    void coreImportsNoAdapterOrFramework() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.github.medrecords.store..",
                "io.github.medrecords.notify..", "io.github.medrecords.calendar..", "io.github.medrecords.memory..",
                "io.github.medrecords.fhir..", "ca.uhn..", "org.hl7..", "org.hibernate..", "org.springframework..", "jakarta.persistence..", "jakarta.mail..",
                "de.focus_shift..").check(CORE);
    }

    @Test
    void corePackagesHaveNoCycles() {
        slices().matching("io.github.medrecords.core.(*)..").should().beFreeOfCycles().check(CORE);
    }
}
