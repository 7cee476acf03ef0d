/**
 * The medrecords test kit: port contract tests, AssertJ assertions and seeded generators for users'
 * own tests.
 */
module io.github.medrecords.testkit {
    requires transitive io.github.medrecords.core;
    requires transitive org.junit.jupiter.api;
    requires transitive org.assertj.core;

    exports io.github.medrecords.testkit;
    exports io.github.medrecords.testkit.intake;
    exports io.github.medrecords.testkit.timeframe;
    exports io.github.medrecords.testkit.fee;
    exports io.github.medrecords.testkit.port;
}
