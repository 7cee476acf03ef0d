package io.github.medrecords.store.jdbc.internal;

import static io.github.medrecords.store.jdbc.internal.Json.bool;
import static io.github.medrecords.store.jdbc.internal.Json.date;
import static io.github.medrecords.store.jdbc.internal.Json.dateOrNull;
import static io.github.medrecords.store.jdbc.internal.Json.enumOrNull;
import static io.github.medrecords.store.jdbc.internal.Json.enumSet;
import static io.github.medrecords.store.jdbc.internal.Json.enumValue;
import static io.github.medrecords.store.jdbc.internal.Json.field;
import static io.github.medrecords.store.jdbc.internal.Json.instant;
import static io.github.medrecords.store.jdbc.internal.Json.integer;
import static io.github.medrecords.store.jdbc.internal.Json.items;
import static io.github.medrecords.store.jdbc.internal.Json.longValue;
import static io.github.medrecords.store.jdbc.internal.Json.money;
import static io.github.medrecords.store.jdbc.internal.Json.names;
import static io.github.medrecords.store.jdbc.internal.Json.optInstant;
import static io.github.medrecords.store.jdbc.internal.Json.optMoney;
import static io.github.medrecords.store.jdbc.internal.Json.optText;
import static io.github.medrecords.store.jdbc.internal.Json.put;
import static io.github.medrecords.store.jdbc.internal.Json.putMoney;
import static io.github.medrecords.store.jdbc.internal.Json.text;
import static io.github.medrecords.store.jdbc.internal.Json.textItems;
import static io.github.medrecords.store.jdbc.internal.Json.textOrNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.medrecords.core.authorization.Authorization;
import io.github.medrecords.core.authorization.Expiration;
import io.github.medrecords.core.authorization.IdentityVerification;
import io.github.medrecords.core.authorization.VerificationMethod;
import io.github.medrecords.core.fee.ChargeBasis;
import io.github.medrecords.core.fee.ChargeScope;
import io.github.medrecords.core.fee.Citation;
import io.github.medrecords.core.fee.Compliance;
import io.github.medrecords.core.fee.ComplianceFinding;
import io.github.medrecords.core.fee.ComplianceOutcome;
import io.github.medrecords.core.fee.CopyFormat;
import io.github.medrecords.core.fee.Estimate;
import io.github.medrecords.core.fee.FeeCondition;
import io.github.medrecords.core.fee.FeeContext;
import io.github.medrecords.core.fee.FeeLine;
import io.github.medrecords.core.fee.LegalLimit;
import io.github.medrecords.core.fee.LimitKind;
import io.github.medrecords.core.fee.LineKind;
import io.github.medrecords.core.fee.Quote;
import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.ContactDetails;
import io.github.medrecords.core.party.EmailAddress;
import io.github.medrecords.core.party.PersonName;
import io.github.medrecords.core.party.PhoneNumber;
import io.github.medrecords.core.party.PostalAddress;
import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.DateRange;
import io.github.medrecords.core.request.Delivery;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.Directive;
import io.github.medrecords.core.request.DocumentKind;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PatientIdentity;
import io.github.medrecords.core.request.ProviderRecipient;
import io.github.medrecords.core.request.Purpose;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordSelection;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RecordsRequest;
import io.github.medrecords.core.request.RepresentativeKind;
import io.github.medrecords.core.request.Requester;
import io.github.medrecords.core.request.RequesterRole;
import io.github.medrecords.core.request.Signature;
import io.github.medrecords.core.request.SupportingDocument;
import io.github.medrecords.core.request.ThirdPartyKind;
import io.github.medrecords.core.timeframe.BusinessCalendar;
import io.github.medrecords.core.timeframe.DayCount;
import io.github.medrecords.core.timeframe.DeadlineQuery;
import io.github.medrecords.core.timeframe.DeadlineRule;
import io.github.medrecords.core.timeframe.DueDate;
import io.github.medrecords.core.timeframe.Extension;
import io.github.medrecords.core.timeframe.HolidayCalendar;
import io.github.medrecords.core.timeframe.RequestKind;
import io.github.medrecords.core.timeframe.RuleDeadline;
import io.github.medrecords.core.timeframe.RuleStatus;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.core.workflow.DeadlineAlert;
import io.github.medrecords.core.workflow.Denial;
import io.github.medrecords.core.workflow.DenialGround;
import io.github.medrecords.core.workflow.HandOff;
import io.github.medrecords.core.workflow.HistoryEntry;
import io.github.medrecords.core.workflow.Invoice;
import io.github.medrecords.core.workflow.LicensedProfessional;
import io.github.medrecords.core.workflow.PatientKey;
import io.github.medrecords.core.workflow.Payment;
import io.github.medrecords.core.workflow.PaymentMethod;
import io.github.medrecords.core.workflow.Refund;
import io.github.medrecords.core.workflow.Release;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestId;
import io.github.medrecords.core.workflow.RequestNumber;
import io.github.medrecords.core.workflow.RequestStatus;
import io.github.medrecords.core.workflow.Review;
import io.github.medrecords.core.workflow.SelectionFulfilment;
import io.github.medrecords.core.workflow.Waiver;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Writes a request's persistence form ({@link RequestCase.Snapshot}) as a JSON document and reads it
 * back, every part except the history (stored as rows) and the version (a column). The format is
 * described in the module's README; {@link #FORMAT} is the version written, and every older version
 * stays readable.
 *
 * <p>Derived values (totals, the binding deadline, a compliance outcome) are recomputed on reading from
 * the stored parts with the same code that computed them; totals are stored as well and checked.
 *
 * <p>Thread-safe.
 */
public final class DocumentCodec {

    /** The document format this codec writes. */
    public static final int FORMAT = 2;

    private static final int FIRST_YEAR = BusinessCalendar.MIN_YEAR;
    private static final int LAST_YEAR = BusinessCalendar.MAX_YEAR;
    private static final int CACHE_LIMIT = 256;

    private final Function<PracticeId, Optional<BusinessCalendar>> calendars;
    private final Map<HolidayCalendar, ObjectNode> holidayCache = new ConcurrentHashMap<>();
    /** Calendars read back, by their stored form: requests of a practice share one, and its year tables. */
    private final Map<String, BusinessCalendar> decodedCalendars = new ConcurrentHashMap<>();

    /**
     * Creates a codec.
     *
     * @param calendars  the practice's current business calendar, for due dates whose holiday
     *     calendar cannot be written as dates; not null
     */
    public DocumentCodec(Function<PracticeId, Optional<BusinessCalendar>> calendars) {
        this.calendars = Objects.requireNonNull(calendars, "calendars");
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
        d.set("request", request(s.request()));
        s.authorization().ifPresent(a -> d.set("authorization", authorization(a)));
        s.identity().ifPresent(i -> d.set("identity", identity(i)));
        d.set("estimate", estimate(s.estimate()));
        s.dueDate().ifPresent(due -> d.set("dueDate", dueDate(due, s.receivedAt().atZone(
                due.calendar().zone()).getYear())));
        d.set("fulfilment", Json.list(s.fulfilment(), DocumentCodec::fulfilment));
        s.quote().ifPresent(q -> d.set("quote", quote(q)));
        s.invoice().ifPresent(i -> d.set("invoice", invoice(i)));
        d.set("payments", Json.list(s.payments(), DocumentCodec::payment));
        s.waiver().ifPresent(w -> d.set("waiver", waiver(w)));
        d.set("refunds", Json.list(s.refunds(), DocumentCodec::refund));
        s.release().ifPresent(r -> d.set("release", release(r)));
        s.denial().ifPresent(x -> d.set("denial", denial(x)));
        s.review().ifPresent(x -> d.set("review", review(x)));
        s.handOff().ifPresent(x -> d.set("handOff", handOff(x)));
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
            return new RequestCase.Snapshot(RequestId.parse(text(d, "id")), RequestNumber.parse(text(d, "number")),
                    practice, request(field(d, "request")), instant(d, "receivedAt"), optText(d, "idempotencyKey"),
                    new PatientKey(text(d, "patientKey")), enumValue(d, "status", RequestStatus.class),
                    bool(d, "priorityRaised"), optText(d, "repeatOf").map(RequestNumber::parse),
                    integer(d, "repeatCount"), bool(d, "authorizationRequired"),
                    Optional.ofNullable(d.get("authorization")).map(DocumentCodec::authorization),
                    Optional.ofNullable(d.get("identity")).map(DocumentCodec::identity),
                    estimate(field(d, "estimate")),
                    Optional.ofNullable(d.get("dueDate")).map(n -> dueDate(n, practice)),
                    items(d, "fulfilment", DocumentCodec::fulfilment),
                    Optional.ofNullable(d.get("quote")).map(DocumentCodec::quote),
                    Optional.ofNullable(d.get("invoice")).map(DocumentCodec::invoice),
                    items(d, "payments", DocumentCodec::payment),
                    Optional.ofNullable(d.get("waiver")).map(DocumentCodec::waiver),
                    items(d, "refunds", DocumentCodec::refund),
                    Optional.ofNullable(d.get("release")).map(DocumentCodec::release),
                    Optional.ofNullable(two ? d.get("denial") : null).map(DocumentCodec::denial),
                    Optional.ofNullable(two ? d.get("review") : null).map(DocumentCodec::review),
                    Optional.ofNullable(two ? d.get("handOff") : null).map(DocumentCodec::handOff),
                    two ? enumSet(d, "alertsRaised", DeadlineAlert.class) : Set.of(), history, version);
        } catch (Json.DocumentException e) {
            throw e;
        } catch (RuntimeException e) {
            // Value types name the rule they enforce; the cause is kept for the operator.
            throw new Json.DocumentException("The stored document holds a part that is no longer valid ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    // ---- request -------------------------------------------------------------------------------

    private static ObjectNode request(RecordsRequest r) {
        ObjectNode n = Json.object();
        n.put("practiceId", r.practiceId().value());
        n.set("requester", requester(r.requester()));
        n.put("legalBasis", r.legalBasis().name());
        ObjectNode purpose = Json.object();
        purpose.put("kind", r.purpose().kind().name());
        put(purpose, "description", r.purpose().description());
        n.set("purpose", purpose);
        n.set("documents", Json.list(r.documents(), doc -> {
            ObjectNode o = Json.object();
            o.put("kind", doc.kind().name());
            o.put("reference", doc.reference());
            return o;
        }));
        n.set("patient", patient(r.patient()));
        n.set("selections", Json.list(r.selections(), DocumentCodec::selection));
        n.set("delivery", delivery(r.delivery()));
        r.directive().ifPresent(dir -> {
            ObjectNode o = Json.object();
            o.put("signerName", dir.signature().signerName());
            o.put("signedOn", dir.signature().signedOn().toString());
            o.put("recipientName", dir.recipientName());
            n.set("directive", o);
        });
        return n;
    }

    private static RecordsRequest request(JsonNode n) {
        RecordsRequest.Builder b = RecordsRequest.builder(PracticeId.of(text(n, "practiceId")))
                .requester(requester(field(n, "requester")))
                .legalBasis(enumValue(n, "legalBasis", LegalBasis.class));
        JsonNode purpose = field(n, "purpose");
        b.purpose(Purpose.of(enumValue(purpose, "kind", PurposeKind.class), textOrNull(purpose, "description")));
        items(n, "documents", o -> SupportingDocument.of(enumValue(o, "kind", DocumentKind.class),
                text(o, "reference"))).forEach(b::document);
        b.patient(patient(field(n, "patient")));
        items(n, "selections", DocumentCodec::selection).forEach(b::selection);
        b.delivery(delivery(field(n, "delivery")));
        JsonNode directive = n.get("directive");
        if (directive != null) {
            b.directive(Directive.of(Signature.of(text(directive, "signerName"), date(directive, "signedOn")),
                    text(directive, "recipientName")));
        }
        return b.build();
    }

    private static ObjectNode requester(Requester r) {
        ObjectNode n = Json.object();
        n.put("role", r.role().name());
        put(n, "name", r.name());
        put(n, "organization", r.organization());
        put(n, "representativeKind", r.representativeKind().map(Enum::name));
        put(n, "thirdPartyKind", r.thirdPartyKind().map(Enum::name));
        n.set("contact", contact(r.contact()));
        return n;
    }

    private static Requester requester(JsonNode n) {
        RequesterRole role = enumValue(n, "role", RequesterRole.class);
        ContactDetails contact = contact(field(n, "contact"));
        switch (role) {
            case PATIENT:
                return Requester.patient();
            case PERSONAL_REPRESENTATIVE:
                return Requester.personalRepresentative(enumValue(n, "representativeKind", RepresentativeKind.class),
                        text(n, "name"), contact);
            case PROVIDER:
                return Requester.provider(text(n, "name"), text(n, "organization"), contact);
            default:
                return Requester.thirdParty(enumValue(n, "thirdPartyKind", ThirdPartyKind.class), text(n, "name"),
                        textOrNull(n, "organization"), contact);
        }
    }

    private static ObjectNode contact(ContactDetails c) {
        ObjectNode n = Json.object();
        put(n, "email", c.emailAddress().map(EmailAddress::value));
        put(n, "phone", c.phoneNumber().map(PhoneNumber::formatted));
        c.postalAddress().ifPresent(a -> n.set("address", address(a)));
        return n;
    }

    private static ContactDetails contact(JsonNode n) {
        EmailAddress email = optText(n, "email").map(EmailAddress::parse).orElse(null);
        PhoneNumber phone = optText(n, "phone").map(PhoneNumber::parse).orElse(null);
        PostalAddress address = Optional.ofNullable(n.get("address")).map(DocumentCodec::address).orElse(null);
        return email == null && phone == null && address == null ? ContactDetails.none()
                : new ContactDetails(email, phone, address);
    }

    private static ObjectNode address(PostalAddress a) {
        ObjectNode n = Json.object();
        n.put("line1", a.line1());
        put(n, "line2", a.line2());
        n.put("city", a.city());
        n.put("state", a.state().name());
        n.put("zip", a.zip());
        return n;
    }

    private static PostalAddress address(JsonNode n) {
        return PostalAddress.of(text(n, "line1"), textOrNull(n, "line2"), text(n, "city"),
                enumValue(n, "state", UsState.class), text(n, "zip"));
    }

    private static ObjectNode patient(PatientIdentity p) {
        ObjectNode n = Json.object();
        n.put("given", p.name().given());
        n.put("family", p.name().family());
        n.put("dateOfBirth", p.dateOfBirth().toString());
        put(n, "medicalRecordNumber", p.medicalRecordNumber());
        n.set("contact", contact(p.contact()));
        return n;
    }

    private static PatientIdentity patient(JsonNode n) {
        return PatientIdentity.of(PersonName.of(text(n, "given"), text(n, "family")), date(n, "dateOfBirth"),
                textOrNull(n, "medicalRecordNumber"), contact(field(n, "contact")));
    }

    private static ObjectNode recordType(RecordType t) {
        ObjectNode n = Json.object();
        n.put("code", t.code());
        n.put("label", t.label());
        n.put("imaging", t.isImaging());
        return n;
    }

    private static RecordType recordType(JsonNode n) {
        return RecordType.of(text(n, "code"), text(n, "label"), bool(n, "imaging"));
    }

    private static ObjectNode dateRange(DateRange r) {
        ObjectNode n = Json.object();
        put(n, "from", r.from());
        put(n, "to", r.to());
        return n;
    }

    private static DateRange dateRange(JsonNode n) {
        return DateRange.of(dateOrNull(n, "from"), dateOrNull(n, "to"));
    }

    private static ObjectNode selection(RecordSelection s) {
        ObjectNode n = Json.object();
        n.set("type", recordType(s.type()));
        put(n, "description", s.description());
        n.set("dates", dateRange(s.dates()));
        n.put("copies", s.copies());
        return n;
    }

    private static RecordSelection selection(JsonNode n) {
        return RecordSelection.of(recordType(field(n, "type")), textOrNull(n, "description"),
                dateRange(field(n, "dates")), integer(n, "copies"));
    }

    private static ObjectNode provider(ProviderRecipient p) {
        ObjectNode n = Json.object();
        n.put("name", p.name());
        put(n, "npi", p.npi());
        n.set("address", address(p.address()));
        put(n, "fax", p.fax().map(PhoneNumber::formatted));
        return n;
    }

    private static ProviderRecipient provider(JsonNode n) {
        return ProviderRecipient.of(text(n, "name"), textOrNull(n, "npi"), address(field(n, "address")),
                optText(n, "fax").map(PhoneNumber::parse).orElse(null));
    }

    private static ObjectNode delivery(Delivery d) {
        ObjectNode n = Json.object();
        n.put("method", d.method().name());
        put(n, "email", d.email().map(EmailAddress::value));
        d.postalAddress().ifPresent(a -> n.set("address", address(a)));
        put(n, "fax", d.faxNumber().map(PhoneNumber::formatted));
        d.provider().ifPresent(p -> n.set("provider", provider(p)));
        return n;
    }

    private static Delivery delivery(JsonNode n) {
        DeliveryMethod method = enumValue(n, "method", DeliveryMethod.class);
        switch (method) {
            case PORTAL_DOWNLOAD:
                return Delivery.portalDownload();
            case SECURE_LINK:
                return Delivery.secureLink(EmailAddress.parse(text(n, "email")));
            case CD_BY_MAIL:
                return Delivery.cdByMail(address(field(n, "address")));
            case PAPER_BY_MAIL:
                return Delivery.paperByMail(address(field(n, "address")));
            case FAX:
                return Delivery.fax(PhoneNumber.parse(text(n, "fax")));
            default:
                return Delivery.directToProvider(provider(field(n, "provider")));
        }
    }

    // ---- authorization and identity ----------------------------------------------------------------

    private static ObjectNode authorization(Authorization a) {
        ObjectNode n = Json.object();
        put(n, "informationDescription", a.informationDescription());
        n.set("coveredRecordTypes", Json.list(a.coveredRecordTypes().stream()
                .sorted(Comparator.comparing(RecordType::code)).toList(), DocumentCodec::recordType));
        n.set("coveredDates", dateRange(a.coveredDates()));
        put(n, "disclosingParty", a.disclosingParty());
        n.set("recipients", Json.strings(a.recipients()));
        n.set("purposes", names(a.purposes()));
        a.expiration().ifPresent(e -> {
            ObjectNode o = Json.object();
            put(o, "date", e.date());
            put(o, "event", e.event());
            n.set("expiration", o);
        });
        put(n, "signerName", a.signerName());
        put(n, "signedOn", a.signedOn());
        n.put("signedByRepresentative", a.signedByRepresentative());
        put(n, "representativeAuthority", a.representativeAuthority());
        n.put("rightToRevokeStatement", a.rightToRevokeStatement());
        n.put("conditioningStatement", a.conditioningStatement());
        n.put("redisclosureStatement", a.redisclosureStatement());
        n.put("compound", a.compound());
        n.put("conditioned", a.conditioned());
        n.put("knownFalse", a.knownFalse());
        put(n, "revokedAt", a.revokedAt());
        put(n, "expirationEventOccurredAt", a.expirationEventOccurredAt());
        return n;
    }

    private static Authorization authorization(JsonNode n) {
        Authorization.Builder b = Authorization.builder()
                .informationDescription(textOrNull(n, "informationDescription"))
                .covers(items(n, "coveredRecordTypes", DocumentCodec::recordType).toArray(new RecordType[0]))
                .coveredDates(dateRange(field(n, "coveredDates")))
                .disclosingParty(textOrNull(n, "disclosingParty"));
        textItems(n, "recipients").forEach(b::recipient);
        enumSet(n, "purposes", PurposeKind.class).forEach(b::purpose);
        JsonNode expiration = n.get("expiration");
        if (expiration != null) {
            LocalDate on = dateOrNull(expiration, "date");
            b.expiration(on != null ? Expiration.onDate(on) : Expiration.onEvent(text(expiration, "event")));
        }
        b.signature(textOrNull(n, "signerName"), dateOrNull(n, "signedOn"));
        if (bool(n, "signedByRepresentative")) {
            b.signedByRepresentative(textOrNull(n, "representativeAuthority"));
        }
        b.statements(bool(n, "rightToRevokeStatement"), bool(n, "conditioningStatement"),
                bool(n, "redisclosureStatement"));
        b.compound(bool(n, "compound")).conditioned(bool(n, "conditioned")).knownFalse(bool(n, "knownFalse"));
        b.revokedAt(optInstant(n, "revokedAt").orElse(null));
        b.expirationEventOccurredAt(optInstant(n, "expirationEventOccurredAt").orElse(null));
        return b.build();
    }

    private static ObjectNode identity(IdentityVerification i) {
        ObjectNode n = Json.object();
        n.put("verifiedBy", i.verifiedBy());
        n.put("method", i.method().name());
        n.put("verifiedAt", i.verifiedAt().toString());
        return n;
    }

    private static IdentityVerification identity(JsonNode n) {
        return IdentityVerification.of(text(n, "verifiedBy"), enumValue(n, "method", VerificationMethod.class),
                instant(n, "verifiedAt"));
    }

    // ---- fees ----------------------------------------------------------------------------------------

    private static ObjectNode estimate(Estimate e) {
        ObjectNode n = Json.object();
        n.set("context", context(e.context()));
        n.set("lines", Json.list(e.lines(), DocumentCodec::line));
        putMoney(n, "total", e.total());
        return n;
    }

    private static Estimate estimate(JsonNode n) {
        Estimate e = Estimate.of(context(field(n, "context")), items(n, "lines", DocumentCodec::line));
        checkTotal("estimate", e.total(), optMoney(n, "total"));
        return e;
    }

    private static ObjectNode quote(Quote q) {
        ObjectNode n = Json.object();
        n.set("context", context(q.context()));
        n.set("lines", Json.list(q.lines(), DocumentCodec::line));
        putMoney(n, "total", q.total());
        ObjectNode compliance = Json.object();
        putMoney(compliance, "total", q.compliance().total());
        compliance.put("outcome", q.compliance().outcome().name());
        compliance.set("findings", Json.list(q.compliance().findings(), DocumentCodec::finding));
        n.set("compliance", compliance);
        return n;
    }

    private static Quote quote(JsonNode n) {
        JsonNode c = field(n, "compliance");
        Compliance compliance = Compliance.of(money(c, "total"), items(c, "findings", DocumentCodec::finding));
        if (compliance.outcome() != enumValue(c, "outcome", ComplianceOutcome.class)) {
            throw new Json.DocumentException("The stored compliance outcome differs from its findings", null);
        }
        Quote q = Quote.of(context(field(n, "context")), items(n, "lines", DocumentCodec::line), compliance);
        checkTotal("quote", q.total(), optMoney(n, "total"));
        return q;
    }

    private static void checkTotal(String what, Money computed, Optional<Money> stored) {
        if (stored.isPresent() && !stored.get().equals(computed)) {
            throw new Json.DocumentException("The stored " + what + " total differs from its lines", null);
        }
    }

    private static ObjectNode context(FeeContext c) {
        ObjectNode n = Json.object();
        n.put("legalBasis", c.legalBasis().name());
        n.put("requesterRole", c.requesterRole().name());
        n.put("deliveryMethod", c.deliveryMethod().name());
        n.put("receivedOn", c.receivedOn().toString());
        n.put("copyFormat", c.copyFormat().name());
        n.put("recordKeeping", c.recordKeeping().name());
        n.set("recordTypes", Json.list(c.recordTypes(), DocumentCodec::recordType));
        n.put("purpose", c.purpose().name());
        n.put("claimDocumented", c.claimDocumented());
        n.put("pages", c.pages());
        n.put("media", c.media());
        putMoney(n, "postage", c.postage());
        n.set("jurisdictions", names(c.jurisdictions()));
        return n;
    }

    private static FeeContext context(JsonNode n) {
        FeeContext.Builder b = FeeContext.builder(enumValue(n, "legalBasis", LegalBasis.class),
                enumValue(n, "requesterRole", RequesterRole.class),
                enumValue(n, "deliveryMethod", DeliveryMethod.class), date(n, "receivedOn"))
                .copyFormat(enumValue(n, "copyFormat", CopyFormat.class))
                .recordKeeping(enumValue(n, "recordKeeping", RecordKeeping.class))
                .purpose(enumValue(n, "purpose", PurposeKind.class))
                .claimDocumented(bool(n, "claimDocumented"))
                .pages(integer(n, "pages"))
                .media(integer(n, "media"))
                .postage(money(n, "postage"))
                .jurisdictions(enumSet(n, "jurisdictions", UsState.class));
        items(n, "recordTypes", DocumentCodec::recordType).forEach(b::recordType);
        return b.build();
    }

    private static ObjectNode line(FeeLine l) {
        ObjectNode n = Json.object();
        n.put("ruleId", l.ruleId());
        n.put("kind", l.kind().name());
        n.put("basis", l.basis().name());
        n.put("scope", l.scope().name());
        n.put("description", l.description());
        n.put("quantity", l.quantity());
        putMoney(n, "unitPrice", l.unitPrice());
        putMoney(n, "amount", l.amount());
        n.set("citation", citation(l.citation()));
        return n;
    }

    private static FeeLine line(JsonNode n) {
        return FeeLine.of(text(n, "ruleId"), enumValue(n, "kind", LineKind.class),
                enumValue(n, "basis", ChargeBasis.class), enumValue(n, "scope", ChargeScope.class),
                text(n, "description"), longValue(n, "quantity"), money(n, "unitPrice"), money(n, "amount"),
                citation(field(n, "citation")));
    }

    private static ObjectNode citation(Citation c) {
        ObjectNode n = Json.object();
        n.put("ruleId", c.ruleId());
        n.put("source", c.source());
        n.put("law", c.law());
        n.set("related", Json.strings(c.related()));
        return n;
    }

    private static Citation citation(JsonNode n) {
        return new Citation(text(n, "ruleId"), text(n, "source"), bool(n, "law"), textItems(n, "related"));
    }

    private static ObjectNode finding(ComplianceFinding f) {
        ObjectNode n = Json.object();
        n.put("outcome", f.outcome().name());
        n.set("limit", limit(f.limit()));
        f.lawfulMaximum().ifPresent(m -> putMoney(n, "lawfulMaximum", m));
        putMoney(n, "judged", f.judged());
        return n;
    }

    private static ComplianceFinding finding(JsonNode n) {
        return ComplianceFinding.of(enumValue(n, "outcome", ComplianceOutcome.class), limit(field(n, "limit")),
                optMoney(n, "lawfulMaximum").orElse(null), money(n, "judged"));
    }

    private static ObjectNode limit(LegalLimit l) {
        ObjectNode n = Json.object();
        n.set("citation", citation(l.citation()));
        n.put("description", l.description());
        n.set("condition", condition(l.condition()));
        n.put("kind", l.kind().name());
        l.amount().ifPresent(m -> putMoney(n, "amount", m));
        put(n, "prohibitedBasis", l.prohibitedBasis().map(Enum::name));
        return n;
    }

    private static LegalLimit limit(JsonNode n) {
        Citation citation = citation(field(n, "citation"));
        String description = text(n, "description");
        FeeCondition condition = condition(field(n, "condition"));
        LimitKind kind = enumValue(n, "kind", LimitKind.class);
        switch (kind) {
            case NO_FEE:
                return LegalLimit.noFee(citation, description, condition);
            case PER_PAGE_MAXIMUM:
                return LegalLimit.perPageMaximum(citation, description, condition, text(n, "amount"));
            case COST_OF_MATERIALS:
                return LegalLimit.costOfMaterials(citation, description, condition);
            case FLAT_FEE_OR_COST_BASIS:
                return LegalLimit.flatFeeOrCostBasis(citation, description, condition, text(n, "amount"));
            case COST_BASED:
                return LegalLimit.costBased(citation, description, condition);
            default:
                return LegalLimit.methodProhibited(citation, description, condition,
                        enumValue(n, "prohibitedBasis", ChargeBasis.class));
        }
    }

    private static ObjectNode condition(FeeCondition c) {
        ObjectNode n = Json.object();
        n.set("legalBases", names(c.legalBases()));
        n.set("roles", names(c.roles()));
        n.set("copyFormats", names(c.copyFormats()));
        n.set("recordKeepings", names(c.recordKeepings()));
        n.set("deliveryMethods", names(c.deliveryMethods()));
        n.set("purposes", names(c.purposes()));
        n.set("recordTypes", Json.list(c.recordTypes(), DocumentCodec::recordType));
        n.put("documentedClaim", c.requiresDocumentedClaim());
        return n;
    }

    private static FeeCondition condition(JsonNode n) {
        FeeCondition c = FeeCondition.any();
        List<LegalBasis> bases = new ArrayList<>(enumSet(n, "legalBases", LegalBasis.class));
        if (!bases.isEmpty()) {
            c = c.withLegalBases(bases.get(0), bases.subList(1, bases.size()).toArray(new LegalBasis[0]));
        }
        List<RequesterRole> roles = new ArrayList<>(enumSet(n, "roles", RequesterRole.class));
        if (!roles.isEmpty()) {
            c = c.withRoles(roles.get(0), roles.subList(1, roles.size()).toArray(new RequesterRole[0]));
        }
        Set<CopyFormat> formats = enumSet(n, "copyFormats", CopyFormat.class);
        if (formats.size() > 1) {
            throw new Json.DocumentException("A fee condition names more than one copy format", null);
        }
        for (CopyFormat f : formats) {
            c = c.withCopyFormat(f);
        }
        Set<RecordKeeping> keepings = enumSet(n, "recordKeepings", RecordKeeping.class);
        if (keepings.size() > 1) {
            throw new Json.DocumentException("A fee condition names more than one record keeping", null);
        }
        for (RecordKeeping k : keepings) {
            c = c.withRecordKeeping(k);
        }
        List<DeliveryMethod> methods = new ArrayList<>(enumSet(n, "deliveryMethods", DeliveryMethod.class));
        if (!methods.isEmpty()) {
            c = c.withDeliveryMethods(methods.get(0), methods.subList(1, methods.size())
                    .toArray(new DeliveryMethod[0]));
        }
        List<PurposeKind> purposes = new ArrayList<>(enumSet(n, "purposes", PurposeKind.class));
        if (!purposes.isEmpty()) {
            c = c.withPurposes(purposes.get(0), purposes.subList(1, purposes.size()).toArray(new PurposeKind[0]));
        }
        List<RecordType> types = items(n, "recordTypes", DocumentCodec::recordType);
        if (!types.isEmpty()) {
            c = c.withRecordTypes(types.get(0), types.subList(1, types.size()).toArray(new RecordType[0]));
        }
        if (bool(n, "documentedClaim")) {
            c = c.withDocumentedClaim();
        }
        return c;
    }

    // ---- due date --------------------------------------------------------------------------------------

    private ObjectNode dueDate(DueDate due, int year) {
        ObjectNode n = Json.object();
        DeadlineQuery q = due.query();
        ObjectNode query = Json.object();
        query.put("receivedOn", q.receivedOn().toString());
        query.put("kind", q.kind().name());
        query.put("basis", q.basis().name());
        query.set("jurisdictions", names(q.jurisdictions()));
        n.set("query", query);
        n.put("legalDate", due.legalDate().toString());
        n.set("deadlines", Json.list(due.deadlines(), DocumentCodec::deadline));
        due.extension().ifPresent(e -> {
            ObjectNode o = Json.object();
            o.put("givenOn", e.givenOn().toString());
            o.put("newDate", e.newDate().toString());
            o.put("writtenReason", e.writtenReason());
            n.set("extension", o);
        });
        n.set("calendar", calendar(due.calendar(), year));
        return n;
    }

    private DueDate dueDate(JsonNode n, PracticeId practice) {
        JsonNode q = field(n, "query");
        DeadlineQuery query = new DeadlineQuery(date(q, "receivedOn"), enumValue(q, "kind", RequestKind.class),
                enumValue(q, "basis", LegalBasis.class), enumSet(q, "jurisdictions", UsState.class));
        Optional<Extension> extension = Optional.ofNullable(n.get("extension")).map(e -> Extension.of(
                date(e, "givenOn"), date(e, "newDate"), text(e, "writtenReason")));
        DueDate due = DueDate.of(query, items(n, "deadlines", DocumentCodec::deadline), extension,
                calendar(field(n, "calendar"), practice));
        if (!due.legalDate().toString().equals(text(n, "legalDate"))) {
            throw new Json.DocumentException("The stored legal date differs from its deadlines", null);
        }
        return due;
    }

    private static ObjectNode deadline(RuleDeadline d) {
        ObjectNode n = Json.object();
        n.set("rule", rule(d.rule()));
        n.put("originalDate", d.originalDate().toString());
        put(n, "extendedDate", d.extendedDate());
        n.put("workingTarget", d.workingTarget().toString());
        return n;
    }

    private static RuleDeadline deadline(JsonNode n) {
        return RuleDeadline.of(rule(field(n, "rule")), date(n, "originalDate"), dateOrNull(n, "extendedDate"),
                date(n, "workingTarget"));
    }

    private static ObjectNode rule(DeadlineRule r) {
        ObjectNode n = Json.object();
        n.put("key", r.key());
        n.put("title", r.title());
        n.put("ruleId", r.ruleId());
        n.put("citation", r.citation());
        put(n, "jurisdiction", r.jurisdiction().map(Enum::name));
        n.put("kind", r.kind().name());
        n.set("bases", names(r.bases()));
        n.put("days", r.days());
        n.put("dayCount", r.dayCount().name());
        n.put("extensionDays", r.extensionDays());
        put(n, "extensionRuleId", r.extensionRuleId());
        n.put("inForceFrom", r.inForceFrom().toString());
        put(n, "inForceUntil", r.inForceUntil());
        n.put("status", r.status().name());
        return n;
    }

    private static DeadlineRule rule(JsonNode n) {
        DeadlineRule.Builder b = DeadlineRule.builder(text(n, "key"))
                .cited(text(n, "title"), text(n, "ruleId"), text(n, "citation"))
                .kind(enumValue(n, "kind", RequestKind.class))
                .bases(enumSet(n, "bases", LegalBasis.class).toArray(new LegalBasis[0]))
                .within(integer(n, "days"), enumValue(n, "dayCount", DayCount.class))
                .inForce(date(n, "inForceFrom"), dateOrNull(n, "inForceUntil"))
                .status(enumValue(n, "status", RuleStatus.class));
        UsState state = enumOrNull(n, "jurisdiction", UsState.class);
        if (state != null) {
            b.jurisdiction(state);
        }
        Optional<String> extensionRule = optText(n, "extensionRuleId");
        if (extensionRule.isPresent()) {
            b.extension(integer(n, "extensionDays"), extensionRule.get());
        }
        return b.build();
    }

    /**
     * Writes a business calendar. A holiday calendar that is exactly a set of dates (every calendar
     * built with {@link HolidayCalendar#of}) is written as those dates and read back equal; any other
     * is written as the holidays of the years around the request, and read back as the practice's
     * current calendar where the store knows it, else as those dates.
     */
    private ObjectNode calendar(BusinessCalendar c, int year) {
        ObjectNode n = Json.object();
        n.put("zone", c.zone().getId());
        n.set("closures", Json.strings(new TreeSet<>(c.closures())));
        n.set("holidays", holidays(c.holidays(), year));
        return n;
    }

    private BusinessCalendar calendar(JsonNode n, PracticeId practice) {
        JsonNode holidays = field(n, "holidays");
        if ("exact".equals(text(holidays, "kind"))) {
            String key = n.toString();
            BusinessCalendar cached = decodedCalendars.get(key);
            if (cached != null) {
                return cached;
            }
            BusinessCalendar decoded = decodeCalendar(n, holidays, practice);
            if (decodedCalendars.size() > CACHE_LIMIT) {
                decodedCalendars.clear();
            }
            decodedCalendars.put(key, decoded);
            holidayCache.putIfAbsent(decoded.holidays(), (ObjectNode) holidays.deepCopy());
            return decoded;
        }
        return decodeCalendar(n, holidays, practice);
    }

    private BusinessCalendar decodeCalendar(JsonNode n, JsonNode holidays, PracticeId practice) {
        List<LocalDate> closures = items(n, "closures", v -> LocalDate.parse(v.asText()));
        List<LocalDate> dates = items(holidays, "dates", v -> LocalDate.parse(v.asText()));
        ZoneId zone = ZoneId.of(text(n, "zone"));
        if (!"exact".equals(text(holidays, "kind"))) {
            Optional<BusinessCalendar> current = calendars.apply(practice);
            if (current.isPresent()) {
                return current.get();
            }
        }
        return BusinessCalendar.of(zone, HolidayCalendar.of(dates), closures);
    }

    private ObjectNode holidays(HolidayCalendar holidays, int year) {
        ObjectNode cached = holidayCache.get(holidays);
        if (cached != null && ("exact".equals(cached.get("kind").asText())
                || cached.get("year").asInt() == year)) {
            return cached;
        }
        List<LocalDate> all = datesIn(holidays, FIRST_YEAR, LAST_YEAR);
        ObjectNode n = Json.object();
        if (HolidayCalendar.of(all).equals(holidays)) {
            n.put("kind", "exact");
            n.set("dates", Json.strings(all));
        } else {
            n.put("kind", "window");
            n.put("year", year);
            n.set("dates", Json.strings(datesIn(holidays, Math.max(FIRST_YEAR, year - 1),
                    Math.min(LAST_YEAR, year + 3))));
        }
        if (holidayCache.size() > CACHE_LIMIT) {
            holidayCache.clear();
        }
        holidayCache.put(holidays, n);
        return n;
    }

    private static List<LocalDate> datesIn(HolidayCalendar holidays, int fromYear, int toYear) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate end = LocalDate.of(toYear, 12, 31);
        for (LocalDate d = LocalDate.of(fromYear, 1, 1); !d.isAfter(end); d = d.plusDays(1)) {
            if (holidays.isHoliday(d)) {
                dates.add(d);
            }
        }
        return dates;
    }

    // ---- workflow records -----------------------------------------------------------------------------

    private static ObjectNode fulfilment(SelectionFulfilment f) {
        ObjectNode n = Json.object();
        n.put("selectionIndex", f.selectionIndex());
        n.put("pages", f.pages());
        n.put("media", f.media());
        n.put("keeping", f.keeping().name());
        return n;
    }

    private static SelectionFulfilment fulfilment(JsonNode n) {
        return new SelectionFulfilment(integer(n, "selectionIndex"), integer(n, "pages"), integer(n, "media"),
                enumValue(n, "keeping", RecordKeeping.class));
    }

    private static ObjectNode invoice(Invoice i) {
        ObjectNode n = Json.object();
        n.put("number", i.number());
        putMoney(n, "amount", i.amount());
        n.put("issuedAt", i.issuedAt().toString());
        return n;
    }

    private static Invoice invoice(JsonNode n) {
        return new Invoice(text(n, "number"), money(n, "amount"), instant(n, "issuedAt"));
    }

    private static ObjectNode payment(Payment p) {
        ObjectNode n = Json.object();
        n.put("invoiceNumber", p.invoiceNumber());
        putMoney(n, "amount", p.amount());
        n.put("method", p.method().name());
        n.put("reference", p.reference());
        n.put("at", p.at().toString());
        return n;
    }

    private static Payment payment(JsonNode n) {
        return new Payment(text(n, "invoiceNumber"), money(n, "amount"), enumValue(n, "method", PaymentMethod.class),
                text(n, "reference"), instant(n, "at"));
    }

    private static ObjectNode actor(Actor a) {
        ObjectNode n = Json.object();
        n.put("kind", a.kind().name());
        n.put("id", a.id());
        return n;
    }

    private static Actor actor(JsonNode n) {
        return new Actor(enumValue(n, "kind", Actor.Kind.class), text(n, "id"));
    }

    private static ObjectNode waiver(Waiver w) {
        ObjectNode n = Json.object();
        n.put("reason", w.reason());
        n.set("by", actor(w.by()));
        n.put("at", w.at().toString());
        return n;
    }

    private static Waiver waiver(JsonNode n) {
        return new Waiver(text(n, "reason"), actor(field(n, "by")), instant(n, "at"));
    }

    private static ObjectNode refund(Refund r) {
        ObjectNode n = Json.object();
        putMoney(n, "amount", r.amount());
        n.put("reference", r.reference());
        n.put("at", r.at().toString());
        return n;
    }

    private static Refund refund(JsonNode n) {
        return new Refund(money(n, "amount"), text(n, "reference"), instant(n, "at"));
    }

    private static ObjectNode release(Release r) {
        ObjectNode n = Json.object();
        n.put("method", r.method().name());
        n.put("recipient", r.recipient());
        n.put("at", r.at().toString());
        n.set("by", actor(r.by()));
        put(n, "deviationReason", r.deviationReason());
        return n;
    }

    private static Release release(JsonNode n) {
        return new Release(enumValue(n, "method", DeliveryMethod.class), text(n, "recipient"), instant(n, "at"),
                actor(field(n, "by")), optText(n, "deviationReason"));
    }

    // ---- format 2: denials, reviews, hand-offs ---------------------------------------------------------

    private static ObjectNode professional(LicensedProfessional p) {
        ObjectNode n = Json.object();
        n.put("id", p.id());
        n.put("name", p.name());
        n.put("licence", p.licence());
        return n;
    }

    private static LicensedProfessional professional(JsonNode n) {
        return LicensedProfessional.of(text(n, "id"), text(n, "name"), text(n, "licence"));
    }

    private static ObjectNode denial(Denial x) {
        ObjectNode n = Json.object();
        n.put("ground", x.ground().name());
        n.set("withheldSelections", Json.list(new TreeSet<>(x.withheldSelections()), IntNode::valueOf));
        n.put("whole", x.whole());
        x.determinedBy().ifPresent(p -> n.set("determinedBy", professional(p)));
        n.set("by", actor(x.by()));
        n.put("at", x.at().toString());
        return n;
    }

    private static Denial denial(JsonNode n) {
        Set<Integer> withheld = new TreeSet<>(items(n, "withheldSelections", JsonNode::asInt));
        return new Denial(enumValue(n, "ground", DenialGround.class), withheld, bool(n, "whole"),
                Optional.ofNullable(n.get("determinedBy")).map(DocumentCodec::professional), actor(field(n, "by")),
                instant(n, "at"));
    }

    private static ObjectNode review(Review x) {
        ObjectNode n = Json.object();
        n.set("reviewer", professional(x.reviewer()));
        n.put("outcome", x.outcome().name());
        n.set("by", actor(x.by()));
        n.put("at", x.at().toString());
        return n;
    }

    private static Review review(JsonNode n) {
        return new Review(professional(field(n, "reviewer")), enumValue(n, "outcome", Review.Outcome.class),
                actor(field(n, "by")), instant(n, "at"));
    }

    private static ObjectNode handOff(HandOff x) {
        ObjectNode n = Json.object();
        n.put("company", x.company());
        n.put("reference", x.reference());
        n.set("by", actor(x.by()));
        n.put("at", x.at().toString());
        n.set("progress", Json.list(x.progress(), p -> {
            ObjectNode o = Json.object();
            o.put("at", p.at().toString());
            o.put("note", p.note());
            return o;
        }));
        return n;
    }

    private static HandOff handOff(JsonNode n) {
        return new HandOff(text(n, "company"), text(n, "reference"), actor(field(n, "by")), instant(n, "at"),
                items(n, "progress", p -> new HandOff.Progress(instant(p, "at"), text(p, "note"))));
    }
}
