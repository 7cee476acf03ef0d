package io.github.medrecords.store.jdbc.internal;

import static io.github.medrecords.store.jdbc.internal.Json.bool;
import static io.github.medrecords.store.jdbc.internal.Json.date;
import static io.github.medrecords.store.jdbc.internal.Json.dateOrNull;
import static io.github.medrecords.store.jdbc.internal.Json.enumSet;
import static io.github.medrecords.store.jdbc.internal.Json.enumValue;
import static io.github.medrecords.store.jdbc.internal.Json.field;
import static io.github.medrecords.store.jdbc.internal.Json.instant;
import static io.github.medrecords.store.jdbc.internal.Json.integer;
import static io.github.medrecords.store.jdbc.internal.Json.items;
import static io.github.medrecords.store.jdbc.internal.Json.names;
import static io.github.medrecords.store.jdbc.internal.Json.optInstant;
import static io.github.medrecords.store.jdbc.internal.Json.optText;
import static io.github.medrecords.store.jdbc.internal.Json.put;
import static io.github.medrecords.store.jdbc.internal.Json.text;
import static io.github.medrecords.store.jdbc.internal.Json.textItems;
import static io.github.medrecords.store.jdbc.internal.Json.textOrNull;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.medrecords.core.authorization.Authorization;
import io.github.medrecords.core.authorization.Expiration;
import io.github.medrecords.core.authorization.IdentityVerification;
import io.github.medrecords.core.authorization.VerificationMethod;
import io.github.medrecords.core.party.ContactDetails;
import io.github.medrecords.core.party.EmailAddress;
import io.github.medrecords.core.party.Language;
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
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes and reads the parts of a stored request that come from the core's {@code request} and
 * {@code authorization} packages: who asks, about whom, for which records, delivered how, and the
 * authorization and identity check. Every enum switch is exhaustive, so a new constant fails the build
 * instead of writing a wrong document.
 */
final class RequestCodec {

    private RequestCodec() {
    }

    // ---- request -------------------------------------------------------------------------------

    static ObjectNode request(RecordsRequest r) {
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
        n.set("selections", Json.list(r.selections(), RequestCodec::selection));
        n.set("delivery", delivery(r.delivery()));
        if (!r.language().equals(Language.ENGLISH)) {
            n.put("language", r.language().tag());
        }
        if (r.attorneyBeforeSuit()) {
            n.put("attorneyBeforeSuit", true);
        }
        r.directive().ifPresent(dir -> {
            ObjectNode o = Json.object();
            o.put("signerName", dir.signature().signerName());
            o.put("signedOn", dir.signature().signedOn().toString());
            o.put("recipientName", dir.recipientName());
            n.set("directive", o);
        });
        return n;
    }

    static RecordsRequest request(JsonNode n) {
        RecordsRequest.Builder b = RecordsRequest.builder(PracticeId.of(text(n, "practiceId")))
                .requester(requester(field(n, "requester")))
                .legalBasis(enumValue(n, "legalBasis", LegalBasis.class));
        JsonNode purpose = field(n, "purpose");
        b.purpose(Purpose.of(enumValue(purpose, "kind", PurposeKind.class), textOrNull(purpose, "description")));
        items(n, "documents", o -> SupportingDocument.of(enumValue(o, "kind", DocumentKind.class),
                text(o, "reference"))).forEach(b::document);
        b.patient(patient(field(n, "patient")));
        items(n, "selections", RequestCodec::selection).forEach(b::selection);
        b.delivery(delivery(field(n, "delivery")));
        b.language(optText(n, "language").map(Language::of).orElse(Language.ENGLISH));
        b.attorneyBeforeSuit(bool(n, "attorneyBeforeSuit"));
        JsonNode directive = n.get("directive");
        if (directive != null) {
            b.directive(Directive.of(Signature.of(text(directive, "signerName"), date(directive, "signedOn")),
                    text(directive, "recipientName")));
        }
        return b.build();
    }

    static ObjectNode requester(Requester r) {
        ObjectNode n = Json.object();
        n.put("role", r.role().name());
        put(n, "name", r.name());
        put(n, "organization", r.organization());
        put(n, "representativeKind", r.representativeKind().map(Enum::name));
        put(n, "thirdPartyKind", r.thirdPartyKind().map(Enum::name));
        n.set("contact", contact(r.contact()));
        return n;
    }

    static Requester requester(JsonNode n) {
        RequesterRole role = enumValue(n, "role", RequesterRole.class);
        ContactDetails contact = contact(field(n, "contact"));
        return switch (role) {
            case PATIENT -> Requester.patient();
            case PERSONAL_REPRESENTATIVE -> Requester.personalRepresentative(
                    enumValue(n, "representativeKind", RepresentativeKind.class), text(n, "name"), contact);
            case PROVIDER -> Requester.provider(text(n, "name"), text(n, "organization"), contact);
            case THIRD_PARTY -> Requester.thirdParty(enumValue(n, "thirdPartyKind", ThirdPartyKind.class),
                    text(n, "name"), textOrNull(n, "organization"), contact);
        };
    }

    static ObjectNode contact(ContactDetails c) {
        ObjectNode n = Json.object();
        put(n, "email", c.emailAddress().map(EmailAddress::value));
        put(n, "phone", c.phoneNumber().map(PhoneNumber::formatted));
        c.postalAddress().ifPresent(a -> n.set("address", address(a)));
        return n;
    }

    static ContactDetails contact(JsonNode n) {
        EmailAddress email = optText(n, "email").map(EmailAddress::parse).orElse(null);
        PhoneNumber phone = optText(n, "phone").map(PhoneNumber::parse).orElse(null);
        PostalAddress address = Optional.ofNullable(n.get("address")).map(RequestCodec::address).orElse(null);
        return email == null && phone == null && address == null ? ContactDetails.none()
                : new ContactDetails(email, phone, address);
    }

    static ObjectNode address(PostalAddress a) {
        ObjectNode n = Json.object();
        n.put("line1", a.line1());
        put(n, "line2", a.line2());
        n.put("city", a.city());
        n.put("state", a.state().name());
        n.put("zip", a.zip());
        return n;
    }

    static PostalAddress address(JsonNode n) {
        return PostalAddress.of(text(n, "line1"), textOrNull(n, "line2"), text(n, "city"),
                enumValue(n, "state", UsState.class), text(n, "zip"));
    }

    static ObjectNode patient(PatientIdentity p) {
        ObjectNode n = Json.object();
        n.put("given", p.name().given());
        n.put("family", p.name().family());
        n.put("dateOfBirth", p.dateOfBirth().toString());
        put(n, "medicalRecordNumber", p.medicalRecordNumber());
        n.set("contact", contact(p.contact()));
        return n;
    }

    static PatientIdentity patient(JsonNode n) {
        return PatientIdentity.of(PersonName.of(text(n, "given"), text(n, "family")), date(n, "dateOfBirth"),
                textOrNull(n, "medicalRecordNumber"), contact(field(n, "contact")));
    }

    static ObjectNode recordType(RecordType t) {
        ObjectNode n = Json.object();
        n.put("code", t.code());
        n.put("label", t.label());
        n.put("imaging", t.isImaging());
        return n;
    }

    static RecordType recordType(JsonNode n) {
        return RecordType.of(text(n, "code"), text(n, "label"), bool(n, "imaging"));
    }

    static ObjectNode dateRange(DateRange r) {
        ObjectNode n = Json.object();
        put(n, "from", r.from());
        put(n, "to", r.to());
        return n;
    }

    static DateRange dateRange(JsonNode n) {
        return DateRange.of(dateOrNull(n, "from"), dateOrNull(n, "to"));
    }

    static ObjectNode selection(RecordSelection s) {
        ObjectNode n = Json.object();
        n.set("type", recordType(s.type()));
        put(n, "description", s.description());
        n.set("dates", dateRange(s.dates()));
        n.put("copies", s.copies());
        return n;
    }

    static RecordSelection selection(JsonNode n) {
        return RecordSelection.of(recordType(field(n, "type")), textOrNull(n, "description"),
                dateRange(field(n, "dates")), integer(n, "copies"));
    }

    static ObjectNode provider(ProviderRecipient p) {
        ObjectNode n = Json.object();
        n.put("name", p.name());
        put(n, "npi", p.npi());
        n.set("address", address(p.address()));
        put(n, "fax", p.fax().map(PhoneNumber::formatted));
        return n;
    }

    static ProviderRecipient provider(JsonNode n) {
        return ProviderRecipient.of(text(n, "name"), textOrNull(n, "npi"), address(field(n, "address")),
                optText(n, "fax").map(PhoneNumber::parse).orElse(null));
    }

    static ObjectNode delivery(Delivery d) {
        ObjectNode n = Json.object();
        n.put("method", d.method().name());
        put(n, "email", d.email().map(EmailAddress::value));
        d.postalAddress().ifPresent(a -> n.set("address", address(a)));
        put(n, "fax", d.faxNumber().map(PhoneNumber::formatted));
        d.provider().ifPresent(p -> n.set("provider", provider(p)));
        if (d.destination() instanceof Delivery.PatientApp app) {
            n.put("app", app.clientId());
        }
        return n;
    }

    static Delivery delivery(JsonNode n) {
        DeliveryMethod method = enumValue(n, "method", DeliveryMethod.class);
        return switch (method) {
            case PORTAL_DOWNLOAD -> Delivery.portalDownload();
            case SECURE_LINK -> Delivery.secureLink(EmailAddress.parse(text(n, "email")));
            case CD_BY_MAIL -> Delivery.cdByMail(address(field(n, "address")));
            case PAPER_BY_MAIL -> Delivery.paperByMail(address(field(n, "address")));
            case FAX -> Delivery.fax(PhoneNumber.parse(text(n, "fax")));
            case PATIENT_APP -> Delivery.patientApp(text(n, "app"));
            case DIRECT_TO_PROVIDER -> Delivery.directToProvider(provider(field(n, "provider")));
        };
    }

    // ---- authorization and identity ----------------------------------------------------------------

    static ObjectNode authorization(Authorization a) {
        ObjectNode n = Json.object();
        put(n, "informationDescription", a.informationDescription());
        n.set("coveredRecordTypes", Json.list(a.coveredRecordTypes().stream()
                .sorted(Comparator.comparing(RecordType::code)).toList(), RequestCodec::recordType));
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

    static Authorization authorization(JsonNode n) {
        Authorization.Builder b = Authorization.builder()
                .informationDescription(textOrNull(n, "informationDescription"))
                .covers(items(n, "coveredRecordTypes", RequestCodec::recordType).toArray(new RecordType[0]))
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

    static ObjectNode identity(IdentityVerification i) {
        ObjectNode n = Json.object();
        n.put("verifiedBy", i.verifiedBy());
        n.put("method", i.method().name());
        n.put("verifiedAt", i.verifiedAt().toString());
        return n;
    }

    static IdentityVerification identity(JsonNode n) {
        return IdentityVerification.of(text(n, "verifiedBy"), enumValue(n, "method", VerificationMethod.class),
                instant(n, "verifiedAt"));
    }
}
