package io.github.medrecords.fhir;

import io.github.medrecords.core.authorization.Authorization;
import io.github.medrecords.core.intake.AuthorizationForm;
import io.github.medrecords.core.intake.DirectiveForm;
import io.github.medrecords.core.request.Directive;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.fhir.Fhir.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * A HIPAA authorization or a patient's directive as a FHIR R4 Consent, and back.
 *
 * <p>Category LOINC 64292-6 (release of information) and medrecords' consent kind; scope
 * {@code patient-privacy}; the signer as {@code performer} (a RelatedPerson when a representative signed) and the
 * signing date as {@code dateTime}; the policy as the regulation's address (45 CFR 164.508 for an authorization,
 * with policy rule {@code hipaa-auth}; 45 CFR 164.524 for a directive). The provision permits: the records
 * ({@code code}, record types), their dates ({@code dataPeriod}), the recipients (actors in role {@code IRCP}), the
 * disclosing party (actor in role {@code CST}), the purposes, and the expiry date ({@code period.end}) or event
 * (extension). Stateless and thread-safe.
 */
public final class ConsentMapper {

    static final String SCOPE_SYSTEM = "http://terminology.hl7.org/CodeSystem/consentscope";
    static final String POLICY_RULE_SYSTEM = "http://terminology.hl7.org/CodeSystem/consentpolicycodes";
    static final String AUTHORIZATION_POLICY = "https://www.ecfr.gov/current/title-45/section-164.508";
    static final String DIRECTIVE_POLICY = "https://www.ecfr.gov/current/title-45/section-164.524";
    static final String AUTHORIZATION = "authorization";
    static final String DIRECTIVE = "directive";

    /**
     * Creates the mapper.
     */
    public ConsentMapper() {
    }

    /**
     * Maps an authorization; a revoked one is {@code inactive}.
     *
     * @param authorization  the authorization, not null
     * @param patient  the reference to the patient it is about, not null
     * @return the Consent, not null
     */
    public Consent toConsent(Authorization authorization, Reference patient) {
        Objects.requireNonNull(authorization, "authorization");
        Consent consent = fromForm(DomainForms.authorization(authorization), patient);
        if (authorization.revokedAt().isPresent()) {
            consent.setStatus(Consent.ConsentState.INACTIVE);
        }
        return consent;
    }

    /**
     * Maps a patient's directive to send a copy to a named recipient.
     *
     * @param directive  the directive, not null
     * @param patient  the reference to the patient it is about, not null
     * @return the Consent, not null
     */
    public Consent toConsent(Directive directive, Reference patient) {
        Objects.requireNonNull(directive, "directive");
        return fromForm(DomainForms.directive(directive), patient);
    }

    Consent fromForm(AuthorizationForm a, Reference patient) {
        Consent c = base(AUTHORIZATION, patient, a.getSignerName(), a.isSignedByRepresentative());
        c.setDateTimeElement(Fhir.dateTime(a.getSignedOn()));
        c.addPolicy().setUri(AUTHORIZATION_POLICY);
        c.setPolicyRule(Fhir.concept(POLICY_RULE_SYSTEM, "hipaa-auth", null));
        if (a.getInformationDescription() != null) {
            c.addExtension(FhirCodes.EXT_INFORMATION_DESCRIPTION, new StringType(a.getInformationDescription()));
        }
        if (a.getRepresentativeAuthority() != null) {
            c.addExtension(FhirCodes.EXT_REPRESENTATIVE_AUTHORITY, new StringType(a.getRepresentativeAuthority()));
        }
        statement(c, a.isRightToRevokeStatement(), "right-to-revoke");
        statement(c, a.isConditioningStatement(), "conditioning");
        statement(c, a.isRedisclosureStatement(), "redisclosure");
        Consent.ProvisionComponent p = c.getProvision();
        if (a.getExpiresOn() != null) {
            p.setPeriod(new Period().setEndElement(Fhir.dateTime(a.getExpiresOn())));
        }
        if (a.getExpirationEvent() != null) {
            p.addExtension(FhirCodes.EXT_EXPIRATION_EVENT, new StringType(a.getExpirationEvent()));
        }
        if (a.getCoveredFrom() != null || a.getCoveredTo() != null) {
            p.setDataPeriod(new Period().setStartElement(Fhir.dateTime(a.getCoveredFrom()))
                    .setEndElement(Fhir.dateTime(a.getCoveredTo())));
        }
        if (a.getDisclosingParty() != null) {
            actor(p, "CST", "custodian", a.getDisclosingParty());
        }
        a.getRecipients().forEach(r -> actor(p, "IRCP", "information recipient", r));
        a.getPurposes().stream().filter(Objects::nonNull)
                .forEach(k -> p.addPurpose(Fhir.coding(FhirCodes.PURPOSE, k.name(), null)));
        a.getRecordTypes().forEach(code -> p.addCode(Fhir.concept(FhirCodes.RECORD_TYPE, code, null)));
        return c;
    }

    Consent fromForm(DirectiveForm d, Reference patient) {
        Consent c = base(DIRECTIVE, patient, d.getSignerName(), false);
        c.setDateTimeElement(Fhir.dateTime(d.getSignedOn()));
        c.addPolicy().setUri(DIRECTIVE_POLICY);
        if (d.getRecipientName() != null) {
            actor(c.getProvision(), "IRCP", "information recipient", d.getRecipientName());
        }
        return c;
    }

    /** The kind a Consent declares in its category: {@code authorization}, {@code directive}, or empty. */
    static Optional<String> kind(Consent c) {
        return c.getCategory().stream().map(cc -> Fhir.code(cc, FhirCodes.CONSENT_KIND)).flatMap(Optional::stream)
                .findFirst();
    }

    AuthorizationForm authorizationForm(Consent c, String field, Problems problems) {
        if (kind(c).filter(DIRECTIVE::equals).isPresent()) {
            problems.add(field, Problems.CONSENT_KIND_MISMATCH);
        }
        AuthorizationForm a = new AuthorizationForm();
        a.setInformationDescription(stringExtension(c.getExtensionByUrl(FhirCodes.EXT_INFORMATION_DESCRIPTION)));
        a.setRepresentativeAuthority(stringExtension(c.getExtensionByUrl(FhirCodes.EXT_REPRESENTATIVE_AUTHORITY)));
        List<String> statements = c.getExtensionsByUrl(FhirCodes.EXT_STATEMENT).stream()
                .map(e -> e.getValue() instanceof CodeType code ? code.getValue() : null).toList();
        a.setRightToRevokeStatement(statements.contains("right-to-revoke"));
        a.setConditioningStatement(statements.contains("conditioning"));
        a.setRedisclosureStatement(statements.contains("redisclosure"));
        signature(c, field, problems, true, a::setSignerName, a::setSignedOn);
        a.setSignedByRepresentative(!c.getPerformer().isEmpty()
                && "RelatedPerson".equals(c.getPerformerFirstRep().getType()));
        Consent.ProvisionComponent p = c.getProvision();
        a.setExpiresOn(p.hasPeriod() ? Fhir.localDate(p.getPeriod().getEndElement()) : null);
        a.setExpirationEvent(stringExtension(p.getExtensionByUrl(FhirCodes.EXT_EXPIRATION_EVENT)));
        if (p.hasDataPeriod()) {
            a.setCoveredFrom(Fhir.localDate(p.getDataPeriod().getStartElement()));
            a.setCoveredTo(Fhir.localDate(p.getDataPeriod().getEndElement()));
        }
        List<String> recipients = new ArrayList<>();
        for (Consent.provisionActorComponent actor : p.getActor()) {
            String role = Fhir.code(actor.getRole(), FhirCodes.V3_PARTICIPATION).orElse(null);
            String name = actor.getReference().getDisplay();
            if ("CST".equals(role)) {
                a.setDisclosingParty(name);
            } else if ("IRCP".equals(role)) {
                recipients.add(name == null ? "" : name);
            } else {
                problems.add(field + ".recipients", Problems.CODE_UNKNOWN);
            }
        }
        a.setRecipients(recipients);
        List<PurposeKind> purposes = new ArrayList<>();
        for (Coding purpose : p.getPurpose()) {
            if (!FhirCodes.PURPOSE.equals(purpose.getSystem())) {
                problems.add(field + ".purposes", Problems.CODE_UNKNOWN);
                continue;
            }
            PurposeKind k = Fhir.enumOf(PurposeKind.class, purpose.getCode(), field + ".purposes", problems);
            if (k != null) {
                purposes.add(k);
            }
        }
        a.setPurposes(purposes);
        List<String> recordTypes = new ArrayList<>();
        for (CodeableConcept code : p.getCode()) {
            Optional<String> type = Fhir.code(code, FhirCodes.RECORD_TYPE);
            if (type.isPresent()) {
                recordTypes.add(type.get());
            } else {
                problems.add(field + ".recordTypes", Problems.CODE_UNKNOWN);
            }
        }
        a.setRecordTypes(recordTypes);
        return a;
    }

    DirectiveForm directiveForm(Consent c, String field, Problems problems) {
        if (kind(c).filter(AUTHORIZATION::equals).isPresent()) {
            problems.add(field, Problems.CONSENT_KIND_MISMATCH);
        }
        DirectiveForm d = new DirectiveForm();
        // The intake itself requires a directive's signer and date.
        signature(c, field, problems, false, d::setSignerName, d::setSignedOn);
        c.getProvision().getActor().stream()
                .filter(a -> Fhir.code(a.getRole(), FhirCodes.V3_PARTICIPATION).filter("IRCP"::equals).isPresent())
                .findFirst().ifPresent(a -> d.setRecipientName(a.getReference().getDisplay()));
        return d;
    }

    private static void signature(Consent c, String field, Problems problems, boolean required,
            java.util.function.Consumer<String> signer, java.util.function.Consumer<java.time.LocalDate> signedOn) {
        String name = c.getPerformer().isEmpty() ? null : c.getPerformerFirstRep().getDisplay();
        java.time.LocalDate date = c.hasDateTimeElement() ? Fhir.localDate(c.getDateTimeElement()) : null;
        signer.accept(name);
        signedOn.accept(date);
        if (required && (name == null || name.isBlank())) {
            problems.add(field + ".signerName", Problems.CONSENT_UNSIGNED);
        }
        if (required && date == null) {
            problems.add(field + ".signedOn", Problems.CONSENT_UNSIGNED);
        }
    }

    private static Consent base(String kind, Reference patient, String signer, boolean representative) {
        Objects.requireNonNull(patient, "patient");
        Consent c = new Consent();
        c.setStatus(Consent.ConsentState.ACTIVE);
        c.setScope(Fhir.concept(SCOPE_SYSTEM, "patient-privacy", "Privacy Consent"));
        c.addCategory(Fhir.concept(FhirCodes.LOINC, FhirCodes.LOINC_RELEASE_OF_INFORMATION,
                "Release of information consent"));
        c.addCategory(Fhir.concept(FhirCodes.CONSENT_KIND, kind, null));
        c.setPatient(patient.copy());
        if (signer != null || representative) {
            Reference performer = new Reference();
            performer.setType(representative ? "RelatedPerson" : "Patient");
            if (signer != null) {
                performer.setDisplay(signer);
            }
            c.addPerformer(performer);
        }
        c.getProvision().setType(Consent.ConsentProvisionType.PERMIT);
        return c;
    }

    private static void actor(Consent.ProvisionComponent p, String role, String display, String name) {
        Reference who = new Reference();
        who.setDisplayElement(Fhir.placeholderOrText(name));
        p.addActor().setRole(Fhir.concept(FhirCodes.V3_PARTICIPATION, role, display)).setReference(who);
    }

    private static void statement(Consent c, boolean present, String code) {
        if (present) {
            c.addExtension(new Extension(FhirCodes.EXT_STATEMENT, new CodeType(code)));
        }
    }

    private static String stringExtension(Extension e) {
        return e != null && e.getValue() instanceof StringType s ? s.getValue() : null;
    }
}
