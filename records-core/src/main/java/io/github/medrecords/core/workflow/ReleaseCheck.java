package io.github.medrecords.core.workflow;

import io.github.medrecords.core.authorization.Authorization;
import io.github.medrecords.core.authorization.AuthorizationDefect;
import io.github.medrecords.core.authorization.CoverageGap;
import io.github.medrecords.core.authorization.Expiration;
import io.github.medrecords.core.request.DeliveryMethod;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The guards that must hold at the instant of a release, as one small check: what a request lacks for a
 * release now, each with its facts, whatever the request's status.
 */
final class ReleaseCheck {

    private ReleaseCheck() {
    }

    /**
     * Lists what refuses a release by the practice.
     *
     * @param c  the request, not null
     * @param method  how the copies would go, not null
     * @param deviationReason  why the delivery differs from the request, if it does; not null
     * @param at  the instant, in the practice's zone, not null
     * @return every refusal in the order of the guards, empty if the release may go ahead
     */
    static List<ReleaseRefusal> refusals(RequestCase c, DeliveryMethod method, Optional<String> deviationReason,
            ZonedDateTime at) {
        List<ReleaseRefusal> refusals = new ArrayList<>();
        RequestStatus status = c.status();
        if (!status.isOpen() || status == RequestStatus.HANDED_OFF) {
            refusals.add(new ReleaseRefusal.NotReleasable(status));
        }
        if (c.identity().isEmpty()) {
            refusals.add(new ReleaseRefusal.IdentityNotVerified());
        }
        refusals.addAll(authorization(c, at));
        if (c.quote().isEmpty()) {
            refusals.add(new ReleaseRefusal.NotFulfilled());
        } else if (!c.feeSettled()) {
            refusals.add(new ReleaseRefusal.FeeUnsettled(c.amountDue(),
                    c.invoice().map(Invoice::number)));
        }
        DeliveryMethod requested = c.request().delivery().method();
        if (method != requested && deviationReason.filter(r -> !r.isBlank()).isEmpty()) {
            refusals.add(new ReleaseRefusal.DeliveryDiffers(requested, method));
        }
        if (refusals.isEmpty() && status != RequestStatus.READY_FOR_RELEASE) {
            refusals.add(new ReleaseRefusal.NotReleasable(status));
        }
        return List.copyOf(refusals);
    }

    /**
     * Lists what the authorization lacks for a release at an instant: none needed, or a valid one that
     * covers these records, dates, recipient and purpose.
     */
    static List<ReleaseRefusal> authorization(RequestCase c, ZonedDateTime at) {
        if (!c.authorizationRequired()) {
            return List.of();
        }
        Optional<Authorization> attached = c.authorization();
        if (attached.isEmpty()) {
            return List.of(new ReleaseRefusal.AuthorizationMissing(c.authorizationReason()));
        }
        Authorization a = attached.get();
        List<ReleaseRefusal> refusals = new ArrayList<>();
        Set<AuthorizationDefect> defects = a.defects(at);
        if (!defects.isEmpty()) {
            refusals.add(new ReleaseRefusal.AuthorizationInvalid(defects,
                    defects.contains(AuthorizationDefect.EXPIRED) ? a.expiration().flatMap(Expiration::date)
                            : Optional.empty(),
                    defects.contains(AuthorizationDefect.REVOKED) ? a.revokedAt() : Optional.empty()));
        }
        Set<CoverageGap> gaps = a.gaps(c.recordTypes(), c.datesOfCare(), c.recipientName(),
                c.request().purpose().kind());
        if (!gaps.isEmpty()) {
            refusals.add(new ReleaseRefusal.AuthorizationDoesNotCover(gaps));
        }
        return refusals;
    }
}
