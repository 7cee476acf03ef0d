package io.github.medrecords.core.timeframe;

import io.github.medrecords.core.request.DeliveryMethod;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The turnaround a practice promises patients, per delivery method, as data: a service level, not
 * law (R8.6). The seed practice promises 2 to 3 business days for electronic copies and 3 to 5 by
 * mail ({@link #standard()}).
 *
 * <p>Immutable and thread-safe.
 */
public final class TurnaroundPromise {

    private final Map<DeliveryMethod, TurnaroundDays> byMethod;

    private TurnaroundPromise(Map<DeliveryMethod, TurnaroundDays> byMethod) {
        this.byMethod = Collections.unmodifiableMap(byMethod);
    }

    /**
     * Returns a promise of one turnaround for mailed methods ({@link DeliveryMethod#isMailed()}) and
     * another for every other method (electronic copies, fax, provider transfers).
     *
     * @param notMailed  the turnaround for methods that are not mailed, not null
     * @param mailed  the turnaround for mailed methods, not null
     * @return the promise, not null
     */
    public static TurnaroundPromise of(TurnaroundDays notMailed, TurnaroundDays mailed) {
        Objects.requireNonNull(notMailed, "notMailed");
        Objects.requireNonNull(mailed, "mailed");
        Map<DeliveryMethod, TurnaroundDays> map = new EnumMap<>(DeliveryMethod.class);
        for (DeliveryMethod method : DeliveryMethod.values()) {
            map.put(method, method.isMailed() ? mailed : notMailed);
        }
        return new TurnaroundPromise(map);
    }

    /**
     * Returns the seed practice's promise: 2 to 3 business days unless mailed, 3 to 5 by mail.
     *
     * @return the promise, not null
     */
    public static TurnaroundPromise standard() {
        return of(TurnaroundDays.of(2, 3), TurnaroundDays.of(3, 5));
    }

    /**
     * Returns a copy promising a different turnaround for one delivery method.
     *
     * @param method  the delivery method, not null
     * @param days  its turnaround, not null
     * @return the changed promise, not null
     */
    public TurnaroundPromise withMethod(DeliveryMethod method, TurnaroundDays days) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(days, "days");
        Map<DeliveryMethod, TurnaroundDays> map = new EnumMap<>(byMethod);
        map.put(method, days);
        return new TurnaroundPromise(map);
    }

    /**
     * Returns the turnaround promised for a delivery method.
     *
     * @param method  the delivery method, not null
     * @return the turnaround, not null
     */
    public TurnaroundDays forMethod(DeliveryMethod method) {
        Objects.requireNonNull(method, "method");
        return byMethod.get(method);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof TurnaroundPromise other && byMethod.equals(other.byMethod);
    }

    @Override
    public int hashCode() {
        return byMethod.hashCode();
    }

    @Override
    public String toString() {
        return "TurnaroundPromise" + byMethod;
    }
}
