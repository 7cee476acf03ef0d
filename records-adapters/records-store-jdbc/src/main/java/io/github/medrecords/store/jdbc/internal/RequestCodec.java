package io.github.medrecords.store.jdbc.internal;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
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

    static void request(JsonOut o, RecordsRequest r) {
        o.startObject();
        o.text("practiceId", r.practiceId().value());
        o.part("requester", r.requester(), RequestCodec::requester);
        o.enumName("legalBasis", r.legalBasis());
        o.name("purpose").startObject();
        o.enumName("kind", r.purpose().kind());
        o.optional("description", r.purpose().description());
        o.endObject();
        o.list("documents", r.documents(), (out, doc) -> out.startObject().enumName("kind", doc.kind())
                .text("reference", doc.reference()).endObject());
        o.part("patient", r.patient(), RequestCodec::patient);
        o.list("selections", r.selections(), RequestCodec::selection);
        o.part("delivery", r.delivery(), RequestCodec::delivery);
        if (!r.language().equals(Language.ENGLISH)) {
            o.text("language", r.language().tag());
        }
        if (r.attorneyBeforeSuit()) {
            o.bool("attorneyBeforeSuit", true);
        }
        r.directive().ifPresent(dir -> o.name("directive").startObject()
                .text("signerName", dir.signature().signerName())
                .date("signedOn", dir.signature().signedOn())
                .text("recipientName", dir.recipientName()).endObject());
        o.endObject();
    }

    static RecordsRequest request(JsonIn in) {
        String practiceId = null;
        Requester requester = null;
        LegalBasis basis = null;
        Purpose purpose = null;
        List<SupportingDocument> documents = List.of();
        PatientIdentity patient = null;
        List<RecordSelection> selections = List.of();
        Delivery delivery = null;
        Language language = Language.ENGLISH;
        Directive directive = null;
        boolean attorneyBeforeSuit = false;
        for (String f = in.object("request").next(); f != null; f = in.next()) {
            switch (f) {
                case "practiceId" -> practiceId = in.text();
                case "requester" -> requester = requester(in.object(f));
                case "legalBasis" -> basis = in.enumValue(LegalBasis.class);
                case "purpose" -> purpose = purpose(in.object(f));
                case "documents" -> documents = in.list(RequestCodec::document);
                case "patient" -> patient = patient(in.object(f));
                case "selections" -> selections = in.list(RequestCodec::selection);
                case "delivery" -> delivery = delivery(in.object(f));
                case "language" -> language = Language.of(in.text());
                case "directive" -> directive = directive(in.object(f));
                case "attorneyBeforeSuit" -> attorneyBeforeSuit = in.bool();
                default -> in.skip();
            }
        }
        RecordsRequest.Builder b = RecordsRequest.builder(PracticeId.of(JsonIn.required(practiceId, "practiceId")))
                .requester(JsonIn.required(requester, "requester"))
                .legalBasis(JsonIn.required(basis, "legalBasis"))
                .purpose(JsonIn.required(purpose, "purpose"));
        documents.forEach(b::document);
        b.patient(JsonIn.required(patient, "patient"));
        selections.forEach(b::selection);
        b.delivery(JsonIn.required(delivery, "delivery"));
        b.language(language);
        b.attorneyBeforeSuit(attorneyBeforeSuit);
        if (directive != null) {
            b.directive(directive);
        }
        return b.build();
    }

    private static Purpose purpose(JsonIn in) {
        PurposeKind kind = null;
        String description = null;
        for (String f = in.next(); f != null; f = in.next()) {
            switch (f) {
                case "kind" -> kind = in.enumValue(PurposeKind.class);
                case "description" -> description = in.text();
                default -> in.skip();
            }
        }
        return Purpose.of(JsonIn.required(kind, "kind"), description);
    }

    private static SupportingDocument document(JsonIn in) {
        DocumentKind kind = null;
        String reference = null;
        for (String f = in.object("documents").next(); f != null; f = in.next()) {
            switch (f) {
                case "kind" -> kind = in.enumValue(DocumentKind.class);
                case "reference" -> reference = in.text();
                default -> in.skip();
            }
        }
        return SupportingDocument.of(JsonIn.required(kind, "kind"), JsonIn.required(reference, "reference"));
    }

    private static Directive directive(JsonIn in) {
        String signer = null;
        LocalDate signedOn = null;
        String recipient = null;
        for (String f = in.next(); f != null; f = in.next()) {
            switch (f) {
                case "signerName" -> signer = in.text();
                case "signedOn" -> signedOn = in.date();
                case "recipientName" -> recipient = in.text();
                default -> in.skip();
            }
        }
        return Directive.of(Signature.of(JsonIn.required(signer, "signerName"), JsonIn.required(signedOn, "signedOn")),
                JsonIn.required(recipient, "recipientName"));
    }

    static void requester(JsonOut o, Requester r) {
        o.startObject();
        o.enumName("role", r.role());
        o.optional("name", r.name());
        o.optional("organization", r.organization());
        o.optional("representativeKind", r.representativeKind().map(Enum::name));
        o.optional("thirdPartyKind", r.thirdPartyKind().map(Enum::name));
        o.part("contact", r.contact(), RequestCodec::contact);
        o.endObject();
    }

    static Requester requester(JsonIn in) {
        RequesterRole role = null;
        String name = null;
        String organization = null;
        RepresentativeKind representativeKind = null;
        ThirdPartyKind thirdPartyKind = null;
        ContactDetails contact = null;
        for (String f = in.next(); f != null; f = in.next()) {
            switch (f) {
                case "role" -> role = in.enumValue(RequesterRole.class);
                case "name" -> name = in.text();
                case "organization" -> organization = in.text();
                case "representativeKind" -> representativeKind = in.enumValue(RepresentativeKind.class);
                case "thirdPartyKind" -> thirdPartyKind = in.enumValue(ThirdPartyKind.class);
                case "contact" -> contact = contact(in.object(f));
                default -> in.skip();
            }
        }
        ContactDetails details = JsonIn.required(contact, "contact");
        return switch (JsonIn.required(role, "role")) {
            case PATIENT -> Requester.patient();
            case PERSONAL_REPRESENTATIVE -> Requester.personalRepresentative(
                    JsonIn.required(representativeKind, "representativeKind"), JsonIn.required(name, "name"), details);
            case PROVIDER -> Requester.provider(JsonIn.required(name, "name"),
                    JsonIn.required(organization, "organization"), details);
            case THIRD_PARTY -> Requester.thirdParty(JsonIn.required(thirdPartyKind, "thirdPartyKind"),
                    JsonIn.required(name, "name"), organization, details);
        };
    }

    static void contact(JsonOut o, ContactDetails c) {
        o.startObject();
        o.optional("email", c.emailAddress().map(EmailAddress::value));
        o.optional("phone", c.phoneNumber().map(PhoneNumber::formatted));
        o.optionalPart("address", c.postalAddress(), RequestCodec::address);
        o.endObject();
    }

    static ContactDetails contact(JsonIn in) {
        EmailAddress email = null;
        PhoneNumber phone = null;
        PostalAddress address = null;
        for (String f = in.next(); f != null; f = in.next()) {
            switch (f) {
                case "email" -> email = EmailAddress.parse(in.text());
                case "phone" -> phone = PhoneNumber.parse(in.text());
                case "address" -> address = address(in.object(f));
                default -> in.skip();
            }
        }
        return email == null && phone == null && address == null ? ContactDetails.none()
                : new ContactDetails(email, phone, address);
    }

    static void address(JsonOut o, PostalAddress a) {
        o.startObject();
        o.text("line1", a.line1());
        o.optional("line2", a.line2());
        o.text("city", a.city());
        o.enumName("state", a.state());
        o.text("zip", a.zip());
        o.endObject();
    }

    static PostalAddress address(JsonIn in) {
        String line1 = null;
        String line2 = null;
        String city = null;
        UsState state = null;
        String zip = null;
        for (String f = in.next(); f != null; f = in.next()) {
            switch (f) {
                case "line1" -> line1 = in.text();
                case "line2" -> line2 = in.text();
                case "city" -> city = in.text();
                case "state" -> state = in.enumValue(UsState.class);
                case "zip" -> zip = in.text();
                default -> in.skip();
            }
        }
        return PostalAddress.of(JsonIn.required(line1, "line1"), line2, JsonIn.required(city, "city"),
                JsonIn.required(state, "state"), JsonIn.required(zip, "zip"));
    }

    static void patient(JsonOut o, PatientIdentity p) {
        o.startObject();
        o.text("given", p.name().given());
        o.text("family", p.name().family());
        o.date("dateOfBirth", p.dateOfBirth());
        o.optional("medicalRecordNumber", p.medicalRecordNumber());
        o.part("contact", p.contact(), RequestCodec::contact);
        o.endObject();
    }

    static PatientIdentity patient(JsonIn in) {
        String given = null;
        String family = null;
        LocalDate born = null;
        String mrn = null;
        ContactDetails contact = null;
        for (String f = in.next(); f != null; f = in.next()) {
            switch (f) {
                case "given" -> given = in.text();
                case "family" -> family = in.text();
                case "dateOfBirth" -> born = in.date();
                case "medicalRecordNumber" -> mrn = in.text();
                case "contact" -> contact = contact(in.object(f));
                default -> in.skip();
            }
        }
        return PatientIdentity.of(PersonName.of(JsonIn.required(given, "given"), JsonIn.required(family, "family")),
                JsonIn.required(born, "dateOfBirth"), mrn, JsonIn.required(contact, "contact"));
    }

    static void recordType(JsonOut o, RecordType t) {
        o.startObject().text("code", t.code()).text("label", t.label()).bool("imaging", t.isImaging()).endObject();
    }

    static RecordType recordType(JsonIn in) {
        String code = null;
        String label = null;
        boolean imaging = false;
        for (String f = in.object("type").next(); f != null; f = in.next()) {
            switch (f) {
                case "code" -> code = in.text();
                case "label" -> label = in.text();
                case "imaging" -> imaging = in.bool();
                default -> in.skip();
            }
        }
        return RecordType.of(JsonIn.required(code, "code"), JsonIn.required(label, "label"), imaging);
    }

    static void dateRange(JsonOut o, DateRange r) {
        o.startObject().optional("from", r.from()).optional("to", r.to()).endObject();
    }

    static DateRange dateRange(JsonIn in) {
        LocalDate from = null;
        LocalDate to = null;
        for (String f = in.next(); f != null; f = in.next()) {
            switch (f) {
                case "from" -> from = in.date();
                case "to" -> to = in.date();
                default -> in.skip();
            }
        }
        return DateRange.of(from, to);
    }

    static void selection(JsonOut o, RecordSelection s) {
        o.startObject();
        o.part("type", s.type(), RequestCodec::recordType);
        o.optional("description", s.description());
        o.part("dates", s.dates(), RequestCodec::dateRange);
        o.number("copies", s.copies());
        o.endObject();
    }

    static RecordSelection selection(JsonIn in) {
        RecordType type = null;
        String description = null;
        DateRange dates = null;
        Integer copies = null;
        for (String f = in.object("selections").next(); f != null; f = in.next()) {
            switch (f) {
                case "type" -> type = recordType(in);
                case "description" -> description = in.text();
                case "dates" -> dates = dateRange(in.object(f));
                case "copies" -> copies = in.integer();
                default -> in.skip();
            }
        }
        return RecordSelection.of(JsonIn.required(type, "type"), description, JsonIn.required(dates, "dates"),
                JsonIn.required(copies, "copies"));
    }

    static void provider(JsonOut o, ProviderRecipient p) {
        o.startObject();
        o.text("name", p.name());
        o.optional("npi", p.npi());
        o.part("address", p.address(), RequestCodec::address);
        o.optional("fax", p.fax().map(PhoneNumber::formatted));
        o.endObject();
    }

    static ProviderRecipient provider(JsonIn in) {
        String name = null;
        String npi = null;
        PostalAddress address = null;
        PhoneNumber fax = null;
        for (String f = in.next(); f != null; f = in.next()) {
            switch (f) {
                case "name" -> name = in.text();
                case "npi" -> npi = in.text();
                case "address" -> address = address(in.object(f));
                case "fax" -> fax = PhoneNumber.parse(in.text());
                default -> in.skip();
            }
        }
        return ProviderRecipient.of(JsonIn.required(name, "name"), npi, JsonIn.required(address, "address"), fax);
    }

    static void delivery(JsonOut o, Delivery d) {
        o.startObject();
        o.enumName("method", d.method());
        o.optional("email", d.email().map(EmailAddress::value));
        o.optionalPart("address", d.postalAddress(), RequestCodec::address);
        o.optional("fax", d.faxNumber().map(PhoneNumber::formatted));
        o.optionalPart("provider", d.provider(), RequestCodec::provider);
        if (d.destination() instanceof Delivery.PatientApp app) {
            o.text("app", app.clientId());
        }
        o.endObject();
    }

    static Delivery delivery(JsonIn in) {
        DeliveryMethod method = null;
        String email = null;
        PostalAddress address = null;
        String fax = null;
        ProviderRecipient provider = null;
        String app = null;
        for (String f = in.next(); f != null; f = in.next()) {
            switch (f) {
                case "method" -> method = in.enumValue(DeliveryMethod.class);
                case "email" -> email = in.text();
                case "address" -> address = address(in.object(f));
                case "fax" -> fax = in.text();
                case "provider" -> provider = provider(in.object(f));
                case "app" -> app = in.text();
                default -> in.skip();
            }
        }
        return switch (JsonIn.required(method, "method")) {
            case PORTAL_DOWNLOAD -> Delivery.portalDownload();
            case SECURE_LINK -> Delivery.secureLink(EmailAddress.parse(JsonIn.required(email, "email")));
            case CD_BY_MAIL -> Delivery.cdByMail(JsonIn.required(address, "address"));
            case PAPER_BY_MAIL -> Delivery.paperByMail(JsonIn.required(address, "address"));
            case FAX -> Delivery.fax(PhoneNumber.parse(JsonIn.required(fax, "fax")));
            case PATIENT_APP -> Delivery.patientApp(JsonIn.required(app, "app"));
            case DIRECT_TO_PROVIDER -> Delivery.directToProvider(JsonIn.required(provider, "provider"));
        };
    }

    // ---- authorization and identity ----------------------------------------------------------------

    static void authorization(JsonOut o, Authorization a) {
        o.startObject();
        o.optional("informationDescription", a.informationDescription());
        o.list("coveredRecordTypes", a.coveredRecordTypes().stream().sorted(Comparator.comparing(RecordType::code))
                .toList(), RequestCodec::recordType);
        o.part("coveredDates", a.coveredDates(), RequestCodec::dateRange);
        o.optional("disclosingParty", a.disclosingParty());
        o.strings("recipients", a.recipients());
        o.names("purposes", a.purposes());
        a.expiration().ifPresent(e -> o.name("expiration").startObject().optional("date", e.date())
                .optional("event", e.event()).endObject());
        o.optional("signerName", a.signerName());
        o.optional("signedOn", a.signedOn());
        o.bool("signedByRepresentative", a.signedByRepresentative());
        o.optional("representativeAuthority", a.representativeAuthority());
        o.bool("rightToRevokeStatement", a.rightToRevokeStatement());
        o.bool("conditioningStatement", a.conditioningStatement());
        o.bool("redisclosureStatement", a.redisclosureStatement());
        o.bool("compound", a.compound());
        o.bool("conditioned", a.conditioned());
        o.bool("knownFalse", a.knownFalse());
        o.optional("revokedAt", a.revokedAt());
        o.optional("expirationEventOccurredAt", a.expirationEventOccurredAt());
        o.endObject();
    }

    static Authorization authorization(JsonIn in) {
        Authorization.Builder b = Authorization.builder();
        List<RecordType> covered = List.of();
        DateRange coveredDates = null;
        List<String> recipients = List.of();
        Set<PurposeKind> purposes = Set.of();
        Expiration expiration = null;
        String signer = null;
        LocalDate signedOn = null;
        boolean byRepresentative = false;
        String authority = null;
        boolean[] statements = new boolean[3];
        boolean compound = false;
        boolean conditioned = false;
        boolean knownFalse = false;
        Instant revokedAt = null;
        Instant eventAt = null;
        for (String f = in.object("authorization").next(); f != null; f = in.next()) {
            switch (f) {
                case "informationDescription" -> b.informationDescription(in.text());
                case "coveredRecordTypes" -> covered = in.list(RequestCodec::recordType);
                case "coveredDates" -> coveredDates = dateRange(in.object(f));
                case "disclosingParty" -> b.disclosingParty(in.text());
                case "recipients" -> recipients = in.texts();
                case "purposes" -> purposes = in.enumSet(PurposeKind.class);
                case "expiration" -> expiration = expiration(in.object(f));
                case "signerName" -> signer = in.text();
                case "signedOn" -> signedOn = in.date();
                case "signedByRepresentative" -> byRepresentative = in.bool();
                case "representativeAuthority" -> authority = in.text();
                case "rightToRevokeStatement" -> statements[0] = in.bool();
                case "conditioningStatement" -> statements[1] = in.bool();
                case "redisclosureStatement" -> statements[2] = in.bool();
                case "compound" -> compound = in.bool();
                case "conditioned" -> conditioned = in.bool();
                case "knownFalse" -> knownFalse = in.bool();
                case "revokedAt" -> revokedAt = in.instant();
                case "expirationEventOccurredAt" -> eventAt = in.instant();
                default -> in.skip();
            }
        }
        b.covers(covered.toArray(new RecordType[0])).coveredDates(JsonIn.required(coveredDates, "coveredDates"));
        recipients.forEach(b::recipient);
        purposes.forEach(b::purpose);
        if (expiration != null) {
            b.expiration(expiration);
        }
        b.signature(signer, signedOn);
        if (byRepresentative) {
            b.signedByRepresentative(authority);
        }
        b.statements(statements[0], statements[1], statements[2]);
        b.compound(compound).conditioned(conditioned).knownFalse(knownFalse);
        b.revokedAt(revokedAt);
        b.expirationEventOccurredAt(eventAt);
        return b.build();
    }

    private static Expiration expiration(JsonIn in) {
        LocalDate on = null;
        String event = null;
        for (String f = in.next(); f != null; f = in.next()) {
            switch (f) {
                case "date" -> on = in.date();
                case "event" -> event = in.text();
                default -> in.skip();
            }
        }
        return on != null ? Expiration.onDate(on) : Expiration.onEvent(JsonIn.required(event, "event"));
    }

    static void identity(JsonOut o, IdentityVerification i) {
        o.startObject().text("verifiedBy", i.verifiedBy()).enumName("method", i.method())
                .instant("verifiedAt", i.verifiedAt()).endObject();
    }

    static IdentityVerification identity(JsonIn in) {
        String by = null;
        VerificationMethod method = null;
        Instant at = null;
        for (String f = in.object("identity").next(); f != null; f = in.next()) {
            switch (f) {
                case "verifiedBy" -> by = in.text();
                case "method" -> method = in.enumValue(VerificationMethod.class);
                case "verifiedAt" -> at = in.instant();
                default -> in.skip();
            }
        }
        return IdentityVerification.of(JsonIn.required(by, "verifiedBy"), JsonIn.required(method, "method"),
                JsonIn.required(at, "verifiedAt"));
    }
}
