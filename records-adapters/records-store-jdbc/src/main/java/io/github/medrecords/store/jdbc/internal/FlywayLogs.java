package io.github.medrecords.store.jdbc.internal;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flyway's messages for the store's own migrations, through SLF4J under Flyway's logger names, with its
 * INFO and NOTICE lines ("Migrating schema ... to version 1", nine of them on a first start) at DEBUG: a
 * host's normal start stays quiet, and {@code org.flywaydb} at DEBUG shows them. Warnings and errors keep
 * their level. Flyway instantiates this class by name ({@code loggers}); public for that reason only.
 */
public final class FlywayLogs implements LogCreator {

    /** For Flyway. */
    public FlywayLogs() {
    }

    @Override
    public Log createLogger(Class<?> type) {
        Logger logger = LoggerFactory.getLogger(type);
        return new Log() {
            // Flyway 11 (the version Spring Boot 3.5 applications run) declares this method abstract; Flyway 13
            // keeps it as a deprecated default. Implementing it serves both.
            @Override
            @SuppressWarnings("deprecation")
            public boolean isDebugEnabled() {
                return logger.isDebugEnabled();
            }

            @Override
            public void debug(String message) {
                logger.debug(message);
            }

            @Override
            public void info(String message) {
                logger.debug(message);
            }

            @Override
            public void warn(String message) {
                logger.warn(message);
            }

            @Override
            public void error(String message) {
                logger.error(message);
            }

            @Override
            public void error(String message, Exception e) {
                logger.error(message, e);
            }

            @Override
            public void notice(String message) {
                logger.debug(message);
            }
        };
    }
}
