package io.github.medrecords.store.jdbc.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.medrecords.core.authorization.Authorization;
import io.github.medrecords.core.authorization.IdentityVerification;
import io.github.medrecords.core.fee.Estimate;
import io.github.medrecords.core.fee.Quote;
import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.port.UnstorableTextException;
import io.github.medrecords.core.request.RecordsRequest;
import io.github.medrecords.core.timeframe.BusinessCalendar;
import io.github.medrecords.core.timeframe.DueDate;
import io.github.medrecords.core.workflow.DeadlineAlert;
import io.github.medrecords.core.workflow.Denial;
import io.github.medrecords.core.workflow.HandOff;
import io.github.medrecords.core.workflow.HistoryEntry;
import io.github.medrecords.core.workflow.Invoice;
import io.github.medrecords.core.workflow.PatientKey;
import io.github.medrecords.core.workflow.Payment;
import io.github.medrecords.core.workflow.Refund;
import io.github.medrecords.core.workflow.Release;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestId;
import io.github.medrecords.core.workflow.RequestNumber;
import io.github.medrecords.core.workflow.RequestStatus;
import io.github.medrecords.core.workflow.Review;
import io.github.medrecords.core.workflow.SelectionFulfilment;
import io.github.medrecords.core.workflow.Waiver;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes a request's persistence form ({@link RequestCase.Snapshot}) as a JSON document and reads it
 * back, every part except the history (stored as rows) and the version (a column). The format is
 * described in the module's README; {@link #FORMAT} is the version written, and every older version
 * stays readable.
 *
 * <p>Format 3 holds facts and references, never copies of the law: what was asked, what staff recorded,
 * the quote's lines and totals, each finding's outcome with its rule's id, kind and the id and version of
 * its schedule, the due date's dates with each deadline rule's key and version, and the calendar's zone.
 * The law is looked up in a {@link Law} when a request is read. The parts are written by one codec per
 * core package: {@link RequestCodec}, {@link FeeCodec}, {@link TimeframeCodec}, {@link WorkflowCodec}.
 *
 * <p>Thread-safe.
 */
public final class DocumentCodec {

    /** The document format this codec writes. */
    public static final int FORMAT = 3;

    private final FeeCodec fees;
    private final TimeframeCodec timeframes;

    /**
     * Creates a codec reading under the library's built-in law.
     *
     * @param calendars  the practice's current business calendar, which due dates count in; not null
     */
    public DocumentCodec(Function<PracticeId, Optional<BusinessCalendar>> calendars) {
        this(Law.builtIn(), calendars);
    }

    /**
     * Creates a codec.
     *
     * @param law  the law requests are read back under, not null
     * @param calendars  the practice's current business calendar, which due dates count in; not null
     */
    public DocumentCodec(Law law, Function<PracticeId, Optional<BusinessCalendar>> calendars) {
        this.fees = new FeeCodec(law);
        this.timeframes = new TimeframeCodec(law, calendars);
    }

    /**
     * Writes a snapshot's document.
     *
     * @param s  the snapshot, not null
     * @return the JSON text, not null
     * @throws UnstorableTextException if a text of the request holds a NUL character or an unpaired
     *     surrogate, which PostgreSQL would refuse or store as {@code ?}; the message gives its position
     *     in the document, never the text
     */
    public String encode(RequestCase.Snapshot s) {
        JsonOut o = new JsonOut();
        o.startObject();
        o.number("format", FORMAT);
        o.text("id", s.id().toString());
        o.text("number", s.number().value());
        o.text("practiceId", s.practiceId().value());
        o.instant("receivedAt", s.receivedAt());
        o.optional("idempotencyKey", s.idempotencyKey());
        o.text("patientKey", s.patientKey().value());
        o.enumName("status", s.status());
        o.bool("priorityRaised", s.priorityRaised());
        o.optional("repeatOf", s.repeatOf().map(RequestNumber::value));
        o.number("repeatCount", s.repeatCount());
        o.bool("authorizationRequired", s.authorizationRequired());
        o.part("request", s.request(), RequestCodec::request);
        o.optionalPart("authorization", s.authorization(), RequestCodec::authorization);
        o.optionalPart("identity", s.identity(), RequestCodec::identity);
        o.part("estimate", s.estimate(), fees::estimate);
        o.optionalPart("dueDate", s.dueDate(), timeframes::dueDate);
        o.list("fulfilment", s.fulfilment(), WorkflowCodec::fulfilment);
        o.optionalPart("quote", s.quote(), fees::quote);
        o.optionalPart("invoice", s.invoice(), WorkflowCodec::invoice);
        o.list("payments", s.payments(), WorkflowCodec::payment);
        o.optionalPart("waiver", s.waiver(), WorkflowCodec::waiver);
        o.list("refunds", s.refunds(), WorkflowCodec::refund);
        o.optionalPart("release", s.release(), WorkflowCodec::release);
        o.optionalPart("denial", s.denial(), WorkflowCodec::denial);
        o.optionalPart("review", s.review(), WorkflowCodec::review);
        o.optionalPart("handOff", s.handOff(), WorkflowCodec::handOff);
        o.names("alertsRaised", s.alertsRaised());
        o.endObject();
        String text = o.finish();
        if (o.unstorableAt() >= 0) {
            throw new UnstorableTextException(o.unstorableAt());
        }
        return text;
    }

    /**
     * Tells whether reading the snapshot's document now would give back the snapshot's own parts: every
     * compliance finding's limit is one this codec's law refers to, every deadline's rule is the law's rule
     * of its key and version, and the due date counts in the calendar a read would count it in now. A
     * store may keep such a snapshot instead of decoding its document again ({@link DecodedRequests}).
     *
     * @param s  the snapshot, not null
     * @return true if a read gives an equal snapshot
     */
    public boolean readsBack(RequestCase.Snapshot s) {
        return (s.quote().isEmpty() || fees.readsBack(s.quote().get()))
                && (s.dueDate().isEmpty() || timeframes.readsBack(s.dueDate().get(), s.practiceId()));
    }

    /**
     * Reads a document back into a snapshot.
     *
     * @param document  the JSON text, not null
     * @param version  the stored version
     * @param history  the stored history rows, oldest first, not null
     * @return the snapshot, not null
     * @throws Json.DocumentException if the document is unreadable, of an unknown format, or its parts
     *     are invalid; the message names no stored value
     */
    public RequestCase.Snapshot decode(String document, long version, List<HistoryEntry> history) {
        Objects.requireNonNull(document, "document");
        // This codec writes the format first, and parts are read according to it: a document whose
        // format comes later (written by hand or by another tool) is read as a tree and put in order.
        JsonIn in = document.startsWith(FORMAT_FIRST) ? JsonIn.of(document) : JsonIn.of(formatFirst(document));
        if (!"format".equals(in.object("document").next())) {
            throw new Json.DocumentException("The stored document lacks the field 'format'", null);
        }
        int format = in.integer();
        if (format < 1 || format > FORMAT) {
            throw new Json.DocumentException("Document format " + format + " is not one this version reads (1-"
                    + FORMAT + ")", null);
        }
        try {
            return read(in, format, version, history);
        } catch (Json.DocumentException e) {
            throw e;
        } catch (RuntimeException e) {
            // Value types name the rule they enforce; the cause is kept for the operator.
            throw new Json.DocumentException("The stored document holds a part that is no longer valid ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static final String FORMAT_FIRST = "{\"format\":";

    private static JsonNode formatFirst(String document) {
        JsonNode tree = Json.read(document);
        if (!(tree instanceof ObjectNode object)) {
            return tree;
        }
        ObjectNode ordered = Json.object();
        JsonNode format = object.get("format");
        if (format != null) {
            ordered.set("format", format);
        }
        ordered.setAll(object);
        return ordered;
    }

    private RequestCase.Snapshot read(JsonIn in, int format, long version, List<HistoryEntry> history) {
        // Format 1 predates denials, reviews, hand-offs and deadline alerts: they default to none.
        boolean two = format >= 2;
        String id = null;
        String number = null;
        String practiceId = null;
        Instant receivedAt = null;
        String idempotencyKey = null;
        String patientKey = null;
        RequestStatus status = null;
        boolean priorityRaised = false;
        String repeatOf = null;
        Integer repeatCount = null;
        boolean authorizationRequired = false;
        RecordsRequest request = null;
        Authorization authorization = null;
        IdentityVerification identity = null;
        Estimate estimate = null;
        Function<PracticeId, DueDate> dueDate = null;
        List<SelectionFulfilment> fulfilment = List.of();
        Quote quote = null;
        Invoice invoice = null;
        List<Payment> payments = List.of();
        Waiver waiver = null;
        List<Refund> refunds = List.of();
        Release release = null;
        Denial denial = null;
        Review review = null;
        HandOff handOff = null;
        Set<DeadlineAlert> alerts = Set.of();
        for (String f = in.next(); f != null; f = in.next()) {
            switch (f) {
                case "id" -> id = in.text();
                case "number" -> number = in.text();
                case "practiceId" -> practiceId = in.text();
                case "receivedAt" -> receivedAt = in.instant();
                case "idempotencyKey" -> idempotencyKey = in.text();
                case "patientKey" -> patientKey = in.text();
                case "status" -> status = in.enumValue(RequestStatus.class);
                case "priorityRaised" -> priorityRaised = in.bool();
                case "repeatOf" -> repeatOf = in.text();
                case "repeatCount" -> repeatCount = in.integer();
                case "authorizationRequired" -> authorizationRequired = in.bool();
                case "request" -> request = RequestCodec.request(in);
                case "authorization" -> authorization = RequestCodec.authorization(in);
                case "identity" -> identity = RequestCodec.identity(in);
                case "estimate" -> estimate = fees.estimate(in);
                case "dueDate" -> dueDate = timeframes.dueDate(in, format);
                case "fulfilment" -> fulfilment = in.list(WorkflowCodec::fulfilment);
                case "quote" -> quote = fees.quote(in, format);
                case "invoice" -> invoice = WorkflowCodec.invoice(in);
                case "payments" -> payments = in.list(WorkflowCodec::payment);
                case "waiver" -> waiver = WorkflowCodec.waiver(in);
                case "refunds" -> refunds = in.list(WorkflowCodec::refund);
                case "release" -> release = WorkflowCodec.release(in);
                case "denial" -> denial = two ? WorkflowCodec.denial(in) : skip(in);
                case "review" -> review = two ? WorkflowCodec.review(in) : skip(in);
                case "handOff" -> handOff = two ? WorkflowCodec.handOff(in) : skip(in);
                case "alertsRaised" -> alerts = two ? in.enumSet(DeadlineAlert.class) : skip(in);
                default -> in.skip();
            }
        }
        in.end();
        PracticeId practice = PracticeId.of(JsonIn.required(practiceId, "practiceId"));
        RequestCase.Snapshot.Filing filing = new RequestCase.Snapshot.Filing(
                RequestId.parse(JsonIn.required(id, "id")), RequestNumber.parse(JsonIn.required(number, "number")),
                practice, JsonIn.required(request, "request"), JsonIn.required(receivedAt, "receivedAt"),
                Optional.ofNullable(idempotencyKey), new PatientKey(JsonIn.required(patientKey, "patientKey")),
                Optional.ofNullable(repeatOf).map(RequestNumber::parse));
        RequestCase.Snapshot.Progress progress = new RequestCase.Snapshot.Progress(
                JsonIn.required(status, "status"), priorityRaised, JsonIn.required(repeatCount, "repeatCount"),
                authorizationRequired, Optional.ofNullable(authorization), Optional.ofNullable(identity),
                Optional.ofNullable(dueDate).map(d -> d.apply(practice)), alerts == null ? Set.of() : alerts);
        RequestCase.Snapshot.Fees fees = new RequestCase.Snapshot.Fees(JsonIn.required(estimate, "estimate"),
                fulfilment, Optional.ofNullable(quote), Optional.ofNullable(invoice), payments,
                Optional.ofNullable(waiver), refunds);
        RequestCase.Snapshot.Outcome outcome = new RequestCase.Snapshot.Outcome(Optional.ofNullable(release),
                Optional.ofNullable(denial), Optional.ofNullable(review), Optional.ofNullable(handOff));
        return new RequestCase.Snapshot(filing, progress, fees, outcome, history, version);
    }

    /** Skips a part an older format did not have; returns null, its value there. */
    private static <T> T skip(JsonIn in) {
        in.skip();
        return null;
    }
}
