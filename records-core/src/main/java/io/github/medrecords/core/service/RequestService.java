package io.github.medrecords.core.service;

import io.github.medrecords.core.MedrecordsException;
import io.github.medrecords.core.authorization.Authorization;
import io.github.medrecords.core.authorization.IdentityVerification;
import io.github.medrecords.core.authorization.VerificationMethod;
import io.github.medrecords.core.fee.Estimate;
import io.github.medrecords.core.fee.FeeCalculator;
import io.github.medrecords.core.fee.Quote;
import io.github.medrecords.core.intake.AcceptedSubmission;
import io.github.medrecords.core.intake.RecordsRequestSubmission;
import io.github.medrecords.core.intake.RequestIntake;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.notification.NotificationPolicy;
import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.port.ChangeSet;
import io.github.medrecords.core.port.ConcurrencyConflictException;
import io.github.medrecords.core.port.DuplicateCommandException;
import io.github.medrecords.core.port.DuplicateSubmissionException;
import io.github.medrecords.core.port.ForwardingRequestRepository;
import io.github.medrecords.core.port.FoundRequests;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.port.RequestRepository;
import io.github.medrecords.core.port.StoredTime;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.RecordSelection;
import io.github.medrecords.core.request.RecordsRequest;
import io.github.medrecords.core.timeframe.DeadlineCalculator;
import io.github.medrecords.core.timeframe.DeadlineQuery;
import io.github.medrecords.core.timeframe.DeadlineRule;
import io.github.medrecords.core.timeframe.DeadlineRules;
import io.github.medrecords.core.timeframe.DueDate;
import io.github.medrecords.core.timeframe.Extension;
import io.github.medrecords.core.timeframe.StandingPolicy;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.core.workflow.DeadlineAlert;
import io.github.medrecords.core.workflow.DenialGround;
import io.github.medrecords.core.workflow.DenialNotice;
import io.github.medrecords.core.workflow.LicensedProfessional;
import io.github.medrecords.core.workflow.PatientKey;
import io.github.medrecords.core.workflow.PatientKeys;
import io.github.medrecords.core.workflow.PaymentMethod;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestId;
import io.github.medrecords.core.workflow.RequestNumber;
import io.github.medrecords.core.workflow.RequestStatus;
import io.github.medrecords.core.workflow.Review;
import io.github.medrecords.core.workflow.SelectionFulfilment;
import io.github.medrecords.core.workflow.Transition;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The use cases of a records office, from "Thank you for your submission" to the release: one
 * application service over the ports.
 *
 * <p>Every command loads the request, applies it to the {@link RequestCase} (which refuses what its
 * status does not allow), and saves the change with its history, disclosure entries and outbox
 * messages in one transaction. A concurrent change surfaces as
 * {@link io.github.medrecords.core.port.ConcurrencyConflictException}; reload and retry. Time comes
 * from the injected clock; the practice's zone decides what "today" is. Logs name requests by
 * number, never patients.
 *
 * <p>Thread-safe if its ports and validator are.
 */
public final class RequestService {

    private static final Logger LOG = LoggerFactory.getLogger(RequestService.class);
    private static final int REPEAT_LINK_ATTEMPTS = 32;
    private static final int SWEEP_MARGIN = 10;

    private final PracticeDirectory practices;
    private final RequestRepository repository;
    private final RequestIntake intake;
    private final Clock clock;
    private final FeeCalculator fees;
    private final DeadlineRules deadlines;
    private final NotificationPolicy notifications;
    private final PatientKeys patientKeys;

    /**
     * Creates the service.
     *
     * @param practices  the practices served, not null
     * @param repository  the store, not null
     * @param validator  the Bean Validation validator for form input, not null
     * @param clock  the source of every "now", not null
     * @param fees  the fee calculator with the legal limits, not null
     * @param deadlines  the legal deadline rules, not null
     * @param notifications  which notifications events cause, not null
     */
    public RequestService(PracticeDirectory practices, RequestRepository repository, Validator validator, Clock clock,
            FeeCalculator fees, DeadlineRules deadlines, NotificationPolicy notifications) {
        this(practices, repository, validator, clock, fees, deadlines, notifications, PatientKeys.development());
    }

    /**
     * Creates the service with the deployment's patient keys: a service over a store that keeps patient
     * data (the JDBC store) takes the same {@link PatientKeys} as the store, under the host's secret. The
     * other constructor uses {@link PatientKeys#development()}, for the in-memory store, demos and tests.
     *
     * @param practices  the practices served, not null
     * @param repository  the store, not null
     * @param validator  the Bean Validation validator for form input, not null
     * @param clock  the source of every "now", not null
     * @param fees  the fee calculator with the legal limits, not null
     * @param deadlines  the legal deadline rules, not null
     * @param notifications  which notifications events cause, not null
     * @param patientKeys  how patients are keyed, not null
     */
    public RequestService(PracticeDirectory practices, RequestRepository repository, Validator validator, Clock clock,
            FeeCalculator fees, DeadlineRules deadlines, NotificationPolicy notifications, PatientKeys patientKeys) {
        this.patientKeys = Objects.requireNonNull(patientKeys, "patientKeys");
        this.practices = Objects.requireNonNull(practices, "practices");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.intake = new RequestIntake(Objects.requireNonNull(validator, "validator"));
        this.clock = StoredTime.clock(clock);
        this.fees = Objects.requireNonNull(fees, "fees");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
    }

    /**
     * Shows what a submission would cost and when it would be due, before it is submitted.
     *
     * @param practiceId  the practice, not null
     * @param submission  the form, not null
     * @return the preview, not null
     * @throws io.github.medrecords.core.intake.InvalidRequestException carrying every problem with the form
     */
    public SubmissionPreview preview(PracticeId practiceId, RecordsRequestSubmission submission) {
        PracticeProfile practice = practices.require(practiceId);
        RecordsRequest request = intake.accept(practice, submission).request();
        Instant now = clock.instant();
        LocalDate today = practice.businessCalendar().dateOf(now);
        return new SubmissionPreview(fees.estimate(practice.priceList(), request, today, practice.jurisdictions(),
                practice.providerKind()),
                dueDate(practice, request, today), practice.turnaround().expectedReady(now,
                        request.delivery().method()));
    }

    /**
     * Submits a request: validates it, stamps the receipt time, computes the estimate and the legal
     * due date, and has the repository hand out its number. A submission whose idempotency key the
     * practice has seen returns the request already saved. A request from a patient with an open
     * request for overlapping records is linked to it as a repeat, raises its priority and keeps its
     * due date: the clock never restarts.
     *
     * @param practiceId  the practice, not null
     * @param submission  the form, not null
     * @param actor  who submits, not null
     * @return the saved request, not null
     * @throws io.github.medrecords.core.intake.InvalidRequestException carrying every problem with the form
     */
    public RequestCase submit(PracticeId practiceId, RecordsRequestSubmission submission, Actor actor) {
        PracticeProfile practice = practices.require(practiceId);
        Optional<String> key = Optional.ofNullable(submission.getIdempotencyKey());
        Optional<RequestCase> seen = key.flatMap(k -> repository.findByIdempotencyKey(practiceId, k));
        if (seen.isPresent()) {
            return seen.get();
        }
        AcceptedSubmission accepted = intake.accept(practice, submission);
        RecordsRequest request = accepted.request();
        Instant receivedAt = clock.instant();
        LocalDate receivedOn = practice.businessCalendar().dateOf(receivedAt);
        Estimate estimate = fees.estimate(practice.priceList(), request, receivedOn, practice.jurisdictions(),
                practice.providerKind());
        RequestNumber number = repository.nextNumber(practiceId, receivedOn.getYear());
        boolean authorizationRequired = request.legalBasis().requiresAuthorization()
                || practice.policies().requireOwnAuthorizationForm();
        PatientKey patientKey = patientKeys.keyOf(request.patient());
        for (int attempt = 1; ; attempt++) {
            FoundRequests patientRequests = repository.findByPatient(practiceId, patientKey);
            Optional<RequestCase> original = openOverlapping(patientRequests, request);
            Optional<DueDate> due = original.isPresent() ? original.get().dueDate()
                    : dueDate(practice, request, receivedOn);
            Transition created = RequestCase.submit(RequestId.random(), number, request, patientKey, receivedAt, key,
                    accepted.authorization(), authorizationRequired, estimate, due,
                    original.map(RequestCase::number), actor, practice.zone());
            List<ChangeSet> changes = new ArrayList<>();
            changes.add(changeSet(created, practice).expectingPatientRequests(countOf(patientRequests)));
            original.ifPresent(o -> changes.add(changeSet(o.recordRepeat(number, receivedAt), practice)));
            try {
                repository.save(changes);
                LOG.info("Request {} received by {} ({}){}", number, practiceId, created.after().status(),
                        original.map(o -> ", repeat of " + o.number()).orElse(""));
                return created.after().withVersion(1);
            } catch (DuplicateSubmissionException e) {
                return repository.findByIdempotencyKey(practiceId, e.getIdempotencyKey()).orElseThrow(() -> e);
            } catch (ConcurrencyConflictException e) {
                // Another submission of the same patient, or a change to the original, came first: decide
                // again on what is stored now. Each conflict means another save went through, so concurrent
                // submissions of one patient finish within as many attempts as there are of them.
                if (attempt >= REPEAT_LINK_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * Attaches or replaces a request's authorization.
     *
     * @param id  the request, not null
     * @param authorization  the authorization, not null
     * @param actor  who attaches it, not null
     * @return the saved request, not null
     */
    public RequestCase attachAuthorization(RequestId id, Authorization authorization, Actor actor) {
        return apply(id, (c, p) -> c.attachAuthorization(authorization, actor, now(p)));
    }

    /**
     * Records that the requester's identity was verified now, by the acting staff member (R1.5).
     *
     * @param id  the request, not null
     * @param method  how, not null
     * @param actor  the staff member who verified, not null
     * @return the saved request, not null
     */
    public RequestCase verifyIdentity(RequestId id, VerificationMethod method, Actor actor) {
        return apply(id, (c, p) -> c.verifyIdentity(IdentityVerification.of(actor.id(), method, clock.instant()),
                actor));
    }

    /**
     * Records what was copied, per selection, and computes the quote the invoice will bill, with the
     * fee rules in force on the day the request was received.
     *
     * @param id  the request, not null
     * @param fulfilment  what was copied, per selection, not null
     * @param postage  the first-class postage of a mailed delivery, zero otherwise, not null
     * @param actor  who recorded it, not null
     * @return the saved request, not null
     */
    public RequestCase recordFulfilment(RequestId id, List<SelectionFulfilment> fulfilment, Money postage,
            Actor actor) {
        Objects.requireNonNull(postage, "postage");
        return apply(id, (c, p) -> {
            Quote quote = fees.quote(p.priceList(), c.request(), RequestCase.totals(fulfilment).withPostage(postage),
                    p.businessCalendar().dateOf(c.receivedAt()), p.jurisdictions(), p.providerKind());
            return c.recordFulfilment(fulfilment, quote, actor, clock.instant());
        });
    }

    /**
     * Issues an invoice for a request's quote, which must be one the law lets the practice bill. A price that
     * is lawful only with a documented cost basis the price list does not record is invoiced only if the
     * practice's policy says so ({@link io.github.medrecords.core.practice.PracticePolicies#invoiceWithoutCostBasis()}),
     * and the history then records it.
     *
     * @param id  the request, not null
     * @param actor  who issues it, not null
     * @return the saved request, not null
     * @throws io.github.medrecords.core.fee.QuoteNotInvoiceableException if the quote exceeds a limit or uses a
     *         method the law does not permit
     * @throws io.github.medrecords.core.fee.CostBasisRequiredException if a price needs a documented cost basis
     *         and the practice does not invoice without one
     */
    public RequestCase issueInvoice(RequestId id, Actor actor) {
        return apply(id, (c, p) -> c.issueInvoice(actor, clock.instant(), p.policies().invoiceWithoutCostBasis()));
    }

    /**
     * Records a payment against a request's invoice.
     *
     * @param id  the request, not null
     * @param invoiceNumber  the invoice the payer names, not null
     * @param amount  the amount, not null
     * @param method  how, not null
     * @param reference  the processor's or cashier's reference, not blank
     * @param actor  who records it, not null
     * @return the saved request, not null
     */
    public RequestCase recordPayment(RequestId id, String invoiceNumber, Money amount, PaymentMethod method,
            String reference, Actor actor) {
        return apply(id, (c, p) -> c.recordPayment(invoiceNumber, amount, method, reference, actor, clock.instant()));
    }

    /**
     * Waives a request's fee.
     *
     * @param id  the request, not null
     * @param reason  why, not blank
     * @param actor  who waives it, not null
     * @return the saved request, not null
     */
    public RequestCase waiveFee(RequestId id, String reason, Actor actor) {
        return apply(id, (c, p) -> c.waiveFee(reason, actor, clock.instant()));
    }

    /**
     * Refunds what was paid beyond a request's final quote.
     *
     * @param id  the request, not null
     * @param reference  the refund's reference, not blank
     * @param actor  who refunds, not null
     * @return the saved request, not null
     */
    public RequestCase refund(RequestId id, String reference, Actor actor) {
        return apply(id, (c, p) -> c.refund(reference, actor, clock.instant()));
    }

    /**
     * Releases a request's records as requested.
     *
     * @param id  the request, not null
     * @param actor  who releases, not null
     * @return the saved request, not null
     * @throws io.github.medrecords.core.workflow.ReleaseBlockedException naming every guard that fails
     */
    public RequestCase release(RequestId id, Actor actor) {
        return apply(id, (c, p) -> c.release(c.request().delivery().method(), Optional.empty(), p.name(), actor,
                now(p)));
    }

    /**
     * Releases a request's records another way than requested, with the reason.
     *
     * @param id  the request, not null
     * @param method  how the copies go, not null
     * @param reason  why the delivery differs from the request, not blank
     * @param actor  who releases, not null
     * @return the saved request, not null
     * @throws io.github.medrecords.core.workflow.ReleaseBlockedException naming every guard that fails
     */
    public RequestCase release(RequestId id, DeliveryMethod method, String reason, Actor actor) {
        return apply(id, (c, p) -> c.release(method, Optional.of(reason), p.name(), actor, now(p)));
    }

    /**
     * Denies access to a request in whole or in part (R1.17-R1.21); the requester is sent the notice.
     *
     * @param id  the request, not null
     * @param ground  the ground, not null
     * @param withheld  the indices of the selections withheld, not null
     * @param determinedBy  the licensed professional's determination, present exactly for a reviewable
     *     ground; not null
     * @param actor  who records the denial, not null
     * @return the saved request, not null
     * @throws io.github.medrecords.core.workflow.DenialRefusedException if the denial is not allowed
     */
    public RequestCase deny(RequestId id, DenialGround ground, Set<Integer> withheld,
            Optional<LicensedProfessional> determinedBy, Actor actor) {
        return apply(id, (c, p) -> c.deny(ground, withheld, determinedBy, actor, clock.instant()));
    }

    /**
     * Returns the denial notice of a denied request, with the practice's complaint contact (R1.21).
     *
     * @param id  the request, not null
     * @return the notice, not null
     * @throws IllegalStateException if the request has not been denied
     */
    public DenialNotice denialNotice(RequestId id) {
        RequestCase c = require(id);
        return DenialNotice.of(c, practices.require(c.practiceId()).complaintContact());
    }

    /**
     * Records the review of a denial by a licensed professional who did not take part in it (R1.20).
     *
     * @param id  the request, not null
     * @param reviewer  the reviewing professional, not null
     * @param outcome  the outcome, not null
     * @param actor  who records it, not null
     * @return the saved request, not null
     * @throws io.github.medrecords.core.workflow.DenialRefusedException if the review is not allowed
     */
    public RequestCase review(RequestId id, LicensedProfessional reviewer, Review.Outcome outcome, Actor actor) {
        return apply(id, (c, p) -> c.review(reviewer, outcome, actor, clock.instant()));
    }

    /**
     * Extends a request's legal deadline once, given today in writing (R1.9).
     *
     * @param id  the request, not null
     * @param newDate  the date access will be given, not null
     * @param writtenReason  the written reason for the delay, not blank
     * @param actor  who extends, not null
     * @return what the extension did, not null
     * @throws io.github.medrecords.core.timeframe.ExtensionRefusedException if the timeframe rules refuse it
     */
    public ExtensionResult extend(RequestId id, LocalDate newDate, String writtenReason, Actor actor) {
        RequestCase saved = apply(id, (c, p) -> c.extend(Extension.of(p.businessCalendar().dateOf(clock.instant()),
                newDate, writtenReason), actor, clock.instant()));
        DueDate due = saved.dueDate().orElseThrow();
        return new ExtensionResult(saved, due.extensionMovesBindingDate(), due.legalDate(),
                due.extensionLimitedBy().map(DeadlineRule::ruleId));
    }

    /**
     * Closes a request because no matching records were found.
     *
     * @param id  the request, not null
     * @param reason  what was searched, not null
     * @param actor  who records it, not null
     * @return the saved request, not null
     */
    public RequestCase recordNoRecordsFound(RequestId id, String reason, Actor actor) {
        return apply(id, (c, p) -> c.recordNoRecordsFound(reason, actor, clock.instant()));
    }

    /**
     * Cancels a request at the requester's wish.
     *
     * @param id  the request, not null
     * @param reason  the requester's reason, not null
     * @param actor  the requester, or staff on the requester's word, not null
     * @return the saved request, not null
     */
    public RequestCase cancel(RequestId id, String reason, Actor actor) {
        return apply(id, (c, p) -> c.cancel(reason, actor, clock.instant()));
    }

    /**
     * Records the revocation of a request's authorization: no release not yet made will be made (R3.4).
     *
     * @param id  the request, not null
     * @param actor  who records it, not null
     * @return the saved request, not null
     */
    public RequestCase withdrawAuthorization(RequestId id, Actor actor) {
        return apply(id, (c, p) -> c.withdrawAuthorization(actor, clock.instant()));
    }

    /**
     * Hands a request to an outside release-of-information company; the clock keeps running.
     *
     * @param id  the request, not null
     * @param company  the company's name, not blank
     * @param reference  the company's reference, not blank
     * @param actor  who hands it off, not null
     * @return the saved request, not null
     */
    public RequestCase handOff(RequestId id, String company, String reference, Actor actor) {
        return apply(id, (c, p) -> c.handOff(company, reference, actor, clock.instant()));
    }

    /**
     * Records progress an outside company reported for a handed-off request.
     *
     * @param id  the request, not null
     * @param note  what the company reported, not blank
     * @param actor  who records it, not null
     * @return the saved request, not null
     */
    public RequestCase recordHandOffProgress(RequestId id, String note, Actor actor) {
        return apply(id, (c, p) -> c.recordHandOffProgress(note, actor, clock.instant()));
    }

    /**
     * Records an outside company's release of a handed-off request; its disclosure goes into the
     * practice's disclosure log where the accounting lists it (R4.3).
     *
     * @param id  the request, not null
     * @param method  how the company sent the copies, not null
     * @param actor  who records it, not null
     * @return the saved request, not null
     */
    public RequestCase recordOutsideRelease(RequestId id, DeliveryMethod method, Actor actor) {
        return apply(id, (c, p) -> c.recordOutsideRelease(method, actor, now(p)));
    }

    /**
     * Sweeps a practice's open requests: raises a due-soon event for each request whose working target
     * is within the given number of days and an overdue event for each past its binding legal date,
     * each at most once per request and threshold however often the sweep runs, and lists every overdue
     * request, the longest overdue first. A request changed concurrently is left for the next sweep.
     *
     * @param practiceId  the practice, not null
     * @param dueSoonDays  how many days before the working target a request is due soon, from 0
     * @return what the sweep did, not null
     */
    public DeadlineSweep sweepDeadlines(PracticeId practiceId, int dueSoonDays) {
        if (dueSoonDays < 0) {
            throw new IllegalArgumentException("Due-soon days cannot be negative");
        }
        PracticeProfile practice = practices.require(practiceId);
        Instant now = clock.instant();
        LocalDate today = practice.businessCalendar().dateOf(now);
        int dueSoon = 0;
        int overdueRaised = 0;
        List<RequestCase> overdue = new ArrayList<>();
        // The working target can fall a few days before the legal date the store indexes.
        FoundRequests found = repository.findOpenDueOnOrBefore(practiceId, today.plusDays(dueSoonDays + SWEEP_MARGIN));
        found.unreadable().forEach(u -> LOG.warn("Request {} ({}) cannot be read and was left out of the deadline "
                + "sweep: {}", u.number(), u.id(), u.reason()));
        for (RequestCase c : found.requests()) {
            RequestCase current = c;
            Optional<Transition> t = c.raiseDeadlineAlerts(today, dueSoonDays, now);
            if (t.isPresent()) {
                try {
                    repository.save(List.of(changeSet(t.get(), practice)));
                    current = t.get().after().withVersion(t.get().expectedVersion() + 1);
                    if (current.alertsRaised().contains(DeadlineAlert.OVERDUE)
                            && !c.alertsRaised().contains(DeadlineAlert.OVERDUE)) {
                        overdueRaised++;
                    } else {
                        dueSoon++;
                    }
                } catch (ConcurrencyConflictException e) {
                    LOG.info("Request {} changed during the deadline sweep; the next sweep raises its alert",
                            c.number());
                }
            }
            if (current.dueDate().map(d -> today.isAfter(d.legalDate())).orElse(false)) {
                overdue.add(current);
            }
        }
        overdue.sort(Comparator.comparing((RequestCase c) -> c.dueDate().orElseThrow().legalDate())
                .thenComparing(RequestCase::receivedAt));
        return new DeadlineSweep(dueSoon, overdueRaised, overdue, found.unreadable());
    }

    /**
     * Shows a request as its requester's portal may: nothing staff-only, nothing about other requests.
     *
     * @param id  the request, not null
     * @return the view, not null
     */
    public RequesterView requesterView(RequestId id) {
        RequestCase c = require(id);
        return RequesterView.of(c, practices.require(c.practiceId()));
    }

    /**
     * Lists a practice's open requests for the staff dashboard, most urgent first; requests without a
     * legal deadline come last, and a request the store cannot read back comes first, flagged
     * {@link DashboardRow.Flag#UNREADABLE}, so that staff see it and the rest still shows.
     *
     * @param practiceId  the practice, not null
     * @param policy  when a request is due soon, not null
     * @return the rows, not null
     */
    public List<DashboardRow> dashboard(PracticeId practiceId, StandingPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        PracticeProfile practice = practices.require(practiceId);
        Set<RequestStatus> open = EnumSet.noneOf(RequestStatus.class);
        for (RequestStatus status : RequestStatus.values()) {
            if (status.isOpen()) {
                open.add(status);
            }
        }
        Instant now = clock.instant();
        FoundRequests found = repository.findByStatus(practiceId, open);
        return Stream.concat(found.unreadable().stream().map(DashboardRow::unreadable),
                found.requests().stream().map(c -> DashboardRow.of(c, policy, now, practice.zone())))
                .sorted(Comparator.comparing((DashboardRow r) -> !r.flags().contains(DashboardRow.Flag.UNREADABLE))
                        .thenComparing((DashboardRow r) -> r.standing().isEmpty())
                        .thenComparing(r -> r.standing().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(DashboardRow::requestNumber))
                .toList();
    }

    /**
     * Loads a request.
     *
     * @param id  the request, not null
     * @return the request, empty if unknown
     */
    public Optional<RequestCase> find(RequestId id) {
        return repository.findById(id);
    }

    /**
     * Loads a request that must exist.
     *
     * @param id  the request, not null
     * @return the request, not null
     * @throws MedrecordsException if the request is unknown
     */
    public RequestCase require(RequestId id) {
        return repository.findById(id).orElseThrow(() -> new MedrecordsException("Unknown request " + id));
    }

    private RequestCase apply(RequestId id, Command command) {
        RequestCase current = require(id);
        PracticeProfile practice = practices.require(current.practiceId());
        Transition transition = command.apply(current, practice);
        repository.save(List.of(changeSet(transition, practice)));
        RequestCase saved = transition.after().withVersion(transition.expectedVersion() + 1);
        LOG.info("Request {} of {}: {} -> {}", saved.number(), saved.practiceId(),
                transition.history().get(0).action(), saved.status());
        return saved;
    }

    private ChangeSet changeSet(Transition transition, PracticeProfile practice) {
        List<OutboxMessage> messages = new ArrayList<>();
        transition.events().forEach(e -> messages.addAll(notifications.messagesFor(e, transition.after(), practice)));
        return ChangeSet.of(transition, messages);
    }

    private Optional<DueDate> dueDate(PracticeProfile practice, RecordsRequest request, LocalDate receivedOn) {
        return DeadlineCalculator.of(deadlines, practice.businessCalendar())
                .dueDate(DeadlineQuery.forRequest(request, receivedOn, practice.jurisdictions(),
                        practice.providerKind()));
    }

    private static long countOf(FoundRequests patientRequests) {
        return patientRequests.requests().size() + patientRequests.unreadable().size();
    }

    private static Optional<RequestCase> openOverlapping(FoundRequests patientRequests, RecordsRequest request) {
        return patientRequests.requests().stream()
                .filter(c -> c.status().isOpen() && c.repeatOf().isEmpty() && overlaps(c.request(), request))
                .min(Comparator.comparing(RequestCase::receivedAt));
    }

    private static boolean overlaps(RecordsRequest a, RecordsRequest b) {
        for (RecordSelection x : a.selections()) {
            for (RecordSelection y : b.selections()) {
                if (x.type().equals(y.type()) && x.dates().overlaps(y.dates())) {
                    return true;
                }
            }
        }
        return false;
    }

    private ZonedDateTime now(PracticeProfile practice) {
        return clock.instant().atZone(practice.zone());
    }

    /**
     * Applies a staff command at most once per idempotency key, as {@link #submit} does for a
     * submission: a client that did not see the answer sends the command again with the same key, and
     * the repeat returns the request as stored, with no second history entry, event or notification.
     *
     * <p>The key is saved with the command's change in the same transaction, so a crash between the
     * save and the answer loses nothing and a retry finds it. Of two concurrent attempts with one key,
     * one makes the change and the other returns the stored request or, having read the request before
     * the change, fails with {@link io.github.medrecords.core.port.ConcurrencyConflictException}; retried,
     * it finds the key. The command is any of this service's commands on that request:
     * <pre>{@code
     * service.applyOnce(id, "pay-7f3a", s -> s.recordPayment(id, "INV-2026-0007", amount, CARD, "ch_91", staff));
     * }</pre>
     *
     * @param id  the request the command changes, not null
     * @param idempotencyKey  the client's key for this command, unique per request, not blank
     * @param command  the command, run against a service that saves under the key, not null
     * @return the request after the command, or as stored now if the key was already used, not null
     * @throws UnsupportedOperationException if the repository keeps no command keys
     * @throws IllegalArgumentException if the key is blank or longer than 255 characters
     */
    public RequestCase applyOnce(RequestId id, String idempotencyKey, Function<RequestService, RequestCase> command) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(command, "command");
        if (idempotencyKey.isBlank() || idempotencyKey.length() > 255) {
            throw new IllegalArgumentException("A command idempotency key is not blank and at most 255 characters");
        }
        if (repository.hasCommandKey(id, idempotencyKey)) {
            LOG.info("Request {}: command key seen before, not applied again", id);
            return require(id);
        }
        try {
            return command.apply(new RequestService(this, new KeyedRepository(repository, id, idempotencyKey)));
        } catch (DuplicateCommandException e) {
            return require(id);
        }
    }

    private RequestService(RequestService base, RequestRepository repository) {
        this.practices = base.practices;
        this.repository = repository;
        this.intake = base.intake;
        this.clock = base.clock;
        this.fees = base.fees;
        this.deadlines = base.deadlines;
        this.notifications = base.notifications;
        this.patientKeys = base.patientKeys;
    }

    /** Saves the changes of one request under a command key; everything else goes to the store as it is. */
    private static final class KeyedRepository extends ForwardingRequestRepository {

        private final RequestId id;
        private final String key;

        KeyedRepository(RequestRepository store, RequestId id, String key) {
            super(store);
            this.id = id;
            this.key = key;
        }

        @Override
        public void save(List<ChangeSet> changes) {
            super.save(changes.stream().map(c -> c.request().id().equals(id) && c.expectedVersion() > 0
                    ? c.withCommandKey(key) : c).toList());
        }
    }

    /**
     * A command applied to a loaded request with its practice.
     */
    @FunctionalInterface
    private interface Command {
        Transition apply(RequestCase request, PracticeProfile practice);
    }

    @Override
    public String toString() {
        return "RequestService[" + repository.getClass().getSimpleName() + "]";
    }
}
