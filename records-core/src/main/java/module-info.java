/**
 * The medrecords core: the domain of release of information, pure Java with no I/O.
 *
 * <p>Compiles against the Jakarta Bean Validation API and SLF4J only; a Bean Validation provider
 * (Hibernate Validator) is needed at run time to check form input.
 */
module io.github.medrecords.core {
    requires transitive jakarta.validation;
    requires org.slf4j;
    requires java.logging; // to lower the validation provider's start-up banner (MedrecordsValidation)

    exports io.github.medrecords.core;
    exports io.github.medrecords.core.money;
    exports io.github.medrecords.core.party;
    exports io.github.medrecords.core.practice;
    exports io.github.medrecords.core.request;
    exports io.github.medrecords.core.authorization;
    exports io.github.medrecords.core.intake;
    exports io.github.medrecords.core.timeframe;
    exports io.github.medrecords.core.law;

    // The Bean Validation provider reads the forms' fields and instantiates the internal validators.
    // Unqualified: the provider is a run-time dependency, absent when this module compiles.
    opens io.github.medrecords.core.intake;
    opens io.github.medrecords.core.intake.internal;
    exports io.github.medrecords.core.fee;
    exports io.github.medrecords.core.workflow;
    exports io.github.medrecords.core.port;
    exports io.github.medrecords.core.notification;
    exports io.github.medrecords.core.service;
}
