package io.github.medrecords.store.jdbc.internal;

import static io.github.medrecords.store.jdbc.internal.Json.bool;
import static io.github.medrecords.store.jdbc.internal.Json.enumSet;
import static io.github.medrecords.store.jdbc.internal.Json.enumValue;
import static io.github.medrecords.store.jdbc.internal.Json.field;
import static io.github.medrecords.store.jdbc.internal.Json.instant;
import static io.github.medrecords.store.jdbc.internal.Json.integer;
import static io.github.medrecords.store.jdbc.internal.Json.items;
import static io.github.medrecords.store.jdbc.internal.Json.names;
import static io.github.medrecords.store.jdbc.internal.Json.optText;
import static io.github.medrecords.store.jdbc.internal.Json.put;
import static io.github.medrecords.store.jdbc.internal.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.timeframe.BusinessCalendar;
import io.github.medrecords.core.workflow.DeadlineAlert;
import io.github.medrecords.core.workflow.HistoryEntry;
import io.github.medrecords.core.workflow.PatientKey;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestId;
import io.github.medrecords.core.workflow.RequestNumber;
import io.github.medrecords.core.workflow.RequestStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
     */
    public String encode(RequestCase.Snapshot s) {
        ObjectNode d = Json.object();
        d.put("format", FORMAT);
        d.put("id", s.id().toString());
        d.put("number", s.number().value());
        d.put("practiceId", s.practiceId().value());
        d.put("receivedAt", s.receivedAt().toString());
        put(d, "idempotencyKey", s.idempotencyKey());
        d.put("patientKey", s.patientKey().value());
        d.put("status", s.status().name());
        d.put("priorityRaised", s.priorityRaised());
        put(d, "repeatOf", s.repeatOf().map(RequestNumber::value));
        d.put("repeatCount", s.repeatCount());
        d.put("authorizationRequired", s.authorizationRequired());
        d.set("request", RequestCodec.request(s.request()));
        s.authorization().ifPresent(a -> d.set("authorization", RequestCodec.authorization(a)));
        s.identity().ifPresent(i -> d.set("identity", RequestCodec.identity(i)));
        d.set("estimate", fees.estimate(s.estimate()));
        s.dueDate().ifPresent(due -> d.set("dueDate", timeframes.dueDate(due)));
        d.set("fulfilment", Json.list(s.fulfilment(), WorkflowCodec::fulfilment));
        s.quote().ifPresent(q -> d.set("quote", fees.quote(q)));
        s.invoice().ifPresent(i -> d.set("invoice", WorkflowCodec.invoice(i)));
        d.set("payments", Json.list(s.payments(), WorkflowCodec::payment));
        s.waiver().ifPresent(w -> d.set("waiver", WorkflowCodec.waiver(w)));
        d.set("refunds", Json.list(s.refunds(), WorkflowCodec::refund));
        s.release().ifPresent(r -> d.set("release", WorkflowCodec.release(r)));
        s.denial().ifPresent(x -> d.set("denial", WorkflowCodec.denial(x)));
        s.review().ifPresent(x -> d.set("review", WorkflowCodec.review(x)));
        s.handOff().ifPresent(x -> d.set("handOff", WorkflowCodec.handOff(x)));
        d.set("alertsRaised", names(new TreeSet<>(s.alertsRaised())));
        return Json.write(d);
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
        JsonNode d = Json.read(Objects.requireNonNull(document, "document"));
        int format = integer(d, "format");
        if (format < 1 || format > FORMAT) {
            throw new Json.DocumentException("Document format " + format + " is not one this version reads (1-"
                    + FORMAT + ")", null);
        }
        // Format 1 predates denials, reviews, hand-offs and deadline alerts: they default to none.
        boolean two = format >= 2;
        try {
            PracticeId practice = PracticeId.of(text(d, "practiceId"));
            RequestCase.Snapshot.Filing filing = new RequestCase.Snapshot.Filing(RequestId.parse(text(d, "id")),
                    RequestNumber.parse(text(d, "number")), practice, RequestCodec.request(field(d, "request")),
                    instant(d, "receivedAt"), optText(d, "idempotencyKey"), new PatientKey(text(d, "patientKey")),
                    optText(d, "repeatOf").map(RequestNumber::parse));
            RequestCase.Snapshot.Progress progress = new RequestCase.Snapshot.Progress(
                    enumValue(d, "status", RequestStatus.class), bool(d, "priorityRaised"), integer(d, "repeatCount"),
                    bool(d, "authorizationRequired"),
                    Optional.ofNullable(d.get("authorization")).map(RequestCodec::authorization),
                    Optional.ofNullable(d.get("identity")).map(RequestCodec::identity),
                    Optional.ofNullable(d.get("dueDate")).map(n -> timeframes.dueDate(n, practice, format)),
                    two ? enumSet(d, "alertsRaised", DeadlineAlert.class) : Set.of());
            RequestCase.Snapshot.Fees fees = new RequestCase.Snapshot.Fees(this.fees.estimate(field(d, "estimate")),
                    items(d, "fulfilment", WorkflowCodec::fulfilment),
                    Optional.ofNullable(d.get("quote")).map(n -> this.fees.quote(n, format)),
                    Optional.ofNullable(d.get("invoice")).map(WorkflowCodec::invoice),
                    items(d, "payments", WorkflowCodec::payment),
                    Optional.ofNullable(d.get("waiver")).map(WorkflowCodec::waiver),
                    items(d, "refunds", WorkflowCodec::refund));
            RequestCase.Snapshot.Outcome outcome = new RequestCase.Snapshot.Outcome(
                    Optional.ofNullable(d.get("release")).map(WorkflowCodec::release),
                    Optional.ofNullable(two ? d.get("denial") : null).map(WorkflowCodec::denial),
                    Optional.ofNullable(two ? d.get("review") : null).map(WorkflowCodec::review),
                    Optional.ofNullable(two ? d.get("handOff") : null).map(WorkflowCodec::handOff));
            return new RequestCase.Snapshot(filing, progress, fees, outcome, history, version);
        } catch (Json.DocumentException e) {
            throw e;
        } catch (RuntimeException e) {
            // Value types name the rule they enforce; the cause is kept for the operator.
            throw new Json.DocumentException("The stored document holds a part that is no longer valid ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }
}
