package io.github.medrecords.fhir;

import io.github.medrecords.core.authorization.Authorization;
import io.github.medrecords.core.intake.AddressForm;
import io.github.medrecords.core.intake.AuthorizationForm;
import io.github.medrecords.core.intake.DeliveryForm;
import io.github.medrecords.core.intake.DirectiveForm;
import io.github.medrecords.core.intake.DocumentForm;
import io.github.medrecords.core.intake.PatientForm;
import io.github.medrecords.core.intake.ProviderForm;
import io.github.medrecords.core.intake.RecordSelectionForm;
import io.github.medrecords.core.intake.RecordsRequestSubmission;
import io.github.medrecords.core.intake.RequesterForm;
import io.github.medrecords.core.party.ContactDetails;
import io.github.medrecords.core.party.EmailAddress;
import io.github.medrecords.core.party.PhoneNumber;
import io.github.medrecords.core.party.PostalAddress;
import io.github.medrecords.core.request.Delivery;
import io.github.medrecords.core.request.Directive;
import io.github.medrecords.core.request.PatientIdentity;
import io.github.medrecords.core.request.RecordSelection;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RecordsRequest;
import io.github.medrecords.core.request.Requester;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The library's immutable values written back into the forms a portal fills, so that one writer
 * ({@link SubmissionTasks}, {@link ConsentMapper}) serves both a submission and a stored request.
 */
final class DomainForms {

    private DomainForms() {
    }

    static RecordsRequestSubmission submission(RecordsRequest r, Optional<Authorization> authorization,
            Optional<String> idempotencyKey) {
        RecordsRequestSubmission s = new RecordsRequestSubmission();
        s.setIdempotencyKey(idempotencyKey.orElse(null));
        s.setRequester(requester(r.requester()));
        s.setLegalBasis(r.legalBasis());
        s.setPurpose(r.purpose().kind());
        s.setPurposeDescription(r.purpose().description().orElse(null));
        List<DocumentForm> documents = new ArrayList<>();
        r.documents().forEach(d -> {
            DocumentForm f = new DocumentForm();
            f.setKind(d.kind());
            f.setReference(d.reference());
            documents.add(f);
        });
        s.setDocuments(documents);
        s.setPatient(patient(r.patient()));
        List<RecordSelectionForm> records = new ArrayList<>();
        r.selections().forEach(sel -> records.add(selection(sel)));
        s.setRecords(records);
        s.setDelivery(delivery(r.delivery()));
        authorization.ifPresent(a -> s.setAuthorization(authorization(a)));
        r.directive().ifPresent(d -> s.setDirective(directive(d)));
        // A stored request passed the intake, which requires the attestation.
        s.setIdentityAttested(true);
        return s;
    }

    static AuthorizationForm authorization(Authorization a) {
        AuthorizationForm f = new AuthorizationForm();
        f.setInformationDescription(a.informationDescription().orElse(null));
        f.setRecordTypes(a.coveredRecordTypes().stream().map(RecordType::code).sorted().toList());
        f.setCoveredFrom(a.coveredDates().from().orElse(null));
        f.setCoveredTo(a.coveredDates().to().orElse(null));
        f.setDisclosingParty(a.disclosingParty().orElse(null));
        f.setRecipients(a.recipients());
        f.setPurposes(a.purposes().stream().sorted().toList());
        a.expiration().ifPresent(e -> {
            f.setExpiresOn(e.date().orElse(null));
            f.setExpirationEvent(e.event().orElse(null));
        });
        f.setSignerName(a.signerName().orElse(null));
        f.setSignedOn(a.signedOn().orElse(null));
        f.setSignedByRepresentative(a.signedByRepresentative());
        f.setRepresentativeAuthority(a.representativeAuthority().orElse(null));
        f.setRightToRevokeStatement(a.rightToRevokeStatement());
        f.setConditioningStatement(a.conditioningStatement());
        f.setRedisclosureStatement(a.redisclosureStatement());
        return f;
    }

    static DirectiveForm directive(Directive d) {
        DirectiveForm f = new DirectiveForm();
        f.setSignerName(d.signature().signerName());
        f.setSignedOn(d.signature().signedOn());
        f.setRecipientName(d.recipientName());
        return f;
    }

    private static RequesterForm requester(Requester r) {
        RequesterForm f = new RequesterForm();
        f.setRole(r.role());
        f.setName(r.name().orElse(null));
        f.setOrganization(r.organization().orElse(null));
        f.setRepresentativeKind(r.representativeKind().orElse(null));
        f.setThirdPartyKind(r.thirdPartyKind().orElse(null));
        f.setEmail(r.contact().emailAddress().map(EmailAddress::value).orElse(null));
        f.setPhone(r.contact().phoneNumber().map(PhoneNumber::formatted).orElse(null));
        return f;
    }

    private static PatientForm patient(PatientIdentity p) {
        PatientForm f = new PatientForm();
        f.setGivenName(p.name().given());
        f.setFamilyName(p.name().family());
        f.setDateOfBirth(p.dateOfBirth());
        f.setMedicalRecordNumber(p.medicalRecordNumber().orElse(null));
        ContactDetails c = p.contact();
        f.setEmail(c.emailAddress().map(EmailAddress::value).orElse(null));
        f.setPhone(c.phoneNumber().map(PhoneNumber::formatted).orElse(null));
        f.setAddress(c.postalAddress().map(DomainForms::address).orElse(null));
        return f;
    }

    private static RecordSelectionForm selection(RecordSelection s) {
        RecordSelectionForm f = new RecordSelectionForm();
        f.setType(s.type().code());
        f.setDescription(s.description().orElse(null));
        f.setFrom(s.dates().from().orElse(null));
        f.setTo(s.dates().to().orElse(null));
        f.setCopies(s.copies());
        return f;
    }

    private static DeliveryForm delivery(Delivery d) {
        DeliveryForm f = new DeliveryForm();
        f.setMethod(d.method());
        f.setEmail(d.email().map(EmailAddress::value).orElse(null));
        f.setPostalAddress(d.postalAddress().map(DomainForms::address).orElse(null));
        f.setFaxNumber(d.faxNumber().map(PhoneNumber::formatted).orElse(null));
        if (d.destination() instanceof Delivery.PatientApp app) {
            f.setApp(app.clientId());
        }
        d.provider().ifPresent(p -> {
            ProviderForm pf = new ProviderForm();
            pf.setName(p.name());
            pf.setNpi(p.npi().orElse(null));
            pf.setAddress(address(p.address()));
            pf.setFax(p.fax().map(PhoneNumber::formatted).orElse(null));
            f.setProvider(pf);
        });
        return f;
    }

    private static AddressForm address(PostalAddress a) {
        AddressForm f = new AddressForm();
        f.setLine1(a.line1());
        f.setLine2(a.line2().orElse(null));
        f.setCity(a.city());
        f.setState(a.state().name());
        f.setZip(a.zip());
        return f;
    }
}
