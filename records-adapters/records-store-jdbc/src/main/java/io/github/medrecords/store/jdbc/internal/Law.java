package io.github.medrecords.store.jdbc.internal;

import io.github.medrecords.core.fee.ChargeBasis;
import io.github.medrecords.core.fee.ChargeScope;
import io.github.medrecords.core.fee.CostKind;
import io.github.medrecords.core.fee.FeeContext;
import io.github.medrecords.core.fee.LegalLimit;
import io.github.medrecords.core.fee.LegalLimits;
import io.github.medrecords.core.fee.LegalSchedule;
import io.github.medrecords.core.fee.LimitKind;
import io.github.medrecords.core.timeframe.DeadlineRule;
import io.github.medrecords.core.timeframe.DeadlineRules;
import io.github.medrecords.core.timeframe.RequestKind;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The law a store reads requests back under: the fee schedules and deadline rules of the running
 * library (or a deployment's own), indexed by id and version, the way java.time looks a zone's rules up
 * by its id. A stored request holds only the ids and versions it relied on; a rule this law does not
 * know reads back as a stand-in ({@link LegalLimit#noLongerKnown}, {@link DeadlineRule#noLongerKnown}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Law {

    /**
     * Where a legal limit stands in the law: its schedule's name and version (the day it came into force,
     * empty for a schedule with no start) and its position in that schedule.
     *
     * @param schedule  the schedule's name, not null
     * @param version  the schedule's first day in force as ISO text, empty if it has none, not null
     * @param index  the limit's position in the schedule, from 0
     */
    record LimitRef(String schedule, String version, int index) {
    }

    private final LegalLimits limits;
    private final Map<LegalLimit, LimitRef> refs = new HashMap<>();
    /** The same references by identity: quotes hold the law's own limit objects, and hashing a limit is deep. */
    private final Map<LegalLimit, LimitRef> refsByIdentity = new IdentityHashMap<>();
    private final Map<Key, LegalSchedule> schedules = new HashMap<>();
    private final Map<RuleKey, DeadlineRule> rules = new HashMap<>();

    private Law(LegalLimits limits, DeadlineRules deadlines) {
        this.limits = limits;
        for (LegalSchedule schedule : limits.schedules()) {
            String version = version(schedule);
            schedules.putIfAbsent(key(schedule.name(), version), schedule);
            List<LegalLimit> list = schedule.limits();
            for (int i = 0; i < list.size(); i++) {
                refs.putIfAbsent(list.get(i), new LimitRef(schedule.name(), version, i));
                // An equal limit in two schedules is referred to by the first, whichever object a quote holds.
                refsByIdentity.putIfAbsent(list.get(i), refs.get(list.get(i)));
            }
        }
        for (DeadlineRule rule : deadlines.rules()) {
            rules.putIfAbsent(new RuleKey(rule.key(), rule.inForceFrom()), rule);
        }
    }

    /**
     * Obtains the law a store reads under.
     *
     * @param limits  the fee schedules, not null
     * @param deadlines  the deadline rules, including any proposed ones a deployment switches on, not null
     * @return the law, not null
     */
    public static Law of(LegalLimits limits, DeadlineRules deadlines) {
        return new Law(Objects.requireNonNull(limits, "limits"), Objects.requireNonNull(deadlines, "deadlines"));
    }

    /**
     * Returns the library's own law: every built-in schedule and every deadline rule, proposed ones included.
     *
     * @return the law, not null
     */
    public static Law builtIn() {
        return BuiltIn.LAW;
    }

    private static final class BuiltIn {
        static final Law LAW = of(LegalLimits.builtIn(), DeadlineRules.defaults().withProposedRules());
    }

    Optional<LimitRef> refOf(LegalLimit limit) {
        LimitRef ref = refsByIdentity.get(limit);
        return Optional.ofNullable(ref != null ? ref : refs.get(limit));
    }

    /**
     * Finds a limit by its stored reference, else by its facts among the schedules that governed the
     * context, else returns a stand-in.
     */
    LegalLimit limit(LimitRef ref, String ruleId, LimitKind kind, ChargeScope scope, CostKind costKind,
            ChargeBasis prohibited, FeeContext context) {
        if (ref != null) {
            LegalSchedule schedule = schedules.get(key(ref.schedule(), ref.version()));
            if (schedule != null && ref.index() >= 0 && ref.index() < schedule.limits().size()) {
                LegalLimit found = schedule.limits().get(ref.index());
                if (same(found, ruleId, kind, scope, costKind, prohibited)) {
                    return found;
                }
            }
        }
        LegalLimit fallback = null;
        for (LegalSchedule schedule : limits.schedules()) {
            if (!schedule.governs(context)) {
                continue;
            }
            for (LegalLimit l : schedule.limits()) {
                if (same(l, ruleId, kind, scope, costKind, prohibited)) {
                    if (l.condition().matches(context)) {
                        return l;
                    }
                    if (fallback == null) {
                        fallback = l;
                    }
                }
            }
        }
        if (fallback != null) {
            return fallback;
        }
        return LegalLimit.noLongerKnown(ruleId, kind, scope == null ? ChargeScope.REQUEST : scope,
                costKind != null ? costKind : switch (kind) {
                    case COST_OF_MATERIALS -> CostKind.MATERIALS;
                    case COST_BASED, FLAT_FEE_OR_COST_BASIS -> CostKind.ALLOWABLE_COST;
                    case NO_FEE, PER_PAGE_MAXIMUM, METHOD_PROHIBITED -> null;
                }, prohibited);
    }

    /** The same facts, with scope and cost kind left open where a format-2 document did not record them. */
    private static boolean same(LegalLimit l, String ruleId, LimitKind kind, ChargeScope scope, CostKind costKind,
            ChargeBasis prohibited) {
        return l.ruleId().equals(ruleId) && l.kind() == kind && l.prohibitedBasis().orElse(null) == prohibited
                && (scope == null || l.scope() == scope)
                && (costKind == null || l.costKind().orElse(null) == costKind);
    }

    Optional<DeadlineRule> rule(String key, LocalDate version) {
        return Optional.ofNullable(rules.get(new RuleKey(key, version)));
    }

    DeadlineRule ruleOrStandIn(String key, LocalDate version, String ruleId, RequestKind kind) {
        return rule(key, version).orElseGet(() -> DeadlineRule.noLongerKnown(key, ruleId, kind, version));
    }

    static String version(LegalSchedule schedule) {
        return schedule.effectiveFrom().map(LocalDate::toString).orElse("");
    }

    private static Key key(String name, String version) {
        return new Key(name, version);
    }

    /** A schedule's name with its version. */
    private record Key(String name, String version) {
    }

    /** A deadline rule's key with its version. */
    private record RuleKey(String key, LocalDate version) {
    }
}
