package io.github.medrecords.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static RandomGenerator fixed(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }

    @Test
    void backoffDoublesAfterEveryFailureUntilTheCap() {
        RetryPolicy policy = RetryPolicy.of(Duration.ofSeconds(1), Duration.ofSeconds(10), 8, 0.0);

        assertThat(IntStream.rangeClosed(1, 7).mapToObj(policy::ceilingAfter))
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                        Duration.ofSeconds(8), Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(10));
        assertThat(policy.ceilingAfter(1_000)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void jitterTakesAtMostItsShareOffAndNeverExceedsTheCap() {
        RetryPolicy policy = RetryPolicy.of(Duration.ofSeconds(10), Duration.ofSeconds(60), 5, 0.2);

        assertThat(policy.delayAfter(3, fixed(0.0))).isEqualTo(Duration.ofSeconds(40));
        assertThat(policy.delayAfter(3, fixed(0.5))).isEqualTo(Duration.ofSeconds(36));
        assertThat(policy.delayAfter(3, fixed(0.999_999))).isGreaterThan(Duration.ofSeconds(32));
        assertThat(policy.delayAfter(9, fixed(0.0))).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void allowsAttemptsUpToTheMaximum() {
        RetryPolicy policy = RetryPolicy.defaults().withMaxAttempts(3);

        assertThat(policy.allowsAnotherAttempt(2)).isTrue();
        assertThat(policy.allowsAnotherAttempt(3)).isFalse();
    }

    @Test
    void defaultsAreThirtySecondsCappedAtOneHourTenAttempts() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertThat(policy.base()).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.cap()).isEqualTo(Duration.ofHours(1));
        assertThat(policy.maxAttempts()).isEqualTo(10);
        assertThat(policy.jitter()).isEqualTo(0.2);
    }

    @Test
    void refusesACapBelowTheBaseAndJitterOutsideZeroToOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RetryPolicy.of(Duration.ofSeconds(2), Duration.ofSeconds(1), 3, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> RetryPolicy.defaults().withJitter(1.5));
        assertThatIllegalArgumentException().isThrownBy(() -> RetryPolicy.defaults().withMaxAttempts(0));
        assertThatIllegalArgumentException().isThrownBy(() -> RetryPolicy.defaults().withBase(Duration.ZERO));
    }
}
