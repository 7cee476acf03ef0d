package io.github.medrecords.core.workflow;

import io.github.medrecords.core.authorization.Authorization;
import io.github.medrecords.core.authorization.AuthorizationDefect;
import io.github.medrecords.core.authorization.IdentityVerification;
import io.github.medrecords.core.fee.CopyFormat;
import io.github.medrecords.core.fee.CostBasisRequiredException;
import io.github.medrecords.core.fee.Estimate;
import io.github.medrecords.core.fee.FeeContext;
import io.github.medrecords.core.fee.Fulfilment;
import io.github.medrecords.core.fee.Quote;
import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.Language;
import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.request.DateRange;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.RecordSelection;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RecordsRequest;
import io.github.medrecords.core.request.RequesterRole;
import io.github.medrecords.core.timeframe.DeadlineRule;
import io.github.medrecords.core.timeframe.DueDate;
import io.github.medrecords.core.timeframe.Extension;
import io.github.medrecords.core.wording.NoticeBundle;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A records request as the records office works it: the request, its status, its history, and
 * everything recorded on the way to release. The aggregate of the workflow.
 *
 * <p>Every command returns a {@link Transition} holding the new state, the history it appended,
 * the events it raised and the disclosure entries it wrote; the instance itself never changes, so a
 * refused command (which throws {@link IllegalTransitionException}, {@link ReleaseBlockedException}
 * or another typed exception) leaves nothing half-changed. The version counts saved changes, for
 * optimistic concurrency.
 *
 * <p>The persistence form is {@link Snapshot}: {@link #snapshot()} and {@link #restore(Snapshot)}
 * let a storage adapter save and rebuild a request from its parts without reflection.
 *
 * <p>{@link #toString()} shows no patient data. Immutable and thread-safe.
 */
public final class RequestCase {

    private static final Set<RequestStatus> FULFILMENT_FROM = EnumSet.of(RequestStatus.IN_PROCESS,
            RequestStatus.QUOTED, RequestStatus.INVOICED, RequestStatus.READY_FOR_RELEASE);
    private static final Set<RequestStatus> PARTIAL_DENIAL_FROM = EnumSet.of(RequestStatus.AWAITING_AUTHORIZATION,
            RequestStatus.IN_PROCESS);
    private static final Set<RequestStatus> HAND_OFF_FROM = PARTIAL_DENIAL_FROM;

    private final Snapshot s;

    private RequestCase(Snapshot snapshot) {
        this.s = snapshot;
    }

    /**
     * The persistence form of a request, in four parts and the history: what was filed and stays fixed,
     * how the request stands, its fee, and how it ended. Each part is a record with copy-with methods;
     * the accessors of the parts' components are repeated here for convenience.
     *
     * <p>Immutable and thread-safe. {@link #toString()} shows no patient data.
     *
     * @param filing  what was filed, fixed at submission, not null
     * @param progress  how the request stands, not null
     * @param fees  the fee from estimate to refunds, not null
     * @param outcome  the release, denial, review and hand-off, not null
     * @param history  the history, oldest first, at least one entry, not null
     * @param version  the number of saved changes, from 0
     */
    public record Snapshot(Filing filing, Progress progress, Fees fees, Outcome outcome, List<HistoryEntry> history,
            long version) {

        /**
         * Validates the snapshot and copies its history.
         *
         * @throws IllegalArgumentException if the history is empty or the version negative
         */
        public Snapshot {
            Objects.requireNonNull(filing, "filing");
            Objects.requireNonNull(progress, "progress");
            Objects.requireNonNull(fees, "fees");
            Objects.requireNonNull(outcome, "outcome");
            history = List.copyOf(history);
            if (history.isEmpty() || version < 0) {
                throw new IllegalArgumentException("A request needs history and a version from 0");
            }
        }

        /**
         * What was filed, fixed from submission on.
         *
         * @param id  the request's id, not null
         * @param number  the request's number, not null
         * @param practiceId  the practice, not null
         * @param request  what was asked, not null
         * @param receivedAt  when it was received; the legal clock runs from here, not null
         * @param idempotencyKey  the portal's key for the submission, not null
         * @param patientKey  the patient's key, not null
         * @param repeatOf  the open request this one repeats, not null
         */
        public record Filing(RequestId id, RequestNumber number, PracticeId practiceId, RecordsRequest request,
                Instant receivedAt, Optional<String> idempotencyKey, PatientKey patientKey,
                Optional<RequestNumber> repeatOf) {

            /** Validates the parts. */
            public Filing {
                Objects.requireNonNull(id, "id");
                Objects.requireNonNull(number, "number");
                Objects.requireNonNull(practiceId, "practiceId");
                Objects.requireNonNull(request, "request");
                Objects.requireNonNull(receivedAt, "receivedAt");
                Objects.requireNonNull(idempotencyKey, "idempotencyKey");
                Objects.requireNonNull(patientKey, "patientKey");
                Objects.requireNonNull(repeatOf, "repeatOf");
            }

            @Override
            public String toString() {
                return "Filing[" + number + "]";
            }
        }

        /**
         * How the request stands.
         *
         * @param status  the status, not null
         * @param priorityRaised  whether a repeat request raised its priority
         * @param repeatCount  how many later requests repeated this one, from 0
         * @param authorizationRequired  whether a release needs a valid authorization
         * @param authorization  the current authorization, not null
         * @param identity  the identity verification, not null
         * @param dueDate  the legal due date; empty where no deadline rule applies (treatment), not null
         * @param alertsRaised  the deadline alerts already raised, each at most once, not null
         */
        public record Progress(RequestStatus status, boolean priorityRaised, int repeatCount,
                boolean authorizationRequired, Optional<Authorization> authorization,
                Optional<IdentityVerification> identity, Optional<DueDate> dueDate, Set<DeadlineAlert> alertsRaised) {

            /**
             * Validates the parts and copies the alerts.
             *
             * @throws IllegalArgumentException if the repeat count is negative
             */
            public Progress {
                Objects.requireNonNull(status, "status");
                Objects.requireNonNull(authorization, "authorization");
                Objects.requireNonNull(identity, "identity");
                Objects.requireNonNull(dueDate, "dueDate");
                alertsRaised = Set.copyOf(alertsRaised);
                if (repeatCount < 0) {
                    throw new IllegalArgumentException("A repeat count is from 0");
                }
            }

            /**
             * Returns a copy with another status.
             *
             * @param newStatus  the status, not null
             * @return the copy, not null
             */
            public Progress withStatus(RequestStatus newStatus) {
                return new Progress(newStatus, priorityRaised, repeatCount, authorizationRequired, authorization,
                        identity, dueDate, alertsRaised);
            }

            /**
             * Returns a copy with another due date.
             *
             * @param newDueDate  the due date, not null
             * @return the copy, not null
             */
            public Progress withDueDate(Optional<DueDate> newDueDate) {
                return new Progress(status, priorityRaised, repeatCount, authorizationRequired, authorization,
                        identity, newDueDate, alertsRaised);
            }

            /**
             * Returns a copy with another authorization.
             *
             * @param newAuthorization  the authorization, not null
             * @return the copy, not null
             */
            public Progress withAuthorization(Optional<Authorization> newAuthorization) {
                return new Progress(status, priorityRaised, repeatCount, authorizationRequired, newAuthorization,
                        identity, dueDate, alertsRaised);
            }

            @Override
            public String toString() {
                return "Progress[" + status + "]";
            }
        }

        /**
         * The fee from the estimate to the refunds.
         *
         * @param estimate  the fee estimate given before submission, not null
         * @param fulfilment  what staff copied, per selection, not null
         * @param quote  the quote from the fulfilment, not null
         * @param invoice  the current invoice, not null
         * @param payments  the payments, not null
         * @param waiver  the fee waiver, not null
         * @param refunds  the refunds, not null
         */
        public record Fees(Estimate estimate, List<SelectionFulfilment> fulfilment, Optional<Quote> quote,
                Optional<Invoice> invoice, List<Payment> payments, Optional<Waiver> waiver, List<Refund> refunds) {

            /** Validates the parts and copies the lists. */
            public Fees {
                Objects.requireNonNull(estimate, "estimate");
                Objects.requireNonNull(quote, "quote");
                Objects.requireNonNull(invoice, "invoice");
                Objects.requireNonNull(waiver, "waiver");
                fulfilment = List.copyOf(fulfilment);
                payments = List.copyOf(payments);
                refunds = List.copyOf(refunds);
            }

            /**
             * Returns the fee of a request just submitted: its estimate and nothing else.
             *
             * @param estimate  the estimate, not null
             * @return the fees, not null
             */
            public static Fees estimated(Estimate estimate) {
                return new Fees(estimate, List.of(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                        List.of());
            }

            /**
             * Returns a copy with another fulfilment and its quote.
             *
             * @param newFulfilment  what staff copied, not null
             * @param newQuote  the quote from it, not null
             * @return the copy, not null
             */
            public Fees withQuote(List<SelectionFulfilment> newFulfilment, Quote newQuote) {
                return new Fees(estimate, newFulfilment, Optional.of(newQuote), invoice, payments, waiver, refunds);
            }

            @Override
            public String toString() {
                return "Fees[" + quote.map(q -> q.total().toString()).orElse("estimated") + "]";
            }
        }

        /**
         * How the request ended or where it went: the release, the denial and its review, the hand-off.
         *
         * @param release  the release, not null
         * @param denial  the denial, whole or in part, not null
         * @param review  the review of the denial, not null
         * @param handOff  the hand-off to an outside company, not null
         */
        public record Outcome(Optional<Release> release, Optional<Denial> denial, Optional<Review> review,
                Optional<HandOff> handOff) {

            /** Validates the parts. */
            public Outcome {
                Objects.requireNonNull(release, "release");
                Objects.requireNonNull(denial, "denial");
                Objects.requireNonNull(review, "review");
                Objects.requireNonNull(handOff, "handOff");
            }

            /**
             * Returns the outcome of a request nothing has happened to yet.
             *
             * @return the empty outcome, not null
             */
            public static Outcome none() {
                return new Outcome(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
            }

            @Override
            public String toString() {
                return "Outcome[" + (release.isPresent() ? "released" : denial.isPresent() ? "denied" : "open") + "]";
            }
        }

        /**
         * Returns a copy with another progress.
         *
         * @param newProgress  the progress, not null
         * @return the copy, not null
         */
        public Snapshot withProgress(Progress newProgress) {
            return new Snapshot(filing, newProgress, fees, outcome, history, version);
        }

        /**
         * Returns a copy with other fees.
         *
         * @param newFees  the fees, not null
         * @return the copy, not null
         */
        public Snapshot withFees(Fees newFees) {
            return new Snapshot(filing, progress, newFees, outcome, history, version);
        }

        /**
         * Returns a copy with another outcome.
         *
         * @param newOutcome  the outcome, not null
         * @return the copy, not null
         */
        public Snapshot withOutcome(Outcome newOutcome) {
            return new Snapshot(filing, progress, fees, newOutcome, history, version);
        }

        /**
         * Returns a copy with another history.
         *
         * @param newHistory  the history, oldest first, not empty, not null
         * @return the copy, not null
         */
        public Snapshot withHistory(List<HistoryEntry> newHistory) {
            return new Snapshot(filing, progress, fees, outcome, newHistory, version);
        }

        /**
         * Returns a copy with another version.
         *
         * @param newVersion  the version, from 0
         * @return the copy, not null
         */
        public Snapshot withVersion(long newVersion) {
            return new Snapshot(filing, progress, fees, outcome, history, newVersion);
        }

        /**
         * Returns {@code filing().id()}.
         *
         * @return the value, not null
         */
        public RequestId id() {
            return filing.id();
        }

        /**
         * Returns {@code filing().number()}.
         *
         * @return the value, not null
         */
        public RequestNumber number() {
            return filing.number();
        }

        /**
         * Returns {@code filing().practiceId()}.
         *
         * @return the value, not null
         */
        public PracticeId practiceId() {
            return filing.practiceId();
        }

        /**
         * Returns {@code filing().request()}.
         *
         * @return the value, not null
         */
        public RecordsRequest request() {
            return filing.request();
        }

        /**
         * Returns {@code filing().receivedAt()}.
         *
         * @return the value, not null
         */
        public Instant receivedAt() {
            return filing.receivedAt();
        }

        /**
         * Returns {@code filing().idempotencyKey()}.
         *
         * @return the value, not null
         */
        public Optional<String> idempotencyKey() {
            return filing.idempotencyKey();
        }

        /**
         * Returns {@code filing().patientKey()}.
         *
         * @return the value, not null
         */
        public PatientKey patientKey() {
            return filing.patientKey();
        }

        /**
         * Returns {@code filing().repeatOf()}.
         *
         * @return the value, not null
         */
        public Optional<RequestNumber> repeatOf() {
            return filing.repeatOf();
        }

        /**
         * Returns {@code progress().status()}.
         *
         * @return the value, not null
         */
        public RequestStatus status() {
            return progress.status();
        }

        /**
         * Returns {@code progress().priorityRaised()}.
         *
         * @return the value, not null
         */
        public boolean priorityRaised() {
            return progress.priorityRaised();
        }

        /**
         * Returns {@code progress().repeatCount()}.
         *
         * @return the value, not null
         */
        public int repeatCount() {
            return progress.repeatCount();
        }

        /**
         * Returns {@code progress().authorizationRequired()}.
         *
         * @return the value, not null
         */
        public boolean authorizationRequired() {
            return progress.authorizationRequired();
        }

        /**
         * Returns {@code progress().authorization()}.
         *
         * @return the value, not null
         */
        public Optional<Authorization> authorization() {
            return progress.authorization();
        }

        /**
         * Returns {@code progress().identity()}.
         *
         * @return the value, not null
         */
        public Optional<IdentityVerification> identity() {
            return progress.identity();
        }

        /**
         * Returns {@code progress().dueDate()}.
         *
         * @return the value, not null
         */
        public Optional<DueDate> dueDate() {
            return progress.dueDate();
        }

        /**
         * Returns {@code progress().alertsRaised()}.
         *
         * @return the value, not null
         */
        public Set<DeadlineAlert> alertsRaised() {
            return progress.alertsRaised();
        }

        /**
         * Returns {@code fees().estimate()}.
         *
         * @return the value, not null
         */
        public Estimate estimate() {
            return fees.estimate();
        }

        /**
         * Returns {@code fees().fulfilment()}.
         *
         * @return the value, not null
         */
        public List<SelectionFulfilment> fulfilment() {
            return fees.fulfilment();
        }

        /**
         * Returns {@code fees().quote()}.
         *
         * @return the value, not null
         */
        public Optional<Quote> quote() {
            return fees.quote();
        }

        /**
         * Returns {@code fees().invoice()}.
         *
         * @return the value, not null
         */
        public Optional<Invoice> invoice() {
            return fees.invoice();
        }

        /**
         * Returns {@code fees().payments()}.
         *
         * @return the value, not null
         */
        public List<Payment> payments() {
            return fees.payments();
        }

        /**
         * Returns {@code fees().waiver()}.
         *
         * @return the value, not null
         */
        public Optional<Waiver> waiver() {
            return fees.waiver();
        }

        /**
         * Returns {@code fees().refunds()}.
         *
         * @return the value, not null
         */
        public List<Refund> refunds() {
            return fees.refunds();
        }

        /**
         * Returns {@code outcome().release()}.
         *
         * @return the value, not null
         */
        public Optional<Release> release() {
            return outcome.release();
        }

        /**
         * Returns {@code outcome().denial()}.
         *
         * @return the value, not null
         */
        public Optional<Denial> denial() {
            return outcome.denial();
        }

        /**
         * Returns {@code outcome().review()}.
         *
         * @return the value, not null
         */
        public Optional<Review> review() {
            return outcome.review();
        }

        /**
         * Returns {@code outcome().handOff()}.
         *
         * @return the value, not null
         */
        public Optional<HandOff> handOff() {
            return outcome.handOff();
        }

        @Override
        public String toString() {
            return "Snapshot[" + filing.number() + ", " + progress.status() + ", v" + version + "]";
        }
    }

    /**
     * Rebuilds a request from its persistence form.
     *
     * @param snapshot  the snapshot, not null
     * @return the request, not null
     */
    public static RequestCase restore(Snapshot snapshot) {
        return new RequestCase(Objects.requireNonNull(snapshot, "snapshot"));
    }

    /**
     * Returns the persistence form.
     *
     * @return the snapshot, not null
     */
    public Snapshot snapshot() {
        return s;
    }

    /**
     * Receives a new request: the first transition of every request.
     *
     * @param id  the new id, not null
     * @param number  the number the repository handed out, not null
     * @param request  the request, not null
     * @param receivedAt  the receipt time, not null
     * @param idempotencyKey  the portal's key, not null
     * @param authorization  the authorization submitted with it, not null
     * @param authorizationRequired  whether the basis or the practice's policy needs one
     * @param estimate  the fee estimate, not null
     * @param dueDate  the legal due date, not null
     * @param repeatOf  the open request this one repeats, not null
     * @param actor  who submitted, not null
     * @param zone  the practice's zone, to check the authorization now, not null
     * @return the transition, not null
     */
    public static Transition submit(RequestId id, RequestNumber number, RecordsRequest request, Instant receivedAt,
            Optional<String> idempotencyKey, Optional<Authorization> authorization, boolean authorizationRequired,
            Estimate estimate, Optional<DueDate> dueDate, Optional<RequestNumber> repeatOf, Actor actor, ZoneId zone) {
        return submit(id, number, request, PatientKey.of(request.patient()), receivedAt, idempotencyKey, authorization,
                authorizationRequired, estimate, dueDate, repeatOf, actor, zone);
    }

    /**
     * Receives a new request whose patient key was derived under the deployment's secret
     * ({@link PatientKeys}); otherwise as {@link #submit(RequestId, RequestNumber, RecordsRequest, Instant,
     * Optional, Optional, boolean, Estimate, Optional, Optional, Actor, ZoneId)}.
     *
     * @param id  the new id, not null
     * @param number  the number the repository handed out, not null
     * @param request  the request, not null
     * @param patientKey  the patient's key, not null
     * @param receivedAt  the receipt time, not null
     * @param idempotencyKey  the portal's key, not null
     * @param authorization  the authorization submitted with it, not null
     * @param authorizationRequired  whether the basis or the practice's policy needs one
     * @param estimate  the fee estimate, not null
     * @param dueDate  the legal due date, not null
     * @param repeatOf  the open request this one repeats, not null
     * @param actor  who submitted, not null
     * @param zone  the practice's zone, to check the authorization now, not null
     * @return the transition, not null
     */
    public static Transition submit(RequestId id, RequestNumber number, RecordsRequest request, PatientKey patientKey,
            Instant receivedAt, Optional<String> idempotencyKey, Optional<Authorization> authorization,
            boolean authorizationRequired, Estimate estimate, Optional<DueDate> dueDate,
            Optional<RequestNumber> repeatOf, Actor actor, ZoneId zone) {
        boolean waiting = authorizationRequired
                && authorization.map(a -> !a.isValidAt(receivedAt.atZone(zone))).orElse(true);
        RequestStatus status = waiting ? RequestStatus.AWAITING_AUTHORIZATION : RequestStatus.IN_PROCESS;
        HistoryEntry entry = new HistoryEntry(1, receivedAt, actor, HistoryAction.SUBMITTED, null, status,
                "basis " + request.legalBasis() + ", " + count(request.selections().size(), "selection")
                        + ", delivery "
                        + request.delivery().method() + repeatOf.map(n -> ", repeat of " + n).orElse(""), "");
        Snapshot snapshot = new Snapshot(new Snapshot.Filing(id, number, request.practiceId(), request, receivedAt,
                idempotencyKey, Objects.requireNonNull(patientKey, "patientKey"), repeatOf),
                new Snapshot.Progress(status, false, 0, authorizationRequired, authorization, Optional.empty(), dueDate,
                        Set.of()),
                Snapshot.Fees.estimated(estimate), Snapshot.Outcome.none(), List.of(entry), 0);
        RequestCase created = new RequestCase(snapshot);
        List<DomainEvent> events = new ArrayList<>();
        events.add(created.event(EventType.SUBMITTED, receivedAt, 1, Optional.of(estimate.total())));
        if (repeatOf.isPresent()) {
            events.add(created.event(EventType.LINKED_AS_REPEAT, receivedAt, 1, Optional.empty()));
        }
        if (waiting) {
            events.add(created.event(EventType.AUTHORIZATION_NEEDED, receivedAt, 1, Optional.empty()));
        }
        return new Transition(null, created, List.of(entry), events, List.of());
    }

    /**
     * Records that a later request of the same patient repeats this one: its priority rises; its
     * deadline stays.
     *
     * @param repeat  the repeating request's number, not null
     * @param at  when, not null
     * @return the transition, not null
     * @throws IllegalTransitionException if this request is no longer open
     */
    public Transition recordRepeat(RequestNumber repeat, Instant at) {
        requireOpen("record a repeat request");
        Draft d = new Draft();
        d.priorityRaised = true;
        d.repeatCount = s.repeatCount() + 1;
        return d.commit(at, Actor.SYSTEM, HistoryAction.REPEAT_RECEIVED, "repeated by " + repeat + ", asked "
                + (d.repeatCount + 1) + " times", "", List.of(), List.of());
    }

    /**
     * Attaches an authorization, or replaces the one attached. A request waiting for one goes on
     * when the new one is valid now; whether it covers the release is checked at release.
     *
     * @param authorization  the authorization, not null
     * @param actor  who attached it, not null
     * @param at  when, in the practice's zone, not null
     * @return the transition, not null
     * @throws IllegalTransitionException if the request is no longer open
     */
    public Transition attachAuthorization(Authorization authorization, Actor actor, ZonedDateTime at) {
        Objects.requireNonNull(authorization, "authorization");
        requireOpen("attach an authorization");
        Set<AuthorizationDefect> defects = authorization.defects(at);
        Draft d = new Draft();
        d.authorization = Optional.of(authorization);
        if (s.status() == RequestStatus.AWAITING_AUTHORIZATION && defects.isEmpty()) {
            d.status = RequestStatus.IN_PROCESS;
        }
        List<EventType> events = new ArrayList<>(List.of(EventType.AUTHORIZATION_ATTACHED));
        if (!defects.isEmpty() && s.authorizationRequired()) {
            events.add(EventType.AUTHORIZATION_NEEDED);
        }
        String detail = defects.isEmpty() ? "valid" : "defects " + defects;
        return d.commit(at.toInstant(), actor, s.authorization().isPresent() ? HistoryAction.AUTHORIZATION_REPLACED
                : HistoryAction.AUTHORIZATION_ATTACHED, detail, "", events, List.of());
    }

    /**
     * Records that the requester's identity and authority were verified (R1.5).
     *
     * @param verification  who verified, how and when, not null
     * @param actor  who recorded it, not null
     * @return the transition, not null
     * @throws IllegalTransitionException if the request is no longer open
     */
    public Transition verifyIdentity(IdentityVerification verification, Actor actor) {
        Objects.requireNonNull(verification, "verification");
        requireOpen("verify identity");
        Draft d = new Draft();
        d.identity = Optional.of(verification);
        return d.commit(verification.verifiedAt(), actor, HistoryAction.IDENTITY_VERIFIED, "by " + verification.verifiedBy()
                + ", " + verification.method(), "", List.of(EventType.IDENTITY_VERIFIED), List.of());
    }

    /**
     * Records what staff copied and the quote that follows from it. A zero quote, a waived fee or
     * enough paid already makes the request ready for release; otherwise it waits for an invoice. An
     * invoice for another amount is withdrawn.
     *
     * @param fulfilment  what was copied, per selection, at least one, not null
     * @param quote  the quote computed from it, not null
     * @param actor  who recorded it, not null
     * @param at  when, not null
     * @return the transition, not null
     * @throws IllegalTransitionException if the request is not in process or later, or already released
     * @throws IllegalArgumentException if a selection index is out of range or repeated
     */
    public Transition recordFulfilment(List<SelectionFulfilment> fulfilment, Quote quote, Actor actor, Instant at) {
        Objects.requireNonNull(fulfilment, "fulfilment");
        Objects.requireNonNull(quote, "quote");
        requireStatus("record the fulfilment", FULFILMENT_FROM,
                "copies are made once the request is in process (authorization first where needed)");
        Set<Integer> seen = new LinkedHashSet<>();
        for (SelectionFulfilment f : fulfilment) {
            if (f.selectionIndex() >= s.request().selections().size() || !seen.add(f.selectionIndex())) {
                throw new IllegalArgumentException("Selection index " + f.selectionIndex() + " is out of range or repeated");
            }
            if (withheldSelections().contains(f.selectionIndex())) {
                throw new IllegalArgumentException("Selection index " + f.selectionIndex() + " is withheld by a denial"
                        + " and is never copied for release (R1.21)");
            }
        }
        if (fulfilment.isEmpty()) {
            throw new IllegalArgumentException("A fulfilment needs at least one selection");
        }
        requireQuoteFor(quote, totals(fulfilment));
        Draft d = new Draft();
        d.fulfilment = List.copyOf(fulfilment);
        d.quote = Optional.of(quote);
        String reason = "";
        if (directiveNeedsAuthorization(fulfilment, quote)) {
            d.authorizationRequired = true;
            reason = "A directive binds as access only for an electronic copy of records kept electronically "
                    + "(R1.16, Ciox v. Azar); these copies are " + (quote.context().copyFormat() == CopyFormat.ELECTRONIC
                            ? "of records not kept electronically" : "on paper")
                    + ", an ordinary disclosure that needs a valid authorization (R3.1)";
        }
        if (s.invoice().isPresent() && !s.quote().map(Quote::total).equals(Optional.of(quote.total()))) {
            // The invoice billed the old total; a recount to the same total leaves it standing.
            d.invoice = Optional.empty();
        }
        boolean settled = ledger().withQuote(quote).settled();
        d.status = settled ? RequestStatus.READY_FOR_RELEASE
                : d.invoice.isPresent() ? RequestStatus.INVOICED : RequestStatus.QUOTED;
        List<EventType> events = new ArrayList<>(List.of(EventType.FULFILMENT_RECORDED));
        if (settled) {
            events.add(EventType.READY_FOR_RELEASE);
        }
        return d.commit(at, actor, HistoryAction.FULFILMENT_RECORDED,
                count(fulfilment.stream().mapToInt(SelectionFulfilment::pages).sum(), "page") + ", "
                        + count(fulfilment.stream().mapToInt(SelectionFulfilment::media).sum(), "medium") + ", quote "
                        + quote.total() + " " + quote.compliance().outcome(), reason, events, List.of());
    }

    /**
     * Tells whether a directive to send copies to a third party stops binding as access with this
     * fulfilment: after Ciox v. Azar only a directive for an electronic copy of PHI kept in an EHR binds
     * (R1.16); copies on paper, or of records kept on paper or microfilm, are an ordinary disclosure.
     */
    private boolean directiveNeedsAuthorization(List<SelectionFulfilment> fulfilment, Quote quote) {
        return s.request().legalBasis() == LegalBasis.THIRD_PARTY_DIRECTIVE && !s.authorizationRequired()
                && (quote.context().copyFormat() != CopyFormat.ELECTRONIC
                        || fulfilment.stream().anyMatch(f -> f.keeping() != RecordKeeping.ELECTRONIC));
    }

    /** Refuses a quote computed from other facts than the fulfilment and the request. */
    private void requireQuoteFor(Quote quote, Fulfilment totals) {
        FeeContext q = quote.context();
        List<String> differ = new ArrayList<>();
        if (q.pages() != totals.pages()) {
            differ.add("pages");
        }
        if (q.media() != totals.media()) {
            differ.add("media");
        }
        if (q.recordKeeping() != totals.recordKeeping()) {
            differ.add("record keeping");
        }
        if (q.legalBasis() != s.request().legalBasis()) {
            differ.add("legal basis");
        }
        if (q.requesterRole() != s.request().requester().role()) {
            differ.add("requester role");
        }
        if (q.deliveryMethod() != s.request().delivery().method()) {
            differ.add("delivery");
        }
        if (!q.recordTypes().equals(recordTypes())) {
            differ.add("record types");
        }
        if (!differ.isEmpty()) {
            throw new IllegalArgumentException("The quote was computed for other facts than the fulfilment and the "
                    + "request (" + String.join(", ", differ) + "); compute it from what staff recorded");
        }
    }

    /**
     * Issues an invoice for the quote, which must be one the law lets the practice bill.
     *
     * @param actor  who issued it, not null
     * @param at  when, not null
     * @return the transition, not null
     * @throws IllegalTransitionException unless the request is quoted
     * @throws io.github.medrecords.core.fee.QuoteNotInvoiceableException if the quote exceeds a limit or uses a
     *         method the law does not permit
     */
    public Transition issueInvoice(Actor actor, Instant at) {
        return issueInvoice(actor, at, false);
    }

    /**
     * Issues an invoice for the quote, which must be one the law lets the practice bill; a price that is
     * lawful only with a documented cost basis the price list does not record is invoiced only if the practice
     * chose to ({@code PracticePolicies#invoiceWithoutCostBasis}), and the history then says so
     * ({@link HistoryAction#INVOICE_ISSUED_WITHOUT_COST_BASIS}).
     *
     * @param actor  who issued it, not null
     * @param at  when, not null
     * @param withoutCostBasis  true if the practice invoices prices whose cost basis is not documented
     * @return the transition, not null
     * @throws IllegalTransitionException unless the request is quoted
     * @throws io.github.medrecords.core.fee.QuoteNotInvoiceableException if the quote exceeds a limit or uses a
     *         method the law does not permit
     * @throws io.github.medrecords.core.fee.CostBasisRequiredException if a price needs a documented cost basis
     *         and {@code withoutCostBasis} is false
     */
    public Transition issueInvoice(Actor actor, Instant at, boolean withoutCostBasis) {
        requireStatus("issue an invoice", EnumSet.of(RequestStatus.QUOTED),
                "an invoice bills a quote that is neither zero nor settled");
        Quote quote = s.quote().orElseThrow().requireInvoiceable(withoutCostBasis);
        long count = s.history().stream().filter(h -> h.action() == HistoryAction.INVOICE_ISSUED
                || h.action() == HistoryAction.INVOICE_ISSUED_WITHOUT_COST_BASIS).count();
        Invoice invoice = new Invoice("INV-" + s.number() + "-" + (count + 1), quote.total().minus(netPaid()), at);
        Draft d = new Draft();
        d.invoice = Optional.of(invoice);
        d.status = RequestStatus.INVOICED;
        String detail = invoice.number() + " for " + invoice.amount();
        if (quote.needsCostBasis()) {
            return d.commit(at, actor, HistoryAction.INVOICE_ISSUED_WITHOUT_COST_BASIS, detail + " "
                    + withoutCostBasis(quote), "", List.of(EventType.INVOICE_ISSUED), List.of());
        }
        return d.commit(at, actor, HistoryAction.INVOICE_ISSUED, detail, "", List.of(EventType.INVOICE_ISSUED),
                List.of());
    }

    /** The history's words for an invoice issued without a documented cost basis, naming the rules. */
    private static String withoutCostBasis(Quote quote) {
        CostBasisRequiredException unmet = CostBasisRequiredException.of(quote);
        return NoticeBundle.standard().text(Language.ENGLISH, "history.INVOICE_ISSUED_WITHOUT_COST_BASIS") + " ("
                + unmet.ruleId() + (unmet.priceRuleIds().isEmpty() ? "" : ": " + String.join(", ",
                        unmet.priceRuleIds())) + ")";
    }

    /**
     * Records a payment against this request's current invoice.
     *
     * @param invoiceNumber  the invoice the payer names, not null
     * @param amount  the amount, positive, not null
     * @param method  how, not null
     * @param reference  the processor's or cashier's reference, not blank
     * @param actor  who recorded it, not null
     * @param at  when, not null
     * @return the transition, not null
     * @throws IllegalTransitionException unless the request is invoiced
     * @throws PaymentRejectedException if the invoice is not this request's current one
     */
    public Transition recordPayment(String invoiceNumber, Money amount, PaymentMethod method, String reference,
            Actor actor, Instant at) {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        requireStatus("record a payment", EnumSet.of(RequestStatus.INVOICED), "a payment is made against an invoice");
        if (!s.invoice().map(i -> i.number().equals(invoiceNumber)).orElse(false)) {
            throw new PaymentRejectedException(invoiceNumber);
        }
        Payment payment = new Payment(invoiceNumber, amount, method, reference, at);
        Draft d = new Draft();
        d.payments.add(payment);
        boolean settled = ledger().plus(payment).settled();
        List<EventType> events = new ArrayList<>(List.of(EventType.PAID));
        if (settled) {
            d.status = RequestStatus.READY_FOR_RELEASE;
            events.add(EventType.READY_FOR_RELEASE);
        }
        return d.commit(at, actor, HistoryAction.PAID, amount + " by " + method + " against " + invoiceNumber, "", events,
                List.of());
    }

    /**
     * Waives the fee, with a reason.
     *
     * @param reason  why, not blank
     * @param actor  who waived it, not null
     * @param at  when, not null
     * @return the transition, not null
     * @throws IllegalTransitionException unless the request is quoted or invoiced
     */
    public Transition waiveFee(String reason, Actor actor, Instant at) {
        requireStatus("waive the fee", EnumSet.of(RequestStatus.QUOTED, RequestStatus.INVOICED),
                "a fee is waived once it is known and before it is settled");
        Draft d = new Draft();
        d.waiver = Optional.of(new Waiver(reason, actor, at));
        d.invoice = Optional.empty();
        d.status = RequestStatus.READY_FOR_RELEASE;
        return d.commit(at, actor, HistoryAction.FEE_WAIVED, "waived " + s.quote().orElseThrow().total().minus(netPaid()), reason,
                List.of(EventType.FEE_WAIVED, EventType.READY_FOR_RELEASE), List.of());
    }

    /**
     * Refunds what was paid beyond the final quote (or all of it, after a waiver).
     *
     * @param reference  the refund's reference, not blank
     * @param actor  who refunded, not null
     * @param at  when, not null
     * @return the transition, not null
     * @throws IllegalTransitionException if nothing is owed back
     */
    public Transition refund(String reference, Actor actor, Instant at) {
        Money due = refundDue();
        if (due.isZero()) {
            throw new IllegalTransitionException("refund", s.status(),
                    "a refund returns only what was paid beyond the final quote");
        }
        Draft d = new Draft();
        d.refunds.add(new Refund(due, reference, at));
        return d.commit(at, actor, HistoryAction.REFUNDED, "refunded " + due, "", List.of(EventType.REFUNDED), List.of());
    }

    /**
     * Lists the release guards that fail at an instant for a delivery.
     *
     * @param method  how the copies would go, not null
     * @param deviationReason  why the delivery differs from the request, if it does; not null
     * @param at  the instant, in the practice's zone, not null
     * @return the failing guards, empty if the release may go ahead; not null
     */
    public List<ReleaseGuard> failingGuards(DeliveryMethod method, Optional<String> deviationReason, ZonedDateTime at) {
        return releaseRefusals(method, deviationReason, at).stream().map(ReleaseRefusal::guard).toList();
    }

    /**
     * Lists every reason a release would be refused at an instant for a delivery, each with its facts,
     * whatever the request's status.
     *
     * @param method  how the copies would go, not null
     * @param deviationReason  why the delivery differs from the request, if it does; not null
     * @param at  the instant, in the practice's zone, not null
     * @return the refusals in the order of the guards, empty if the release may go ahead; not null
     */
    public List<ReleaseRefusal> releaseRefusals(DeliveryMethod method, Optional<String> deviationReason,
            ZonedDateTime at) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(deviationReason, "deviationReason");
        Objects.requireNonNull(at, "at");
        return ReleaseCheck.refusals(this, method, deviationReason, at);
    }

    /**
     * Releases the records: every guard must hold at this instant. Writes a disclosure-log entry
     * exactly where the accounting of disclosures must list the release (R4.2, R4.3).
     *
     * @param method  how the copies went, not null
     * @param deviationReason  why the delivery differs from the request, if it does; not null
     * @param disclosedBy  the practice's name for the disclosure log, not blank
     * @param actor  who released, not null
     * @param at  when, in the practice's zone, not null
     * @return the transition, not null
     * @throws ReleaseBlockedException whatever the request's status, naming every guard that fails with its
     *     facts (see {@link #releaseRefusals})
     */
    public Transition release(DeliveryMethod method, Optional<String> deviationReason, String disclosedBy, Actor actor,
            ZonedDateTime at) {
        Objects.requireNonNull(disclosedBy, "disclosedBy");
        List<ReleaseRefusal> refusals = releaseRefusals(method, deviationReason, at);
        if (!refusals.isEmpty()) {
            throw new ReleaseBlockedException(refusals);
        }
        Release release = new Release(method, recipientName(), at.toInstant(), actor,
                deviationReason.filter(r -> !r.isBlank()));
        Draft d = new Draft();
        d.release = Optional.of(release);
        d.status = RequestStatus.RELEASED;
        List<DisclosureEntry> disclosures = disclosures(at.toInstant(), disclosedBy);
        return d.commit(at.toInstant(), actor, HistoryAction.RELEASED, "by " + method + (disclosures.isEmpty() ? ""
                : ", disclosure logged"), deviationReason.orElse(""), List.of(EventType.RELEASED), disclosures);
    }

    /**
     * Denies access in whole or in part (R1.17-R1.21). A reviewable ground needs the determination of
     * a named licensed health-care professional (R1.18, R1.19); an unreviewable one takes none. A whole
     * denial closes the request as {@link RequestStatus#DENIED}; a partial denial withholds the chosen
     * selections, is decided before the copies are made, and the rest still releases (R1.21). The
     * notice is {@link DenialNotice#of(RequestCase, io.github.medrecords.core.practice.ComplaintContact)}.
     *
     * @param ground  the ground, not null
     * @param withheld  the indices of the selections withheld, at least one, not null
     * @param determinedBy  the licensed professional's determination, present exactly for a reviewable
     *     ground; not null
     * @param actor  who records the denial, not null
     * @param at  when, not null
     * @return the transition, not null
     * @throws IllegalTransitionException if the request is closed, or a partial denial comes after the
     *     copies are made
     * @throws DenialRefusedException if the request is already denied or the professional's determination
     *     is missing for a reviewable ground or given for an unreviewable one
     * @throws IllegalArgumentException if nothing is withheld or an index is out of range
     */
    public Transition deny(DenialGround ground, Set<Integer> withheld, Optional<LicensedProfessional> determinedBy,
            Actor actor, Instant at) {
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(withheld, "withheld");
        Objects.requireNonNull(determinedBy, "determinedBy");
        requireOpen("deny access");
        if (s.denial().isPresent()) {
            throw new DenialRefusedException(DenialRefusedException.Refusal.ALREADY_DENIED, s.status());
        }
        if (ground.reviewable() && determinedBy.isEmpty()) {
            throw new DenialRefusedException(DenialRefusedException.Refusal.PROFESSIONAL_DETERMINATION_REQUIRED,
                    s.status());
        }
        if (!ground.reviewable() && determinedBy.isPresent()) {
            throw new DenialRefusedException(
                    DenialRefusedException.Refusal.NO_DETERMINATION_FOR_UNREVIEWABLE_GROUND, s.status());
        }
        int selections = s.request().selections().size();
        if (withheld.isEmpty() || withheld.stream().anyMatch(i -> i == null || i < 0 || i >= selections)) {
            throw new IllegalArgumentException("A denial withholds at least one selection, each index in range");
        }
        boolean whole = withheld.size() == selections;
        if (!whole) {
            requireStatus("deny access in part", PARTIAL_DENIAL_FROM, "a partial denial is decided before the"
                    + " copies are made, so that the rest releases without the withheld records");
        }
        Denial denial = new Denial(ground, withheld, whole, determinedBy, actor, at);
        Draft d = new Draft();
        d.denial = Optional.of(denial);
        if (whole) {
            d.status = RequestStatus.DENIED;
        }
        return d.commit(at, actor, whole ? HistoryAction.DENIED : HistoryAction.PARTIALLY_DENIED, "ground " + ground
                + " (" + ground.ruleId() + "), withheld " + (withheld.size() == 1 ? "selection " : "selections ")
                + new TreeSet<>(withheld) + determinedBy.map(p -> ", determined by "
                + p.id()).orElse(""), "", List.of(whole ? EventType.DENIED : EventType.PARTIALLY_DENIED), List.of());
    }

    /**
     * Records the review of a reviewable denial by a licensed professional who did not take part in it
     * (R1.20). Upheld, the denial stands; reversed, the withheld selections are released with the rest,
     * and a wholly denied request returns to the status it was denied from. The requester is told.
     *
     * @param reviewer  the reviewing professional, not null
     * @param outcome  the outcome, not null
     * @param actor  who records the review, not null
     * @param at  when, not null
     * @return the transition, not null
     * @throws DenialRefusedException if there is no denial, its ground is not reviewable, it was reviewed
     *     already, or the reviewer took part in it
     * @throws IllegalTransitionException if a partially denied request was already released or closed
     */
    public Transition review(LicensedProfessional reviewer, Review.Outcome outcome, Actor actor, Instant at) {
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(outcome, "outcome");
        Denial denial = s.denial().orElseThrow(() -> new DenialRefusedException(
                DenialRefusedException.Refusal.NOTHING_TO_REVIEW, s.status()));
        if (!denial.reviewable()) {
            throw new DenialRefusedException(DenialRefusedException.Refusal.NOT_REVIEWABLE, s.status());
        }
        if (s.review().isPresent()) {
            throw new DenialRefusedException(DenialRefusedException.Refusal.ALREADY_REVIEWED, s.status());
        }
        if (denial.determinedBy().orElseThrow().isSamePersonAs(reviewer) || reviewer.id().equals(denial.by().id())) {
            throw new DenialRefusedException(DenialRefusedException.Refusal.REVIEWER_TOOK_PART, s.status());
        }
        if (s.status() != RequestStatus.DENIED) {
            requireOpen("review a denial");
        }
        Draft d = new Draft();
        d.review = Optional.of(new Review(reviewer, outcome, actor, at));
        boolean reversed = outcome == Review.Outcome.REVERSED;
        if (reversed && denial.whole()) {
            d.status = statusBeforeDenial();
        }
        return d.commit(at, actor, reversed ? HistoryAction.DENIAL_REVERSED : HistoryAction.DENIAL_UPHELD, "reviewed by " + reviewer.id()
                + ": " + outcome, "", List.of(reversed ? EventType.DENIAL_REVERSED : EventType.DENIAL_UPHELD),
                List.of());
    }

    private RequestStatus statusBeforeDenial() {
        for (int i = s.history().size() - 1; i >= 0; i--) {
            HistoryEntry h = s.history().get(i);
            if (h.action() == HistoryAction.DENIED && h.fromStatus() != null) {
                return h.fromStatus();
            }
        }
        return RequestStatus.IN_PROCESS;
    }

    /**
     * Extends the legal deadline once, with a written reason and the date access will be given, before
     * the original deadline (R1.9). Where a rule that applies allows no extension (Connecticut's 30
     * days, R5.6), the extension is recorded but the binding date does not move; the request's due
     * date then says so ({@link DueDate#extensionMovesBindingDate()}). The requester is told.
     *
     * @param extension  the written reason, the new date and the date it was given, not null
     * @param actor  who extends, not null
     * @param at  when, not null
     * @return the transition, not null
     * @throws IllegalTransitionException if the request is closed or no legal deadline applies to it
     * @throws io.github.medrecords.core.timeframe.ExtensionRefusedException if the timeframe rules refuse the
     *     extension: a second one, one given after the original deadline, one too long, or none allowed
     */
    public Transition extend(Extension extension, Actor actor, Instant at) {
        Objects.requireNonNull(extension, "extension");
        requireOpen("extend the deadline");
        DueDate due = s.dueDate().orElseThrow(() -> new IllegalTransitionException("extend the deadline",
                s.status(), "no legal deadline applies to this request"));
        DueDate extended = due.withExtension(extension);
        Draft d = new Draft();
        d.dueDate = Optional.of(extended);
        String detail = extended.extensionMovesBindingDate()
                ? "extended to " + extended.legalDate() + " (R1.9)"
                : "extension to " + extension.newDate() + " given; the binding date " + extended.legalDate()
                        + " does not move: " + extended.extensionLimitedBy().map(DeadlineRule::ruleId).orElse("a rule")
                        + " allows no extension";
        return d.commit(at, actor, HistoryAction.EXTENDED, detail, extension.writtenReason(), List.of(EventType.EXTENDED),
                List.of());
    }

    /**
     * Closes the request because no records matching it were found.
     *
     * @param reason  what was searched, in staff's words, not null, may be empty
     * @param actor  who records it, not null
     * @param at  when, not null
     * @return the transition, not null
     * @throws IllegalTransitionException if the request is closed
     */
    public Transition recordNoRecordsFound(String reason, Actor actor, Instant at) {
        Objects.requireNonNull(reason, "reason");
        requireOpen("record that no records were found");
        Draft d = new Draft();
        d.status = RequestStatus.NO_RECORDS;
        return d.commit(at, actor, HistoryAction.NO_RECORDS_FOUND, "no matching records", reason,
                List.of(EventType.NO_RECORDS_FOUND), List.of());
    }

    /**
     * Cancels the request at the requester's wish.
     *
     * @param reason  the requester's reason, not null, may be empty
     * @param actor  the requester, or staff acting on the requester's word, not null
     * @param at  when, not null
     * @return the transition, not null
     * @throws IllegalTransitionException if the request is closed
     */
    public Transition cancel(String reason, Actor actor, Instant at) {
        Objects.requireNonNull(reason, "reason");
        requireOpen("cancel");
        Draft d = new Draft();
        d.status = RequestStatus.CANCELLED;
        return d.commit(at, actor, HistoryAction.CANCELLED, "cancelled by " + actor.kind(), reason, List.of(EventType.CANCELLED),
                List.of());
    }

    /**
     * Records that the authorization was revoked (R3.4): the revocation stops any release not yet made.
     * A request that needs the authorization closes as {@link RequestStatus#WITHDRAWN}; one that does
     * not (a patient's own request carrying a form) goes on without it.
     *
     * @param actor  who records the revocation, not null
     * @param at  when the revocation was received, not null
     * @return the transition, not null
     * @throws IllegalTransitionException if the request is closed or has no authorization
     */
    public Transition withdrawAuthorization(Actor actor, Instant at) {
        requireOpen("withdraw the authorization");
        Authorization current = s.authorization().orElseThrow(() -> new IllegalTransitionException(
                "withdraw the authorization", s.status(), "no authorization is attached"));
        Draft d = new Draft();
        d.authorization = Optional.of(current.withRevocation(at));
        if (s.authorizationRequired()) {
            d.status = RequestStatus.WITHDRAWN;
        }
        return d.commit(at, actor, HistoryAction.AUTHORIZATION_WITHDRAWN, s.authorizationRequired()
                ? "revoked; nothing not yet released will be released (R3.4)" : "revoked; the request needs none",
                "", List.of(EventType.AUTHORIZATION_WITHDRAWN), List.of());
    }

    /**
     * Hands the request to an outside release-of-information company (a business associate). The legal
     * clock keeps running; the company reports progress and its release back. A partially denied request
     * stays with the practice, so that the withheld records never leave.
     *
     * @param company  the company's name, not blank
     * @param reference  the company's reference, not blank
     * @param actor  who hands it off, not null
     * @param at  when, not null
     * @return the transition, not null
     * @throws IllegalTransitionException unless the request is waiting for an authorization or in process
     *     and withholds nothing
     */
    public Transition handOff(String company, String reference, Actor actor, Instant at) {
        requireStatus("hand off", HAND_OFF_FROM, "a request is handed off before the practice makes copies");
        if (!withheldSelections().isEmpty()) {
            throw new IllegalTransitionException("hand off", s.status(),
                    "a partially denied request stays with the practice so the withheld records never leave");
        }
        Draft d = new Draft();
        d.handOff = Optional.of(new HandOff(company, reference, actor, at, List.of()));
        d.status = RequestStatus.HANDED_OFF;
        return d.commit(at, actor, HistoryAction.HANDED_OFF, "to " + company + ", reference " + reference
                + "; the legal clock keeps running", "", List.of(EventType.HANDED_OFF), List.of());
    }

    /**
     * Records progress the outside company reported back.
     *
     * @param note  what the company reported, not blank
     * @param actor  who records it, not null
     * @param at  when, not null
     * @return the transition, not null
     * @throws IllegalTransitionException unless the request is handed off
     */
    public Transition recordHandOffProgress(String note, Actor actor, Instant at) {
        requireStatus("record hand-off progress", EnumSet.of(RequestStatus.HANDED_OFF), "only a handed-off request"
                + " has an outside company to report");
        HandOff h = s.handOff().orElseThrow();
        List<HandOff.Progress> progress = new ArrayList<>(h.progress());
        progress.add(new HandOff.Progress(at, note));
        Draft d = new Draft();
        d.handOff = Optional.of(new HandOff(h.company(), h.reference(), h.by(), h.at(), progress));
        return d.commit(at, actor, HistoryAction.HAND_OFF_PROGRESS, "report " + progress.size() + " from " + h.company(), note,
                List.of(EventType.HAND_OFF_PROGRESS), List.of());
    }

    /**
     * Records the outside company's release. The company verifies identity and bills for itself; the
     * authorization guards still hold at the instant of release. Its disclosure goes into the practice's
     * disclosure log exactly where the accounting must list it, naming the company (R4.3).
     *
     * @param method  how the company sent the copies, not null
     * @param actor  who records it, not null
     * @param at  when the company released, in the practice's zone, not null
     * @return the transition, not null
     * @throws IllegalTransitionException unless the request is handed off
     * @throws ReleaseBlockedException naming every authorization guard that fails
     */
    public Transition recordOutsideRelease(DeliveryMethod method, Actor actor, ZonedDateTime at) {
        Objects.requireNonNull(method, "method");
        requireStatus("record the outside company's release", EnumSet.of(RequestStatus.HANDED_OFF),
                "only a handed-off request is released by an outside company");
        List<ReleaseRefusal> refusals = ReleaseCheck.authorization(this, at);
        if (!refusals.isEmpty()) {
            throw new ReleaseBlockedException(refusals);
        }
        HandOff h = s.handOff().orElseThrow();
        Draft d = new Draft();
        d.release = Optional.of(new Release(method, recipientName(), at.toInstant(), actor, Optional.empty()));
        d.status = RequestStatus.RELEASED;
        List<DisclosureEntry> disclosures = disclosures(at.toInstant(), h.company());
        return d.commit(at.toInstant(), actor, HistoryAction.RELEASED, "by " + h.company() + " " + method
                + (disclosures.isEmpty() ? "" : ", disclosure logged"), "", List.of(EventType.RELEASED), disclosures);
    }

    /**
     * Raises the deadline alerts a sweep finds due, each at most once per request: {@link
     * DeadlineAlert#DUE_SOON} from a number of days before the working target, {@link DeadlineAlert#OVERDUE}
     * once the binding legal date has passed.
     *
     * @param today  the date in the practice's zone, not null
     * @param dueSoonDays  how many days before the working target a request is due soon, from 0
     * @param at  the sweep's instant, not null
     * @return the transition, empty if the request is closed, has no deadline or has nothing new to raise
     */
    public Optional<Transition> raiseDeadlineAlerts(LocalDate today, int dueSoonDays, Instant at) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(at, "at");
        if (dueSoonDays < 0) {
            throw new IllegalArgumentException("Due-soon days cannot be negative");
        }
        if (!s.status().isOpen() || s.dueDate().isEmpty()) {
            return Optional.empty();
        }
        DueDate due = s.dueDate().get();
        DeadlineAlert alert;
        if (today.isAfter(due.legalDate())) {
            alert = DeadlineAlert.OVERDUE;
        } else if (!today.isBefore(due.workingTarget().minusDays(dueSoonDays))) {
            alert = DeadlineAlert.DUE_SOON;
        } else {
            return Optional.empty();
        }
        if (s.alertsRaised().contains(alert)) {
            return Optional.empty();
        }
        Set<DeadlineAlert> raised = EnumSet.of(alert);
        raised.addAll(s.alertsRaised());
        Draft d = new Draft();
        d.alertsRaised = raised;
        return Optional.of(d.commit(at, Actor.SYSTEM, HistoryAction.of(alert), "legal date " + due.legalDate()
                + ", working target " + due.workingTarget(), "", List.of(alert == DeadlineAlert.OVERDUE
                        ? EventType.OVERDUE : EventType.DUE_SOON), List.of()));
    }

    private List<DisclosureEntry> disclosures(Instant at, String disclosedBy) {
        LegalBasis basis = s.request().legalBasis();
        if (!basis.listedInAccounting()) {
            return List.of();
        }
        return List.of(new DisclosureEntry(UUID.randomUUID(), s.practiceId(), s.patientKey(), Optional.of(s.number()),
                at, recipientName(), recipientAddress(), description(), purposeStatement(), basis, disclosedBy));
    }

    /**
     * Tells whether a release needs a valid authorization: the legal basis or the practice's policy asks
     * for one, or a directive turned out not to bind as access (R1.16).
     *
     * @return true if one is needed
     */
    public boolean authorizationRequired() {
        return s.authorizationRequired();
    }

    /** Why a release needs an authorization, in plain words. */
    String authorizationReason() {
        if (s.request().legalBasis().requiresAuthorization()) {
            return "the request is a disclosure under an authorization.";
        }
        if (s.request().legalBasis() == LegalBasis.THIRD_PARTY_DIRECTIVE) {
            return "a directive binds as access only for an electronic copy of records kept electronically (R1.16).";
        }
        return "the practice's policy asks for its own authorization form.";
    }

    Set<RecordType> recordTypes() {
        return s.request().selections().stream().map(RecordSelection::type).collect(Collectors.toSet());
    }

    DateRange datesOfCare() {
        List<DateRange> ranges = s.request().selections().stream().map(RecordSelection::dates).toList();
        LocalDate from = null;
        LocalDate to = null;
        boolean openFrom = false;
        boolean openTo = false;
        for (DateRange r : ranges) {
            if (r.from().isEmpty()) {
                openFrom = true;
            } else if (from == null || r.from().get().isBefore(from)) {
                from = r.from().get();
            }
            if (r.to().isEmpty()) {
                openTo = true;
            } else if (to == null || r.to().get().isAfter(to)) {
                to = r.to().get();
            }
        }
        return DateRange.of(openFrom ? null : from, openTo ? null : to);
    }

    /**
     * Returns who receives the copies: the patient, the representative, the provider's office, the
     * directive's designated recipient, or the third party.
     *
     * @return the recipient's name, not null
     */
    public String recipientName() {
        RecordsRequest r = s.request();
        if (r.directive().isPresent()) {
            return r.directive().get().recipientName();
        }
        if (r.delivery().provider().isPresent()) {
            return r.delivery().provider().get().name();
        }
        if (r.requester().role() == RequesterRole.PATIENT) {
            return r.patient().name().fullName();
        }
        return r.requester().organization().or(r.requester()::name).orElse("the requester");
    }

    private Optional<String> recipientAddress() {
        return s.request().delivery().destination().oneLine();
    }

    private String description() {
        Set<Integer> withheld = withheldSelections();
        List<RecordSelection> selections = s.request().selections();
        return IntStream.range(0, selections.size()).filter(i -> !withheld.contains(i))
                .mapToObj(i -> selections.get(i).type().label()).distinct().collect(Collectors.joining(", "));
    }

    /**
     * Returns the selections a denial withholds: none without a denial or after a review reversed it.
     * A release never includes them.
     *
     * @return the indices, sorted, not null
     */
    public Set<Integer> withheldSelections() {
        boolean reversed = s.review().map(r -> r.outcome() == Review.Outcome.REVERSED).orElse(false);
        return s.denial().filter(d -> !reversed).map(Denial::withheldSelections).orElse(Set.of());
    }

    /**
     * Returns the denial, whole or in part.
     *
     * @return the denial, empty if none
     */
    public Optional<Denial> denial() {
        return s.denial();
    }

    /**
     * Returns the review of the denial.
     *
     * @return the review, empty if none
     */
    public Optional<Review> review() {
        return s.review();
    }

    /**
     * Returns the hand-off to an outside company.
     *
     * @return the hand-off, empty if none
     */
    public Optional<HandOff> handOff() {
        return s.handOff();
    }

    /**
     * Returns the deadline alerts already raised.
     *
     * @return an unmodifiable set, not null
     */
    public Set<DeadlineAlert> alertsRaised() {
        return s.alertsRaised();
    }

    private String purposeStatement() {
        return s.request().purpose().kind() + s.request().purpose().description().map(d -> ": " + d).orElse("");
    }

    /**
     * Returns the fulfilment as the fee layer counts it: pages and media added up, and records kept
     * electronically if any selection's are (the stricter rules then apply, R2.5).
     *
     * @param fulfilment  the per-selection fulfilment, at least one, not null
     * @return the fulfilment, not null
     */
    public static Fulfilment totals(List<SelectionFulfilment> fulfilment) {
        int pages = fulfilment.stream().mapToInt(SelectionFulfilment::pages).sum();
        int media = fulfilment.stream().mapToInt(SelectionFulfilment::media).sum();
        RecordKeeping keeping = fulfilment.stream().anyMatch(f -> f.keeping() == RecordKeeping.ELECTRONIC)
                ? RecordKeeping.ELECTRONIC : RecordKeeping.PAPER;
        return Fulfilment.ofPages(pages, keeping).withMedia(media);
    }

    private void requireOpen(String command) {
        if (!s.status().isOpen()) {
            throw new IllegalTransitionException(command, s.status(), "a released or closed request does not change");
        }
    }

    private void requireStatus(String command, Set<RequestStatus> allowed, String rule) {
        if (!allowed.contains(s.status())) {
            throw new IllegalTransitionException(command, s.status(), rule);
        }
    }

    private DomainEvent event(EventType type, Instant at, int sequence, Optional<Money> amount) {
        return new DomainEvent(type, s.id(), s.number(), s.practiceId(), at, s.status(), sequence, amount);
    }

    /**
     * Returns what has been paid less what has been refunded.
     *
     * @return the net amount paid, not null
     */
    public Money netPaid() {
        return ledger().netPaid();
    }

    /**
     * Returns what the requester still owes: the quote less the net amount paid, zero once waived.
     *
     * @return the amount due, zero or more; zero before a quote
     */
    public Money amountDue() {
        return ledger().amountDue();
    }

    /**
     * Returns what is owed back: the net amount paid beyond the final quote, or all of it after a waiver
     * or once the request is closed without a release (denied, no records, cancelled, withdrawn).
     *
     * @return the refund due, zero or more
     */
    public Money refundDue() {
        return ledger().refundDue(!s.status().isOpen() && s.release().isEmpty());
    }

    /**
     * Tells whether the fee is settled: the quote is zero, waived, or paid in full.
     *
     * @return true if settled; false before a quote
     */
    public boolean feeSettled() {
        return ledger().settled();
    }

    /**
     * Returns the fee as money moved: quote, payments, refunds and waiver, with the formulas for what is
     * paid, due, owed back and whether it is settled.
     *
     * @return the ledger, not null
     */
    public FeeLedger ledger() {
        return new FeeLedger(s.quote(), s.payments(), s.refunds(), s.waiver());
    }

    /**
     * Returns the request's id.
     *
     * @return the id, not null
     */
    public RequestId id() {
        return s.id();
    }

    /**
     * Returns the request's number.
     *
     * @return the number, not null
     */
    public RequestNumber number() {
        return s.number();
    }

    /**
     * Returns the practice.
     *
     * @return the practice id, not null
     */
    public PracticeId practiceId() {
        return s.practiceId();
    }

    /**
     * Returns what was asked.
     *
     * @return the request, not null
     */
    public RecordsRequest request() {
        return s.request();
    }

    /**
     * Returns when the request was received.
     *
     * @return the receipt time, not null
     */
    public Instant receivedAt() {
        return s.receivedAt();
    }

    /**
     * Returns the status.
     *
     * @return the status, not null
     */
    public RequestStatus status() {
        return s.status();
    }

    /**
     * Returns the open request this one repeats.
     *
     * @return the original's number, empty if this is not a repeat
     */
    public Optional<RequestNumber> repeatOf() {
        return s.repeatOf();
    }

    /**
     * Returns how many later requests repeated this one; staff see how often the patient has asked.
     *
     * @return the count, from 0
     */
    public int repeatCount() {
        return s.repeatCount();
    }

    /**
     * Tells whether a repeat request raised this request's priority.
     *
     * @return true if raised
     */
    public boolean priorityRaised() {
        return s.priorityRaised();
    }

    /**
     * Returns the current authorization.
     *
     * @return the authorization, empty if none is attached
     */
    public Optional<Authorization> authorization() {
        return s.authorization();
    }

    /**
     * Returns the identity verification.
     *
     * @return the verification, empty until verified
     */
    public Optional<IdentityVerification> identity() {
        return s.identity();
    }

    /**
     * Returns the fee estimate given before submission.
     *
     * @return the estimate, not null
     */
    public Estimate estimate() {
        return s.estimate();
    }

    /**
     * Returns the patient's key.
     *
     * @return the key, not null
     */
    public PatientKey patientKey() {
        return s.patientKey();
    }

    /**
     * Returns the legal due date.
     *
     * @return the due date, empty where no deadline rule applies
     */
    public Optional<DueDate> dueDate() {
        return s.dueDate();
    }

    /**
     * Lists the rules this request relied on that the running library does not know: a stored quote's
     * findings or a stored due date's deadlines read back under a stand-in
     * ({@link io.github.medrecords.core.fee.LegalLimit#noLongerKnown}, {@link DeadlineRule#noLongerKnown}),
     * because the store holds the rule's id and version and this version of the library does not ship
     * it. The request keeps its stored facts (amounts, outcomes, dates); a portal or dashboard should say so.
     *
     * @return the rule ids, in the order the quote and the due date list them, empty when every rule is known
     */
    public List<String> rulesNoLongerKnown() {
        List<String> ids = new ArrayList<>();
        s.quote().ifPresent(q -> q.compliance().findings().stream().filter(f -> !f.limit().isKnown())
                .forEach(f -> ids.add(f.limit().ruleId())));
        s.dueDate().ifPresent(d -> d.deadlines().stream().filter(x -> !x.rule().isKnown())
                .forEach(x -> ids.add(x.rule().ruleId())));
        return List.copyOf(ids);
    }

    /**
     * Returns the current quote.
     *
     * @return the quote, empty before fulfilment
     */
    public Optional<Quote> quote() {
        return s.quote();
    }

    /**
     * Returns the current invoice.
     *
     * @return the invoice, empty if none is outstanding
     */
    public Optional<Invoice> invoice() {
        return s.invoice();
    }

    /**
     * Returns the release.
     *
     * @return the release, empty until released
     */
    public Optional<Release> release() {
        return s.release();
    }

    /**
     * Returns the history, oldest first.
     *
     * @return an unmodifiable list, not null
     */
    public List<HistoryEntry> history() {
        return s.history();
    }

    /**
     * Returns the number of saved changes.
     *
     * @return the version, from 0
     */
    public long version() {
        return s.version();
    }

    /**
     * Returns a copy with another version; for storage adapters after a save.
     *
     * @param version  the stored version, from 0
     * @return the copy, not null
     */
    public RequestCase withVersion(long version) {
        return new RequestCase(s.withVersion(version));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof RequestCase other && s.equals(other.s);
    }

    @Override
    public int hashCode() {
        return s.hashCode();
    }

    @Override
    public String toString() {
        return "RequestCase[" + s.number() + ", " + s.practiceId() + ", " + s.status() + ", v" + s.version() + "]";
    }

    /**
     * A mutable copy of the snapshot's changing parts, committed into a new request with its history
     * entry and events.
     */
    private final class Draft {
        private RequestStatus status = s.status();
        private boolean priorityRaised = s.priorityRaised();
        private boolean authorizationRequired = s.authorizationRequired();
        private int repeatCount = s.repeatCount();
        private Optional<Authorization> authorization = s.authorization();
        private Optional<IdentityVerification> identity = s.identity();
        private List<SelectionFulfilment> fulfilment = s.fulfilment();
        private Optional<Quote> quote = s.quote();
        private Optional<Invoice> invoice = s.invoice();
        private final List<Payment> payments = new ArrayList<>(s.payments());
        private Optional<Waiver> waiver = s.waiver();
        private final List<Refund> refunds = new ArrayList<>(s.refunds());
        private Optional<Release> release = s.release();
        private Optional<DueDate> dueDate = s.dueDate();
        private Optional<Denial> denial = s.denial();
        private Optional<Review> review = s.review();
        private Optional<HandOff> handOff = s.handOff();
        private Set<DeadlineAlert> alertsRaised = s.alertsRaised();

        Transition commit(Instant at, Actor actor, HistoryAction action, String detail, String reason,
                List<EventType> eventTypes, List<DisclosureEntry> disclosures) {
            int sequence = s.history().size() + 1;
            HistoryEntry entry = new HistoryEntry(sequence, at, actor, action, s.status(), status, detail, reason);
            List<HistoryEntry> history = new ArrayList<>(s.history());
            history.add(entry);
            RequestCase after = new RequestCase(new Snapshot(s.filing(),
                    new Snapshot.Progress(status, priorityRaised, repeatCount, authorizationRequired, authorization,
                            identity, dueDate, alertsRaised),
                    new Snapshot.Fees(s.estimate(), fulfilment, quote, invoice, payments, waiver, refunds),
                    new Snapshot.Outcome(release, denial, review, handOff), history, s.version()));
            List<DomainEvent> events = new ArrayList<>();
            for (EventType type : eventTypes) {
                events.add(after.event(type, at, sequence, after.moneyFor(type)));
            }
            return new Transition(RequestCase.this, after, List.of(entry), events, disclosures);
        }
    }

    private Optional<Money> moneyFor(EventType type) {
        return switch (type) {
            case INVOICE_ISSUED -> s.invoice().map(Invoice::amount);
            case PAID -> s.payments().isEmpty() ? Optional.empty()
                    : Optional.of(s.payments().get(s.payments().size() - 1).amount());
            case REFUNDED -> s.refunds().isEmpty() ? Optional.empty()
                    : Optional.of(s.refunds().get(s.refunds().size() - 1).amount());
            case FEE_WAIVED, FULFILMENT_RECORDED -> s.quote().map(Quote::total);
            default -> Optional.empty();
        };
    }

    /** A count with its noun as a person writes it: "1 page", "3 pages", "0 media". */
    private static String count(int n, String singular) {
        return n + " " + (n == 1 ? singular : singular.equals("medium") ? "media" : singular + "s");
    }
}
