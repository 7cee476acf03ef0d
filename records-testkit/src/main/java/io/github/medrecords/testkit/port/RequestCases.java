package io.github.medrecords.testkit.port;

import io.github.medrecords.core.authorization.IdentityVerification;
import io.github.medrecords.core.authorization.VerificationMethod;
import io.github.medrecords.core.fee.FeeCalculator;
import io.github.medrecords.core.fee.Quote;
import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.party.ContactDetails;
import io.github.medrecords.core.party.PersonName;
import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.ChangeSet;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.Delivery;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PatientIdentity;
import io.github.medrecords.core.request.Purpose;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordSelection;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RecordsRequest;
import io.github.medrecords.core.request.Requester;
import io.github.medrecords.core.timeframe.DeadlineCalculator;
import io.github.medrecords.core.timeframe.DeadlineQuery;
import io.github.medrecords.core.timeframe.DeadlineRules;
import io.github.medrecords.core.timeframe.DueDate;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.core.workflow.DisclosureEntry;
import io.github.medrecords.core.workflow.DomainEvent;
import io.github.medrecords.core.workflow.EventType;
import io.github.medrecords.core.workflow.HistoryEntry;
import io.github.medrecords.core.workflow.PatientKey;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestId;
import io.github.medrecords.core.workflow.RequestNumber;
import io.github.medrecords.core.workflow.SelectionFulfilment;
import io.github.medrecords.core.workflow.Transition;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * Seeded builder of valid requests and of what their changes save, for the storage contracts and
 * any adapter's own tests: new requests as {@link RequestCase#submit} makes them (with a real fee
 * estimate and legal due date), later transitions along a patient's journey, change sets with their
 * outbox messages, and disclosure entries.
 *
 * <p>Requests are a patient's own request for a visit summary by portal download, at a practice with
 * the rules of a given profile (by default the seed practice, {@link
 * ExamplePractices#connecticutOrthopaedics()}). Instants should fall in the years the practice's
 * holiday calendar covers (2024 to 2032 for the seed practice). The same seed gives the same
 * patients and keys; ids are random. Thread-safe.
 */
public final class RequestCases {

    private static final List<String> GIVEN = List.of("Maria", "James", "Aiyana", "Chen", "Olu", "Zoë", "Seán",
            "Ana-Lucía", "Li", "Dana");
    private static final List<String> FAMILY = List.of("Kowalski", "Nguyen", "Smith-Jones", "Okafor", "D'Angelo",
            "Müller", "Garcia", "Begay", "Ivanova", "Hart");
    private static final Actor STAFF = Actor.staff("staff-contract");

    private final PracticeProfile practice;
    private final PracticeId practiceId;
    private final Random random;

    private RequestCases(PracticeProfile practice, PracticeId practiceId, long seed) {
        this.practice = practice;
        this.practiceId = practiceId;
        this.random = new Random(seed);
    }

    /**
     * Returns a builder for the seed practice.
     *
     * @param seed  the seed; the same seed gives the same patients and keys
     * @return the builder, not null
     */
    public static RequestCases of(long seed) {
        return of(ExamplePractices.connecticutOrthopaedics(), seed);
    }

    /**
     * Returns a builder for a practice.
     *
     * @param practice  the practice whose rules, prices and calendar apply, not null
     * @param seed  the seed; the same seed gives the same patients and keys
     * @return the builder, not null
     */
    public static RequestCases of(PracticeProfile practice, long seed) {
        Objects.requireNonNull(practice, "practice");
        return new RequestCases(practice, practice.id(), seed);
    }

    /**
     * Returns a builder of requests that belong to another practice with the same rules, to check that
     * a store keeps practices apart.
     *
     * @param other  the other practice's id, not null
     * @return a new builder, not null
     */
    public RequestCases forPractice(PracticeId other) {
        Objects.requireNonNull(other, "other");
        return new RequestCases(practice, other, nextLong());
    }

    /**
     * Returns the practice the requests belong to.
     *
     * @return the practice id, not null
     */
    public PracticeId practiceId() {
        return practiceId;
    }

    /**
     * Makes a new patient.
     *
     * @return a patient, not null
     */
    public PatientIdentity newPatient() {
        synchronized (random) {
            PersonName name = PersonName.of(GIVEN.get(random.nextInt(GIVEN.size())),
                    FAMILY.get(random.nextInt(FAMILY.size())));
            LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(25_000));
            return PatientIdentity.of(name, birth, null, ContactDetails.none());
        }
    }

    /**
     * Makes a new idempotency key, as a portal would.
     *
     * @return a key, not null
     */
    public String newIdempotencyKey() {
        return "portal-" + Long.toHexString(nextLong() & Long.MAX_VALUE);
    }

    /**
     * Submits a request of a new patient, with a new idempotency key, that needs no authorization.
     *
     * @param number  the number the repository handed out, not null
     * @param receivedAt  the receipt time, not null
     * @return the transition that creates the request (expected version 0), not null
     */
    public Transition submit(RequestNumber number, Instant receivedAt) {
        return submit(number, receivedAt, newPatient(), Optional.of(newIdempotencyKey()), false);
    }

    /**
     * Submits a request.
     *
     * @param number  the number the repository handed out, not null
     * @param receivedAt  the receipt time, not null
     * @param patient  the patient, not null
     * @param idempotencyKey  the portal's key, not null
     * @param authorizationRequired  true to make the request wait for an authorization
     *         ({@code AWAITING_AUTHORIZATION}); false leaves it {@code IN_PROCESS}
     * @return the transition that creates the request (expected version 0), not null
     */
    public Transition submit(RequestNumber number, Instant receivedAt, PatientIdentity patient,
            Optional<String> idempotencyKey, boolean authorizationRequired) {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        RecordsRequest request = RecordsRequest.builder(practiceId)
                .requester(Requester.patient())
                .legalBasis(LegalBasis.INDIVIDUAL_ACCESS)
                .purpose(Purpose.of(PurposeKind.AT_REQUEST_OF_INDIVIDUAL))
                .patient(patient)
                .selection(RecordSelection.of(RecordType.CLINICAL_VISIT_SUMMARY))
                .delivery(Delivery.portalDownload())
                .build();
        LocalDate receivedOn = receivedAt.atZone(practice.zone()).toLocalDate();
        Optional<DueDate> due = DeadlineCalculator.of(DeadlineRules.defaults(), practice.businessCalendar())
                .dueDate(DeadlineQuery.forRequest(request, receivedOn, practice.jurisdictions()));
        return RequestCase.submit(RequestId.random(), number, request, receivedAt, idempotencyKey, Optional.empty(),
                authorizationRequired, FeeCalculator.standard().estimate(practice.priceList(), request, receivedOn,
                        practice.jurisdictions()), due, Optional.empty(), Actor.requester("portal-contract"),
                practice.zone());
    }

    /**
     * Records that the requester's identity was verified; the status stays.
     *
     * @param request  an open request, not null
     * @param at  when, not null
     * @return the transition, not null
     */
    public Transition verifyIdentity(RequestCase request, Instant at) {
        Objects.requireNonNull(request, "request");
        return request.verifyIdentity(IdentityVerification.of("staff-contract",
                VerificationMethod.PATIENT_PORTAL_ACCOUNT, at), STAFF);
    }

    /**
     * Records the fulfilment of an in-process request: the portal copy costs nothing, so the request
     * becomes {@code READY_FOR_RELEASE}.
     *
     * @param request  a request in process, not null
     * @param at  when, not null
     * @return the transition, not null
     */
    public Transition recordFulfilment(RequestCase request, Instant at) {
        Objects.requireNonNull(request, "request");
        List<SelectionFulfilment> fulfilment = new ArrayList<>();
        for (int i = 0; i < request.request().selections().size(); i++) {
            fulfilment.add(SelectionFulfilment.ofPages(i, 4, RecordKeeping.ELECTRONIC));
        }
        LocalDate receivedOn = request.receivedAt().atZone(practice.zone()).toLocalDate();
        Quote quote = FeeCalculator.standard().quote(practice.priceList(), request.request(),
                RequestCase.totals(fulfilment), receivedOn, practice.jurisdictions());
        return request.recordFulfilment(fulfilment, quote, STAFF, at);
    }

    /**
     * Releases a request ready for release (identity verified, fee settled) by portal download; the
     * request is then closed.
     *
     * @param request  a request ready for release, not null
     * @param at  when, not null
     * @return the transition, not null
     */
    public Transition release(RequestCase request, Instant at) {
        Objects.requireNonNull(request, "request");
        return request.release(request.request().delivery().method(), Optional.empty(), practice.name(), STAFF,
                at.atZone(practice.zone()));
    }

    /**
     * Makes a disclosure-log entry for a request, as a release the accounting lists would write it.
     *
     * @param request  the request, not null
     * @param at  when it was disclosed, not null
     * @return the entry, with a new id, not null
     */
    public DisclosureEntry disclosure(RequestCase request, Instant at) {
        Objects.requireNonNull(request, "request");
        return new DisclosureEntry(UUID.randomUUID(), request.practiceId(), request.patientKey(),
                Optional.of(request.number()), at, "Connecticut Department of Public Health",
                Optional.of("410 Capitol Ave, Hartford, CT 06134"), "Clinical visit summary",
                "PUBLIC_HEALTH: reportable condition", LegalBasis.PUBLIC_HEALTH, practice.name());
    }

    /**
     * Makes a disclosure-log entry for a patient that no request caused (for example one a business
     * associate made), of this builder's practice.
     *
     * @param patient  the patient's key, not null
     * @param at  when it was disclosed, not null
     * @return the entry, with a new id, not null
     */
    public DisclosureEntry disclosure(PatientKey patient, Instant at) {
        Objects.requireNonNull(patient, "patient");
        return new DisclosureEntry(UUID.randomUUID(), practiceId, patient, Optional.empty(), at,
                "State Medical Board", Optional.empty(), "Billing records", "HEALTH_OVERSIGHT: audit",
                LegalBasis.HEALTH_OVERSIGHT, "Records Co. (business associate)");
    }

    /**
     * Makes one pending outbox message per event of a transition, by webhook, keyed by the event.
     *
     * @param transition  the transition, not null
     * @return the messages, not null
     */
    public List<OutboxMessage> messages(Transition transition) {
        Objects.requireNonNull(transition, "transition");
        List<OutboxMessage> messages = new ArrayList<>();
        for (DomainEvent e : transition.events()) {
            messages.add(OutboxMessage.pending(e.idempotencyKey(), e.practiceId(), e.number(), e.type(),
                    Channel.WEBHOOK, "ehr-vendor", Map.of("requestNumber", e.number().value(), "status",
                            e.status().name(), "event", e.type().name()), e.at()));
        }
        return List.copyOf(messages);
    }

    /**
     * Makes a pending outbox message for a request, created at a given time.
     *
     * @param request  the request, not null
     * @param createdAt  when it was written; it is due from then, not null
     * @return the message, with a new id and key, not null
     */
    public OutboxMessage message(RequestCase request, Instant createdAt) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(createdAt, "createdAt");
        return OutboxMessage.pending(request.id() + ":" + UUID.randomUUID(), request.practiceId(), request.number(),
                EventType.SUBMITTED, Channel.WEBHOOK, "ehr-vendor",
                Map.of("requestNumber", request.number().value(), "status", request.status().name()), createdAt);
    }

    /**
     * Makes the change set of a transition with one message per event and its own disclosure entries.
     *
     * @param transition  the transition, not null
     * @return the change set, not null
     */
    public ChangeSet changeSet(Transition transition) {
        return ChangeSet.of(transition, messages(transition));
    }

    /**
     * Makes the change set of a transition with given messages and extra disclosure entries.
     *
     * @param transition  the transition, not null
     * @param messages  the outbox messages, not null
     * @param disclosures  disclosure entries added to the transition's own, not null
     * @return the change set, not null
     */
    public ChangeSet changeSet(Transition transition, List<OutboxMessage> messages,
            List<DisclosureEntry> disclosures) {
        Objects.requireNonNull(transition, "transition");
        List<DisclosureEntry> all = new ArrayList<>(transition.disclosures());
        all.addAll(disclosures);
        return new ChangeSet(transition.after(), transition.expectedVersion(), transition.history(), all, messages);
    }

    /**
     * Returns a copy of a request with another history, as a buggy or malicious caller might build
     * it; for checking that a store keeps history append-only.
     *
     * @param request  the request, not null
     * @param history  the history, at least one entry, not null
     * @return the copy, not null
     */
    public static RequestCase withHistory(RequestCase request, List<HistoryEntry> history) {
        return RequestCase.restore(request.snapshot().withHistory(history));
    }

    private long nextLong() {
        synchronized (random) {
            return random.nextLong();
        }
    }

    @Override
    public String toString() {
        return "RequestCases[" + practiceId + "]";
    }
}
