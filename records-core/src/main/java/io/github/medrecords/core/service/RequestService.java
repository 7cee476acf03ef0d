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
import io.github.medrecords.core.port.DuplicateSubmissionException;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.port.RequestRepository;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.RecordSelection;
import io.github.medrecords.core.request.RecordsRequest;
import io.github.medrecords.core.timeframe.DeadlineCalculator;
import io.github.medrecords.core.timeframe.DeadlineQuery;
import io.github.medrecords.core.timeframe.DeadlineRules;
import io.github.medrecords.core.timeframe.DueDate;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.core.workflow.PatientKey;
import io.github.medrecords.core.workflow.PaymentMethod;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestId;
import io.github.medrecords.core.workflow.RequestNumber;
import io.github.medrecords.core.workflow.SelectionFulfilment;
import io.github.medrecords.core.workflow.Transition;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
    private static final int REPEAT_LINK_ATTEMPTS = 3;

    private final PracticeDirectory practices;
    private final RequestRepository repository;
    private final RequestIntake intake;
    private final Clock clock;
    private final FeeCalculator fees;
    private final DeadlineRules deadlines;
    private final NotificationPolicy notifications;

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
        this.practices = Objects.requireNonNull(practices, "practices");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.intake = new RequestIntake(Objects.requireNonNull(validator, "validator"));
        this.clock = Objects.requireNonNull(clock, "clock");
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
        return new SubmissionPreview(fees.estimate(practice.priceList(), request, today, practice.jurisdictions()),
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
        Estimate estimate = fees.estimate(practice.priceList(), request, receivedOn, practice.jurisdictions());
        RequestNumber number = repository.nextNumber(practiceId, receivedOn.getYear());
        boolean authorizationRequired = request.legalBasis().requiresAuthorization()
                || practice.policies().requireOwnAuthorizationForm();
        for (int attempt = 1; ; attempt++) {
            Optional<RequestCase> original = openOverlapping(practiceId, request);
            Optional<DueDate> due = original.isPresent() ? original.get().dueDate()
                    : dueDate(practice, request, receivedOn);
            Transition created = RequestCase.submit(RequestId.random(), number, request, receivedAt, key,
                    accepted.authorization(), authorizationRequired, estimate, due,
                    original.map(RequestCase::number), actor, practice.zone());
            List<ChangeSet> changes = new ArrayList<>();
            changes.add(changeSet(created, practice));
            original.ifPresent(o -> changes.add(changeSet(o.recordRepeat(number, receivedAt), practice)));
            try {
                repository.save(changes);
                LOG.info("Request {} received by {} ({}){}", number, practiceId, created.after().status(),
                        original.map(o -> ", repeat of " + o.number()).orElse(""));
                return created.after().withVersion(1);
            } catch (DuplicateSubmissionException e) {
                return repository.findByIdempotencyKey(practiceId, e.getIdempotencyKey()).orElseThrow(() -> e);
            } catch (ConcurrencyConflictException e) {
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
                    p.businessCalendar().dateOf(c.receivedAt()), p.jurisdictions());
            return c.recordFulfilment(fulfilment, quote, actor, clock.instant());
        });
    }

    /**
     * Issues an invoice for a request's quote, which must be one the law lets the practice bill.
     *
     * @param id  the request, not null
     * @param actor  who issues it, not null
     * @return the saved request, not null
     */
    public RequestCase issueInvoice(RequestId id, Actor actor) {
        return apply(id, (c, p) -> c.issueInvoice(actor, clock.instant()));
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
                .dueDate(DeadlineQuery.forRequest(request, receivedOn, practice.jurisdictions()));
    }

    private Optional<RequestCase> openOverlapping(PracticeId practiceId, RecordsRequest request) {
        PatientKey patient = PatientKey.of(request.patient());
        return repository.findByPatient(practiceId, patient).stream()
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
