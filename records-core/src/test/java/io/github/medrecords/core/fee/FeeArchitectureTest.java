package io.github.medrecords.core.fee;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the fee package's dependencies acyclic: the practice refers to its price list, never back. */
class FeeArchitectureTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.medrecords.core");

    @Test
    void feeDoesNotDependOnPracticeOrAuthorization() {
        noClasses().that().resideInAPackage("io.github.medrecords.core.fee..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.medrecords.core.practice..",
                        "io.github.medrecords.core.authorization..")
                .check(core);
    }
}
