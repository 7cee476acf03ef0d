/**
 * Spring Boot auto-configuration of medrecords. Spring Boot applications run on the class path; the
 * descriptor names the module and keeps its API to one package. Every adapter, Actuator and Micrometer
 * are optional ({@code requires static}): each part switches on when its classes are present.
 */
module io.github.medrecords.spring.boot {
    requires transitive io.github.medrecords.core;
    requires transitive spring.boot;
    requires transitive spring.boot.autoconfigure;
    requires transitive spring.context;
    requires transitive spring.beans;
    requires transitive spring.core;
    requires transitive java.sql;
    requires jakarta.validation;

    requires static transitive io.github.medrecords.store.jdbc;
    requires static transitive io.github.medrecords.memory;
    requires static transitive io.github.medrecords.notify.mail;
    requires static transitive io.github.medrecords.notify.webhook;
    requires static transitive io.github.medrecords.calendar.jollyday;
    requires static transitive jakarta.mail;
    requires static transitive spring.boot.actuator;
    requires static transitive spring.boot.actuator.autoconfigure;
    requires static transitive micrometer.core;

    exports io.github.medrecords.spring.boot;

    opens io.github.medrecords.spring.boot to spring.core, spring.beans, spring.context;
}
