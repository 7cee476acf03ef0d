package io.github.medrecords.testkit.fee;

import io.github.medrecords.core.fee.FeeContext;
import io.github.medrecords.core.fee.LegalLimit;
import io.github.medrecords.core.fee.LegalLimits;
import io.github.medrecords.core.fee.LegalSchedule;
import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.ProviderKind;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RequesterRole;
import io.github.medrecords.core.timeframe.DeadlineRule;
import io.github.medrecords.core.timeframe.DeadlineRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Generates valid {@link FeeContext}s from a seed: every requester role with a basis it may rely on,
 * every delivery, every way of keeping records (paper, electronic, microfilm), one to three record types
 * (the well-known ones and New York's original mammogram), purposes with and without claim
 * documentation, attorneys' requests before suit, page counts biased to the boundaries of the seed
 * prices and the states' tiers, received dates around the days the built-in schedules change, in
 * Connecticut or under HIPAA alone unless {@link #withJurisdictions} says otherwise.
 *
 * <p>Plain Java: drive it from any property-testing library by its seed, for example
 * {@code qt().forAll(longs().all()).checkAssert(seed -> ... FeeContextGenerator.seeded(seed).next() ...)}.
 * Not thread-safe: use one generator per thread.
 */
public final class FeeContextGenerator {

    private static final int[] BOUNDARY_PAGES = boundaryPages();
    private static final LocalDate[] BOUNDARY_DATES = boundaryDates();
    private static final UsState[] STATES_WITH_LAW = statesWithLaw();
    private static final LocalDate EARLIEST = LocalDate.of(2005, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2027, 12, 31);

    private final SplittableRandom random;
    private final int maxPages;
    private final Set<UsState> jurisdictions;
    private final LocalDate receivedOn;

    private FeeContextGenerator(SplittableRandom random, int maxPages, Set<UsState> jurisdictions,
            LocalDate receivedOn) {
        this.random = random;
        this.maxPages = maxPages;
        this.jurisdictions = jurisdictions;
        this.receivedOn = receivedOn;
    }

    /**
     * Returns a generator for a seed; the same seed gives the same contexts.
     *
     * @param seed  the seed
     * @return the generator, not null
     */
    public static FeeContextGenerator seeded(long seed) {
        return new FeeContextGenerator(new SplittableRandom(seed), 300, null, null);
    }

    /**
     * Returns the first context of a seed's generator: a convenient function from a seed to a context.
     *
     * @param seed  the seed
     * @return the context, not null
     */
    public static FeeContext fromSeed(long seed) {
        return seeded(seed).next();
    }

    /**
     * Returns a generator that draws page counts up to a maximum (300 unless set).
     *
     * @param pages  the most pages, 0 to {@link FeeContext#MAX_PAGES}
     * @return a new generator with the same seed state, not null
     * @throws IllegalArgumentException if out of range
     */
    public FeeContextGenerator withMaxPages(int pages) {
        if (pages < 0 || pages > FeeContext.MAX_PAGES) {
            throw new IllegalArgumentException("Max pages " + pages + " outside 0-" + FeeContext.MAX_PAGES);
        }
        return new FeeContextGenerator(random.split(), pages, jurisdictions, receivedOn);
    }

    /**
     * Returns a generator that always uses the given jurisdictions (Connecticut or none, at random,
     * unless set).
     *
     * @param states  the states, not null, possibly empty for HIPAA alone
     * @return a new generator, not null
     */
    public FeeContextGenerator withJurisdictions(Set<UsState> states) {
        Objects.requireNonNull(states, "states");
        Set<UsState> copy = states.isEmpty() ? EnumSet.noneOf(UsState.class) : EnumSet.copyOf(states);
        return new FeeContextGenerator(random.split(), maxPages, copy, receivedOn);
    }

    /**
     * Returns a generator whose contexts are all received on one day, for example the day an audit
     * applies (around the days the built-in schedules change, at random, unless set).
     *
     * @param day  the day, not null
     * @return a new generator, not null
     */
    public FeeContextGenerator receivedOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return new FeeContextGenerator(random.split(), maxPages, jurisdictions, day);
    }

    /**
     * Generates the next context.
     *
     * @return a valid context, not null
     */
    public FeeContext next() {
        RequesterRole role = pick(RequesterRole.values());
        LegalBasis basis = pick(role.permittedBases().toArray(new LegalBasis[0]));
        DeliveryMethod delivery = pick(DeliveryMethod.values());
        FeeContext.Builder builder = FeeContext.builder(basis, role, delivery, receivedOn())
                .recordKeeping(pick(RecordKeeping.values()));
        List<RecordType> types = new ArrayList<>(RecordType.wellKnownTypes());
        types.add(LegalLimits.MAMMOGRAM);
        int count = 1 + random.nextInt(3);
        boolean images = false;
        for (int i = 0; i < count; i++) {
            RecordType type = types.remove(random.nextInt(types.size()));
            images |= type.isImaging();
            builder.recordType(type);
        }
        PurposeKind purpose = basis == LegalBasis.TREATMENT && random.nextBoolean() ? PurposeKind.CONTINUING_CARE
                : pick(PurposeKind.values());
        builder.purpose(purpose).claimDocumented(purpose.isBenefitClaim() && random.nextBoolean());
        if (role == RequesterRole.THIRD_PARTY && basis == LegalBasis.AUTHORIZATION) {
            builder.attorneyBeforeSuit(random.nextBoolean());
        }
        builder.pages(pages()).media(images ? 1 + random.nextInt(3) : 0);
        if (delivery.isMailed() && random.nextBoolean()) {
            builder.postage(Money.ofCents(random.nextInt(1, 500)));
        }
        builder.jurisdictions(jurisdictions != null ? jurisdictions
                : random.nextInt(4) == 0 ? EnumSet.noneOf(UsState.class)
                        : random.nextBoolean() ? EnumSet.of(UsState.CT) : EnumSet.of(pick(STATES_WITH_LAW)));
        builder.providerKind(pick(ProviderKind.values()));
        return builder.build();
    }

    /**
     * The page counts where a built-in schedule changes its slope or steps, and the page before each: every band
     * start and cap crossing of every built-in schedule, so a new state's bands are probed without a list kept by
     * hand.
     */
    private static int[] boundaryPages() {
        Set<Integer> pages = new TreeSet<>(List.of(0, 1, 2, 9, 10, 11, 20, 21, 25, 26, 100, 101, 500, 501));
        for (LegalSchedule schedule : LegalLimits.builtIn().schedules()) {
            for (LegalLimit limit : schedule.limits()) {
                limit.pageSchedule().ifPresent(s -> s.bandStarts().forEach(start -> {
                    pages.add(start);
                    pages.add(start - 1);
                }));
            }
        }
        return pages.stream().filter(p -> p >= 0).mapToInt(Integer::intValue).toArray();
    }

    /**
     * The days a built-in schedule or deadline rule comes into or goes out of force, and the day before each, taken
     * from the schedules' and rules' own dates.
     */
    private static LocalDate[] boundaryDates() {
        Set<LocalDate> days = new TreeSet<>();
        for (LegalSchedule schedule : LegalLimits.builtIn().schedules()) {
            schedule.effectiveFrom().ifPresent(d -> days.addAll(List.of(d.minusDays(1), d)));
            schedule.effectiveUntil().ifPresent(d -> days.addAll(List.of(d.minusDays(1), d)));
        }
        for (DeadlineRule rule : DeadlineRules.defaults().rules()) {
            if (rule.inForceFrom().getYear() > 1900) {
                days.addAll(List.of(rule.inForceFrom().minusDays(1), rule.inForceFrom()));
            }
        }
        return days.toArray(new LocalDate[0]);
    }

    private static UsState[] statesWithLaw() {
        Set<UsState> states = EnumSet.noneOf(UsState.class);
        for (LegalSchedule schedule : LegalLimits.builtIn().schedules()) {
            schedule.jurisdiction().ifPresent(states::add);
        }
        return states.toArray(new UsState[0]);
    }

    /**
     * Generates the next context that a legal exemption makes free: a patient's own portal access
     * (R2.2) or, in Connecticut, a documented Social Security claim (R5.5).
     *
     * @return a valid, exempt context, not null
     */
    public FeeContext nextExempt() {
        FeeContext base = next();
        boolean portal = random.nextBoolean();
        RequesterRole role = random.nextBoolean() ? RequesterRole.PATIENT : RequesterRole.PERSONAL_REPRESENTATIVE;
        LegalBasis basis = portal ? LegalBasis.INDIVIDUAL_ACCESS
                : pick(new LegalBasis[] {LegalBasis.INDIVIDUAL_ACCESS, LegalBasis.AUTHORIZATION});
        DeliveryMethod delivery = portal ? DeliveryMethod.PORTAL_DOWNLOAD : pick(DeliveryMethod.values());
        FeeContext.Builder builder = FeeContext.builder(basis, role, delivery, base.receivedOn())
                .recordKeeping(base.recordKeeping()).pages(base.pages()).media(base.media());
        base.recordTypes().forEach(builder::recordType);
        if (portal) {
            builder.jurisdictions(base.jurisdictions()).purpose(base.purpose())
                    .claimDocumented(base.claimDocumented());
        } else {
            builder.jurisdiction(UsState.CT).purpose(PurposeKind.SOCIAL_SECURITY_CLAIM).claimDocumented(true);
        }
        return builder.build();
    }

    private int pages() {
        if (random.nextInt(3) == 0) {
            int boundary = BOUNDARY_PAGES[random.nextInt(BOUNDARY_PAGES.length)];
            return Math.min(boundary, maxPages);
        }
        return random.nextInt(maxPages + 1);
    }

    private LocalDate receivedOn() {
        if (receivedOn != null) {
            return receivedOn;
        }
        if (random.nextInt(4) == 0) {
            return BOUNDARY_DATES[random.nextInt(BOUNDARY_DATES.length)];
        }
        long span = LATEST.toEpochDay() - EARLIEST.toEpochDay();
        return LocalDate.ofEpochDay(EARLIEST.toEpochDay() + random.nextLong(span + 1));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
