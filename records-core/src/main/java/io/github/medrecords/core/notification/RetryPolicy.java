package io.github.medrecords.core.notification;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When a relay tries a failed notification again: exponential backoff from a base delay, doubled
 * after every failed attempt and capped, with jitter so that relays do not retry in step; and how
 * many attempts a message gets before it becomes a dead letter.
 *
 * <p>The delay after the {@code n}th failed attempt is {@code min(cap, base * 2^(n-1))}, reduced by
 * a random share of at most {@code jitter} of itself, so it never exceeds the cap. The defaults
 * ({@link #defaults()}) are a base of 30 seconds, a cap of 1 hour, 10 attempts and a jitter of 0.2:
 * about three hours of retries before a message is dead.
 *
 * <p>Immutable and thread-safe.
 */
public final class RetryPolicy {

    /** The default delay after the first failed attempt. */
    public static final Duration DEFAULT_BASE = Duration.ofSeconds(30);
    /** The default longest delay between two attempts. */
    public static final Duration DEFAULT_CAP = Duration.ofHours(1);
    /** The default number of attempts, the first included. */
    public static final int DEFAULT_MAX_ATTEMPTS = 10;
    /** The default share of a delay that jitter may take off. */
    public static final double DEFAULT_JITTER = 0.2;

    private static final RetryPolicy DEFAULTS = new RetryPolicy(DEFAULT_BASE, DEFAULT_CAP, DEFAULT_MAX_ATTEMPTS,
            DEFAULT_JITTER);

    private final Duration base;
    private final Duration cap;
    private final int maxAttempts;
    private final double jitter;

    private RetryPolicy(Duration base, Duration cap, int maxAttempts, double jitter) {
        this.base = base;
        this.cap = cap;
        this.maxAttempts = maxAttempts;
        this.jitter = jitter;
    }

    /**
     * Returns the default policy: base 30 s, cap 1 h, 10 attempts, jitter 0.2.
     *
     * @return the policy, not null
     */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a policy from its parts.
     *
     * @param base  the delay after the first failed attempt, positive, not null
     * @param cap  the longest delay, not shorter than {@code base}, not null
     * @param maxAttempts  how many attempts a message gets, the first included, positive
     * @param jitter  the share of a delay that jitter may take off, from 0 to 1
     * @return the policy, not null
     * @throws IllegalArgumentException if a part is out of range
     */
    public static RetryPolicy of(Duration base, Duration cap, int maxAttempts, double jitter) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        if (base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("Base delay " + base + " is not positive");
        }
        if (cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("Cap " + cap + " is shorter than the base delay " + base);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("Max attempts " + maxAttempts + " is not positive");
        }
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new IllegalArgumentException("Jitter " + jitter + " is not between 0 and 1");
        }
        return new RetryPolicy(base, cap, maxAttempts, jitter);
    }

    /**
     * Returns a copy with another base delay.
     *
     * @param newBase  the delay after the first failed attempt, positive, not longer than the cap, not null
     * @return the changed policy, not null
     * @throws IllegalArgumentException if out of range
     */
    public RetryPolicy withBase(Duration newBase) {
        return of(newBase, cap, maxAttempts, jitter);
    }

    /**
     * Returns a copy with another cap.
     *
     * @param newCap  the longest delay, not shorter than the base, not null
     * @return the changed policy, not null
     * @throws IllegalArgumentException if out of range
     */
    public RetryPolicy withCap(Duration newCap) {
        return of(base, newCap, maxAttempts, jitter);
    }

    /**
     * Returns a copy with another number of attempts.
     *
     * @param newMaxAttempts  how many attempts a message gets, positive
     * @return the changed policy, not null
     * @throws IllegalArgumentException if out of range
     */
    public RetryPolicy withMaxAttempts(int newMaxAttempts) {
        return of(base, cap, newMaxAttempts, jitter);
    }

    /**
     * Returns a copy with another jitter.
     *
     * @param newJitter  the share of a delay that jitter may take off, from 0 (none) to 1
     * @return the changed policy, not null
     * @throws IllegalArgumentException if out of range
     */
    public RetryPolicy withJitter(double newJitter) {
        return of(base, cap, maxAttempts, newJitter);
    }

    /**
     * Returns the delay after the first failed attempt.
     *
     * @return the base delay, not null
     */
    public Duration base() {
        return base;
    }

    /**
     * Returns the longest delay between two attempts.
     *
     * @return the cap, not null
     */
    public Duration cap() {
        return cap;
    }

    /**
     * Returns how many attempts a message gets, the first included.
     *
     * @return the number, positive
     */
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * Returns the share of a delay that jitter may take off.
     *
     * @return from 0 to 1
     */
    public double jitter() {
        return jitter;
    }

    /**
     * Tells whether a message that has failed this many times may be tried again.
     *
     * @param failedAttempts  the attempts made so far, all failed, from 0
     * @return true if another attempt is allowed
     */
    public boolean allowsAnotherAttempt(int failedAttempts) {
        return failedAttempts < maxAttempts;
    }

    /**
     * Returns the delay after a number of failed attempts before jitter: the base doubled for every
     * failed attempt after the first, capped.
     *
     * @param failedAttempts  the attempts made so far, all failed, positive
     * @return the delay, not null
     * @throws IllegalArgumentException if {@code failedAttempts} is not positive
     */
    public Duration ceilingAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("Failed attempts " + failedAttempts + " is not positive");
        }
        Duration delay = base;
        for (int i = 1; i < failedAttempts && delay.compareTo(cap) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    /**
     * Returns the delay after a number of failed attempts with jitter: between {@code (1 - jitter)}
     * times the ceiling and the ceiling itself.
     *
     * @param failedAttempts  the attempts made so far, all failed, positive
     * @param random  the source of jitter, not null
     * @return the delay, not null
     * @throws IllegalArgumentException if {@code failedAttempts} is not positive
     */
    public Duration delayAfter(int failedAttempts, RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        Duration ceiling = ceilingAfter(failedAttempts);
        if (jitter == 0.0) {
            return ceiling;
        }
        long millis = ceiling.toMillis();
        long off = (long) Math.floor(millis * jitter * random.nextDouble());
        return Duration.ofMillis(millis - Math.min(off, millis));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RetryPolicy p && base.equals(p.base) && cap.equals(p.cap)
                && maxAttempts == p.maxAttempts && Double.compare(jitter, p.jitter) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(base, cap, maxAttempts, jitter);
    }

    @Override
    public String toString() {
        return "RetryPolicy[base=" + base + ", cap=" + cap + ", maxAttempts=" + maxAttempts + ", jitter=" + jitter
                + "]";
    }
}
