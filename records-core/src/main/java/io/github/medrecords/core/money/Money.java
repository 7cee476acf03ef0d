package io.github.medrecords.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of US dollars with exactly two decimal places.
 *
 * <p>Arithmetic that cannot round ({@link #plus}, {@link #minus}, {@link #times(long)}) is exact;
 * arithmetic that could ({@link #times(BigDecimal, RoundingMode)}) takes an explicit rounding mode,
 * and {@link #of(BigDecimal)} refuses an amount with fractions of a cent instead of rounding it.
 * Amounts may be negative (a refund due, a difference); {@link #isNegative()} tells.
 *
 * <p>Immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {

    /** Zero dollars. */
    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(2));

    /** The most digits before the decimal point an amount may have: more than any long of cents holds. */
    private static final int MAX_DIGITS = 18;

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount;
    }

    /**
     * Obtains an amount from a decimal with at most two fractional digits.
     *
     * @param amount  the dollars, not null
     * @return the amount, not null
     * @throws ArithmeticException if the amount has fractions of a cent or more than 18 digits of dollars
     */
    public static Money of(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() == 0) {
            return ZERO;
        }
        // Checked before any scaling: 1E+999999999 or 1E-999999999 would expand to a billion digits.
        if (amount.precision() - (long) amount.scale() > MAX_DIGITS) {
            throw new ArithmeticException("Amount has more than " + MAX_DIGITS + " digits of dollars");
        }
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new ArithmeticException("Amount " + (amount.scale() <= MAX_DIGITS ? amount.toPlainString()
                    : amount.toString()) + " has fractions of a cent");
        }
        BigDecimal scaled = amount.setScale(2, RoundingMode.UNNECESSARY);
        return scaled.signum() == 0 ? ZERO : new Money(scaled);
    }

    /**
     * Parses an amount such as {@code "6.50"}, {@code "15"} or {@code "$0.65"}.
     *
     * @param text  the amount, optionally with a leading dollar sign, not null
     * @return the amount, not null
     * @throws NumberFormatException if the text is not a number
     * @throws ArithmeticException if the amount has fractions of a cent or more than 18 digits of dollars
     */
    public static Money parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip();
        if (s.startsWith("$")) {
            s = s.substring(1);
        }
        return of(new BigDecimal(s));
    }

    /**
     * Obtains an amount from whole cents.
     *
     * @param cents  the amount in cents
     * @return the amount, not null
     */
    public static Money ofCents(long cents) {
        return cents == 0 ? ZERO : new Money(BigDecimal.valueOf(cents, 2));
    }

    /**
     * Obtains an amount from whole dollars.
     *
     * @param dollars  the amount in dollars
     * @return the amount, not null
     */
    public static Money ofDollars(long dollars) {
        return ofCents(Math.multiplyExact(dollars, 100L));
    }

    /**
     * Returns the amount as a decimal with scale two.
     *
     * @return the amount, not null
     */
    public BigDecimal amount() {
        return amount;
    }

    /**
     * Returns the amount in whole cents.
     *
     * @return the cents
     * @throws ArithmeticException if the amount does not fit a {@code long}
     */
    public long toCents() {
        return amount.movePointRight(2).longValueExact();
    }

    /**
     * Adds an amount.
     *
     * @param other  the amount to add, not null
     * @return the sum, not null
     */
    public Money plus(Money other) {
        Objects.requireNonNull(other, "other");
        return of(amount.add(other.amount));
    }

    /**
     * Subtracts an amount.
     *
     * @param other  the amount to subtract, not null
     * @return the difference, not null
     */
    public Money minus(Money other) {
        Objects.requireNonNull(other, "other");
        return of(amount.subtract(other.amount));
    }

    /**
     * Multiplies by a whole quantity, exactly.
     *
     * @param quantity  the quantity, for example a page count
     * @return the product, not null
     */
    public Money times(long quantity) {
        return of(amount.multiply(BigDecimal.valueOf(quantity)));
    }

    /**
     * Multiplies by a decimal factor, rounding to cents with the given mode.
     *
     * @param factor  the factor, not null
     * @param rounding  how to round to cents, not null; {@code UNNECESSARY} throws where rounding is needed
     * @return the product, not null
     * @throws ArithmeticException if {@code rounding} is {@code UNNECESSARY} and the product has fractions of a cent
     */
    public Money times(BigDecimal factor, RoundingMode rounding) {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(rounding, "rounding");
        return of(amount.multiply(factor).setScale(2, rounding));
    }

    /**
     * Returns the smaller of this amount and a cap: the value operation behind every fee cap.
     *
     * @param cap  the most this amount may be, not null
     * @return this amount if it does not exceed the cap, else the cap; not null
     */
    public Money capAt(Money cap) {
        Objects.requireNonNull(cap, "cap");
        return compareTo(cap) <= 0 ? this : cap;
    }

    /**
     * Returns the smaller of two amounts.
     *
     * @param a  an amount, not null
     * @param b  an amount, not null
     * @return the smaller, {@code a} when equal; not null
     */
    public static Money min(Money a, Money b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * Returns the larger of two amounts.
     *
     * @param a  an amount, not null
     * @param b  an amount, not null
     * @return the larger, {@code a} when equal; not null
     */
    public static Money max(Money a, Money b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * Tells whether this amount is zero.
     *
     * @return true if zero
     */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * Tells whether this amount is below zero.
     *
     * @return true if negative
     */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * Tells whether this amount is greater than another.
     *
     * @param other  the amount to compare with, not null
     * @return true if strictly greater
     */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /**
     * Tells whether this amount is less than another.
     *
     * @param other  the amount to compare with, not null
     * @return true if strictly less
     */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Money other && amount.equals(other.amount);
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    /**
     * Formats the amount as dollars, for example {@code $6.50} or {@code -$1.25}.
     *
     * @return the amount as text, not null
     */
    @Override
    public String toString() {
        return amount.signum() < 0 ? "-$" + amount.negate().toPlainString() : "$" + amount.toPlainString();
    }
}
