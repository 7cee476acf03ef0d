package io.github.medrecords.core.workflow;

import io.github.medrecords.core.authorization.AuthorizationDefect;
import io.github.medrecords.core.authorization.CoverageGap;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.request.DeliveryMethod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One reason a release is refused: the {@link ReleaseGuard} that fails and the facts of the failure
 * (which authorization defect, expired on which day or revoked when, which coverage gap, what is
 * unpaid, which status stands in the way), so that staff can act on it. A {@link ReleaseBlockedException}
 * carries every refusal at once, whatever the request's status. Carries no patient data.
 *
 * <p>Every implementation is an immutable, thread-safe record.
 */
public sealed interface ReleaseRefusal {

    /**
     * Returns the guard that fails.
     *
     * @return the guard, not null
     */
    ReleaseGuard guard();

    /**
     * Explains the refusal in one sentence staff can act on, naming its rule and the kind of its facts; the
     * facts that could identify a patient (the day an authorization expired, when it was revoked) are in the
     * record's components, never in the words.
     *
     * @return the explanation, not null
     */
    String explain();

    /**
     * The request is in a status from which nothing is released here: closed, or worked by an outside
     * company.
     *
     * @param status  the request's status, not null
     */
    record NotReleasable(RequestStatus status) implements ReleaseRefusal {
        /** Validates the status. */
        public NotReleasable {
            Objects.requireNonNull(status, "status");
        }

        @Override
        public ReleaseGuard guard() {
            return ReleaseGuard.REQUEST_RELEASABLE;
        }

        @Override
        public String explain() {
            return "The request is " + status + (status == RequestStatus.HANDED_OFF
                    ? "; the outside company releases it and its release is recorded as such."
                    : " and closed; nothing more is released under it.");
        }
    }

    /** The requester's identity and authority have not been verified (R1.5). */
    record IdentityNotVerified() implements ReleaseRefusal {
        @Override
        public ReleaseGuard guard() {
            return ReleaseGuard.IDENTITY_VERIFIED;
        }

        @Override
        public String explain() {
            return "R1.5: verify the requester's identity and authority before the release.";
        }
    }

    /**
     * The request needs an authorization and none is attached (R3.1).
     *
     * @param why  why one is needed, in plain words, not blank
     */
    record AuthorizationMissing(String why) implements ReleaseRefusal {
        /** Validates the reason. */
        public AuthorizationMissing {
            Objects.requireNonNull(why, "why");
        }

        @Override
        public ReleaseGuard guard() {
            return ReleaseGuard.AUTHORIZATION_PRESENT;
        }

        @Override
        public String explain() {
            return "R3.1: attach a valid authorization; " + why;
        }
    }

    /**
     * The attached authorization is not valid at the instant of release (R3.2-R3.4).
     *
     * @param defects  every defect, at least one, not null
     * @param expiredOn  the day it expired, where it has expired
     * @param revokedAt  when it was revoked, where it was
     */
    record AuthorizationInvalid(Set<AuthorizationDefect> defects, Optional<LocalDate> expiredOn,
            Optional<Instant> revokedAt) implements ReleaseRefusal {
        /** Validates and copies the parts. */
        public AuthorizationInvalid {
            defects = Set.copyOf(EnumSet.copyOf(Objects.requireNonNull(defects, "defects")));
            Objects.requireNonNull(expiredOn, "expiredOn");
            Objects.requireNonNull(revokedAt, "revokedAt");
        }

        @Override
        public ReleaseGuard guard() {
            return ReleaseGuard.AUTHORIZATION_VALID;
        }

        @Override
        public String explain() {
            return "The authorization is not valid now: " + EnumSet.copyOf(defects).stream()
                    .map(d -> d + " (" + d.ruleId() + ")").collect(Collectors.joining(", ")) + ".";
        }
    }

    /**
     * The authorization does not cover this release (R3.2).
     *
     * @param gaps  every gap, at least one, not null
     */
    record AuthorizationDoesNotCover(Set<CoverageGap> gaps) implements ReleaseRefusal {
        /** Validates and copies the gaps. */
        public AuthorizationDoesNotCover {
            gaps = Set.copyOf(EnumSet.copyOf(Objects.requireNonNull(gaps, "gaps")));
        }

        @Override
        public ReleaseGuard guard() {
            return ReleaseGuard.AUTHORIZATION_COVERS;
        }

        @Override
        public String explain() {
            return "R3.2: the authorization does not cover " + EnumSet.copyOf(gaps).stream().map(Enum::name)
                    .collect(Collectors.joining(", ")) + ".";
        }
    }

    /** The copies have not been recorded, so the fee is not known. */
    record NotFulfilled() implements ReleaseRefusal {
        @Override
        public ReleaseGuard guard() {
            return ReleaseGuard.FULFILLED;
        }

        @Override
        public String explain() {
            return "Record what was copied first: the fee is known only then.";
        }
    }

    /**
     * The fee is neither paid, waived nor zero.
     *
     * @param amountDue  what is still owed, positive, not null
     * @param invoiceNumber  the invoice that bills it, empty if none has been issued
     */
    record FeeUnsettled(Money amountDue, Optional<String> invoiceNumber) implements ReleaseRefusal {
        /** Validates the parts. */
        public FeeUnsettled {
            Objects.requireNonNull(amountDue, "amountDue");
            Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        }

        @Override
        public ReleaseGuard guard() {
            return ReleaseGuard.FEE_SETTLED;
        }

        @Override
        public String explain() {
            return amountDue + " is unpaid" + invoiceNumber.map(n -> " on invoice " + n)
                    .orElse(" and no invoice has been issued") + " (the practice's policy of payment before release).";
        }
    }

    /**
     * The delivery differs from the request and no reason is recorded (R1.12).
     *
     * @param requested  the delivery the requester asked for, not null
     * @param attempted  the delivery of the release, not null
     */
    record DeliveryDiffers(DeliveryMethod requested, DeliveryMethod attempted) implements ReleaseRefusal {
        /** Validates the parts. */
        public DeliveryDiffers {
            Objects.requireNonNull(requested, "requested");
            Objects.requireNonNull(attempted, "attempted");
        }

        @Override
        public ReleaseGuard guard() {
            return ReleaseGuard.DELIVERY_AS_REQUESTED;
        }

        @Override
        public String explain() {
            return "R1.12: the requester asked for " + requested + ", not " + attempted
                    + "; record why the delivery differs.";
        }
    }
}
