package io.github.medrecords.core.timeframe;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class TimeframePackageTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.medrecords.core");

    @Test
    void timeframeNeverDependsOnPractice() {
        noClasses().that().resideInAPackage("..core.timeframe..")
                .should().dependOnClassesThat().resideInAPackage("..core.practice..")
                .check(core);
    }

    @Test
    void timeframeDependsOnlyOnPartyRequestAndTheRootException() {
        noClasses().that().resideInAPackage("..core.timeframe..")
                .should().dependOnClassesThat().resideInAnyPackage("..core.fee..", "..core.workflow..",
                        "..core.authorization..", "..core.money..", "..core.port..")
                .check(core);
    }
}
