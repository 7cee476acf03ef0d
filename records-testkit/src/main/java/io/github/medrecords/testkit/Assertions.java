package io.github.medrecords.testkit;

import io.github.medrecords.core.authorization.Authorization;

/**
 * The one entry point for the test kit's AssertJ assertions: {@code import static
 * io.github.medrecords.testkit.Assertions.assertThat;} beside AssertJ's own.
 */
public final class Assertions {

    private Assertions() {
    }

    /**
     * Starts assertions on an authorization.
     *
     * @param actual  the authorization, may be null
     * @return the assertion, not null
     */
    public static AuthorizationAssert assertThat(Authorization actual) {
        return new AuthorizationAssert(actual);
    }
}
