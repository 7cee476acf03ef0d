package io.github.medrecords.testkit;

import io.github.medrecords.core.authorization.Authorization;
import io.github.medrecords.core.authorization.AuthorizationDefect;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions for an {@link Authorization}: whether it is valid at an instant and which defects it has.
 */
public class AuthorizationAssert extends AbstractAssert<AuthorizationAssert, Authorization> {

    /**
     * Creates the assertion; use {@link Assertions#assertThat(Authorization)}.
     *
     * @param actual  the authorization under test, may be null
     */
    protected AuthorizationAssert(Authorization actual) {
        super(actual, AuthorizationAssert.class);
    }

    /**
     * Verifies that the authorization has no defect at an instant.
     *
     * @param at  the instant, not null
     * @return this assertion
     */
    public AuthorizationAssert isValidAt(ZonedDateTime at) {
        isNotNull();
        Set<AuthorizationDefect> defects = actual.defects(at);
        if (!defects.isEmpty()) {
            failWithMessage("Expected authorization to be valid at <%s> but it had defects <%s>", at, defects);
        }
        return this;
    }

    /**
     * Verifies that the authorization has exactly the given defects at an instant.
     *
     * @param at  the instant, not null
     * @param expected  the defects, at least one
     * @return this assertion
     */
    public AuthorizationAssert hasExactlyDefectsAt(ZonedDateTime at, AuthorizationDefect... expected) {
        isNotNull();
        Set<AuthorizationDefect> wanted = EnumSet.noneOf(AuthorizationDefect.class);
        wanted.addAll(Set.of(expected));
        Set<AuthorizationDefect> defects = actual.defects(at);
        if (!defects.equals(wanted)) {
            failWithMessage("Expected authorization defects at <%s> to be <%s> but was <%s>", at, wanted, defects);
        }
        return this;
    }
}
