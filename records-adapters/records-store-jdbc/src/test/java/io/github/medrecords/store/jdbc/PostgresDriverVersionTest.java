package io.github.medrecords.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;

class PostgresDriverVersionTest {

    /** The first release without CVE-2026-42198, the minimum the README states. */
    private static final int[] MINIMUM = {42, 7, 14};

    @Test
    void testsRunAPostgresDriverWithoutCve202642198() {
        // read at run time from the driver jar on the class path (DriverInfo's constants are inlined by javac)
        String actual = Driver.class.getPackage().getImplementationVersion();
        int[] version = Arrays.stream(actual.split("[.-]")).limit(3).mapToInt(Integer::parseInt).toArray();

        assertThat(Arrays.compare(version, MINIMUM)).as("driver %s", actual)
                .isGreaterThanOrEqualTo(0);
    }
}
