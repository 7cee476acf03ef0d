package io.github.medrecords.core.fee;

import io.github.medrecords.core.money.Money;
import java.util.List;
import java.util.Objects;

/**
 * The approximate fee shown before a request is submitted, from the form's inputs and the practice's
 * typical volumes (R2.6). Itemised like a {@link Quote}, but nothing is billed from it.
 *
 * <p>Immutable and thread-safe.
 */
public final class Estimate implements ItemisedFee {

    private final FeeContext context;
    private final List<FeeLine> lines;
    private final Money total;

    private Estimate(FeeContext context, List<FeeLine> lines) {
        this.context = context;
        this.lines = List.copyOf(lines);
        this.total = Itemisation.total(this.lines);
    }

    /**
     * Obtains an estimate from its lines; the total is their sum.
     *
     * @param context  the estimated context, not null
     * @param lines  the lines, not null
     * @return the estimate, not null
     */
    public static Estimate of(FeeContext context, List<FeeLine> lines) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(lines, "lines");
        return new Estimate(context, lines);
    }

    @Override
    public FeeContext context() {
        return context;
    }

    @Override
    public List<FeeLine> lines() {
        return lines;
    }

    @Override
    public Money total() {
        return total;
    }

    /**
     * Explains the estimate in plain words, saying what it assumes.
     *
     * @return the explanation, not null
     */
    @Override
    public String explain() {
        return "Estimate, assuming " + context.pages() + " pages and " + context.media() + " media: "
                + ItemisedFee.super.explain();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Estimate o && context.equals(o.context) && lines.equals(o.lines);
    }

    @Override
    public int hashCode() {
        return Objects.hash(context, lines);
    }

    @Override
    public String toString() {
        return "Estimate[" + total + ", " + lines.size() + " lines]";
    }
}
