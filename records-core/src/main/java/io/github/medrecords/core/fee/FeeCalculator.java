package io.github.medrecords.core.fee;

import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.ProviderKind;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.RecordsRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Computes estimates and quotes from a practice's price list and checks quotes against the legal
 * limits: the entry point of the fee package.
 *
 * <p>How a fee is itemised: if a legal no-fee rule governs the context (portal access R2.2, a
 * documented Social Security claim in Connecticut R5.5), the fee is one zero line citing it, whatever
 * the price list says. Otherwise the first of the price list's waivers that matches makes it one zero
 * line citing the waiver. Otherwise every price rule that applies adds its charge lines and, where its
 * cap binds, a cap line. Caps and maxima the law sets are not applied silently: the
 * {@link Compliance} of each quote reports them.
 *
 * <p>Immutable and thread-safe.
 */
public final class FeeCalculator {

    private static final FeeCalculator STANDARD = new FeeCalculator(LegalLimits.builtIn());

    private final LegalLimits limits;

    private FeeCalculator(LegalLimits limits) {
        this.limits = limits;
    }

    /**
     * Returns a calculator with the built-in legal limits (HIPAA and Connecticut).
     *
     * @return the calculator, not null
     */
    public static FeeCalculator standard() {
        return STANDARD;
    }

    /**
     * Returns a calculator with given legal limits.
     *
     * @param limits  the limits, not null
     * @return the calculator, not null
     */
    public static FeeCalculator of(LegalLimits limits) {
        return new FeeCalculator(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Returns the legal limits this calculator checks against.
     *
     * @return the limits, not null
     */
    public LegalLimits legalLimits() {
        return limits;
    }

    /**
     * Estimates the fee for a context built from the form's inputs and typical volumes (R2.6).
     *
     * @param prices  the practice's price list, not null
     * @param context  the context, usually from {@link FeeContext#forEstimate}, not null
     * @return the estimate, not null
     */
    public Estimate estimate(PriceList prices, FeeContext context) {
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(context, "context");
        List<LegalLimit> applicable = new ArrayList<>(8);
        limits.collect(context, applicable);
        return Estimate.of(context, itemise(prices, context, applicable));
    }

    /**
     * Estimates the fee for a request before it is submitted, with the price list's typical volumes.
     *
     * @param prices  the practice's price list, not null
     * @param request  the request as the form describes it, not null
     * @param receivedOn  the day it is (to be) received, not null
     * @param jurisdictions  the practice's states, not null
     * @return the estimate, not null
     */
    public Estimate estimate(PriceList prices, RecordsRequest request, LocalDate receivedOn,
            Set<UsState> jurisdictions) {
        return estimate(prices, request, receivedOn, jurisdictions, ProviderKind.PHYSICIAN);
    }

    /**
     * Estimates the fee for a request before it is submitted, at a provider of a kind.
     *
     * @param prices  the practice's price list, not null
     * @param request  the request as the form describes it, not null
     * @param receivedOn  the day it is (to be) received, not null
     * @param jurisdictions  the practice's states, not null
     * @param providerKind  the kind of provider the practice is, not null
     * @return the estimate, not null
     */
    public Estimate estimate(PriceList prices, RecordsRequest request, LocalDate receivedOn,
            Set<UsState> jurisdictions, ProviderKind providerKind) {
        Objects.requireNonNull(prices, "prices");
        return estimate(prices, FeeContext.forEstimate(request, prices.typicalVolumes(), receivedOn, jurisdictions,
                providerKind));
    }

    /**
     * Quotes the fee for a fulfilled request's context and checks it against the legal limits.
     *
     * @param prices  the practice's price list, not null
     * @param context  the context, usually from {@link FeeContext#forQuote}, not null
     * @return the quote with its compliance, not null
     */
    public Quote quote(PriceList prices, FeeContext context) {
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(context, "context");
        List<LegalLimit> applicable = new ArrayList<>(8);
        limits.collect(context, applicable);
        List<FeeLine> lines = itemise(prices, context, applicable);
        Money total = Itemisation.total(lines);
        Compliance compliance = ComplianceCheck.check(context, lines, total, prices, applicable);
        return Quote.trusted(context, lines, total, compliance);
    }

    /**
     * Quotes the fee for a fulfilled request.
     *
     * @param prices  the practice's price list, not null
     * @param request  the request, not null
     * @param fulfilment  what staff recorded, not null
     * @param receivedOn  the day the request was received, not null
     * @param jurisdictions  the practice's states, not null
     * @return the quote with its compliance, not null
     */
    public Quote quote(PriceList prices, RecordsRequest request, Fulfilment fulfilment, LocalDate receivedOn,
            Set<UsState> jurisdictions) {
        return quote(prices, request, fulfilment, receivedOn, jurisdictions, ProviderKind.PHYSICIAN);
    }

    /**
     * Quotes the fee for a fulfilled request at a provider of a kind.
     *
     * @param prices  the practice's price list, not null
     * @param request  the request, not null
     * @param fulfilment  what staff recorded, not null
     * @param receivedOn  the day the request was received, not null
     * @param jurisdictions  the practice's states, not null
     * @param providerKind  the kind of provider the practice is, not null
     * @return the quote with its compliance, not null
     */
    public Quote quote(PriceList prices, RecordsRequest request, Fulfilment fulfilment, LocalDate receivedOn,
            Set<UsState> jurisdictions, ProviderKind providerKind) {
        return quote(prices, FeeContext.forQuote(request, fulfilment, receivedOn, jurisdictions, providerKind));
    }

    private static List<FeeLine> itemise(PriceList prices, FeeContext context, List<LegalLimit> applicable) {
        for (int i = 0; i < applicable.size(); i++) {
            LegalLimit limit = applicable.get(i);
            if (limit.freesWholeRequest()) {
                return List.of(FeeLine.exemption(limit.ruleId(), limit.description(), limit.citation()));
            }
        }
        List<PriceRule> waivers = prices.waivers();
        for (int i = 0; i < waivers.size(); i++) {
            PriceRule waiver = waivers.get(i);
            if (waiver.appliesTo(context)) {
                return List.of(FeeLine.exemption(waiver.id(), waiver.description(), waiver.citation()));
            }
        }
        List<FeeLine> lines = new ArrayList<>(4);
        List<PriceRule> charges = prices.charges();
        for (int i = 0; i < charges.size(); i++) {
            PriceRule rule = charges.get(i);
            if (rule.appliesTo(context)) {
                rule.appendLines(context, lines);
            }
        }
        return lines.isEmpty() ? List.of() : Collections.unmodifiableList(lines);
    }

    @Override
    public String toString() {
        return "FeeCalculator[" + limits.schedules().size() + " schedules]";
    }
}
