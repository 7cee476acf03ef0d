package io.github.medrecords.core.intake;

import io.github.medrecords.core.authorization.Authorization;
import io.github.medrecords.core.authorization.Expiration;
import io.github.medrecords.core.intake.internal.Messages;
import io.github.medrecords.core.party.ContactDetails;
import io.github.medrecords.core.party.EmailAddress;
import io.github.medrecords.core.party.Language;
import io.github.medrecords.core.party.PersonName;
import io.github.medrecords.core.party.PhoneNumber;
import io.github.medrecords.core.party.PostalAddress;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.DateRange;
import io.github.medrecords.core.request.Delivery;
import io.github.medrecords.core.request.Directive;
import io.github.medrecords.core.request.PatientIdentity;
import io.github.medrecords.core.request.ProviderRecipient;
import io.github.medrecords.core.request.Purpose;
import io.github.medrecords.core.request.RecordSelection;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RecordsRequest;
import io.github.medrecords.core.request.Requester;
import io.github.medrecords.core.request.Signature;
import io.github.medrecords.core.request.SupportingDocument;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The one entry point from a portal's form to a request: {@link #check} returns every problem with a
 * submission at once, {@link #accept} turns a valid one into a {@link RecordsRequest}.
 *
 * <p>Problems come from Bean Validation (the constraints on the form classes, with today read from
 * the validator's clock) and from the practice: the record types it offers and the copies it allows.
 * Each is reported once, on the field a portal should highlight, in words a patient understands.
 *
 * <p>Thread-safe if the validator is (Hibernate Validator's is).
 */
public final class RequestIntake {

    private final Validator validator;
    private final Map<String, RecordType> recordTypes = new LinkedHashMap<>();
    private final Messages messages;

    /**
     * Creates an intake that offers the well-known record types.
     *
     * @param validator  the validator, ideally from {@link MedrecordsValidation}, not null
     */
    public RequestIntake(Validator validator) {
        this(validator, List.of());
    }

    /**
     * Creates an intake that offers the well-known record types and more of the practice's own.
     *
     * @param validator  the validator, ideally from {@link MedrecordsValidation}, not null
     * @param additionalTypes  record types beyond {@link RecordType#wellKnownTypes()}, not null
     */
    public RequestIntake(Validator validator, Collection<RecordType> additionalTypes) {
        this(validator, additionalTypes, locale -> null);
    }

    /**
     * Creates an intake that offers the well-known record types and more of the practice's own, with the
     * portal's own wording consulted first when a message is given in the requester's chosen language.
     *
     * @param validator  the validator, ideally from {@link MedrecordsValidation}, not null
     * @param additionalTypes  record types beyond {@link RecordType#wellKnownTypes()}, not null
     * @param translations  the portal's bundle for a locale, or null where it has none; not null
     */
    public RequestIntake(Validator validator, Collection<RecordType> additionalTypes,
            Function<Locale, ResourceBundle> translations) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.messages = new Messages(Objects.requireNonNull(translations, "translations"));
        Objects.requireNonNull(additionalTypes, "additionalTypes");
        RecordType.wellKnownTypes().forEach(t -> recordTypes.put(t.code(), t));
        additionalTypes.forEach(t -> recordTypes.put(t.code(), t));
    }

    /**
     * Finds every problem with a submission to a practice.
     *
     * <p>Messages come in the language the requester chose ({@link RecordsRequestSubmission#getLanguage()})
     * when it is a supported one; otherwise (none chosen, or one not offered, itself reported on the field
     * {@code language}) in the validator's locale, the host's default.
     *
     * @param practice  the practice the submission is made to, not null
     * @param submission  the submission, not null
     * @return the problems ordered by field, empty if the submission is valid; unmodifiable, not null
     */
    public List<FieldViolation> check(PracticeProfile practice, RecordsRequestSubmission submission) {
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(submission, "submission");
        TreeSet<FieldViolation> found = new TreeSet<>();
        Optional<Locale> chosen = Optional.ofNullable(submission.getLanguage()).filter(Language::isSupported)
                .map(tag -> Language.of(tag).locale());
        Locale locale = chosen.orElse(Locale.getDefault());
        for (ConstraintViolation<RecordsRequestSubmission> v : validator.validate(submission)) {
            found.add(toViolation(v, chosen));
        }
        if (submission.getLanguage() != null && !Language.isSupported(submission.getLanguage())) {
            found.add(practiceViolation(locale, "language", "medrecords.language.unsupported"));
        }
        List<RecordSelectionForm> records = submission.getRecords();
        int maximum = practice.policies().maximumCopiesPerSelection();
        for (int i = 0; i < records.size(); i++) {
            RecordSelectionForm r = records.get(i);
            if (r == null) {
                found.add(practiceViolation(locale, "records", "medrecords.records.type.required"));
                continue;
            }
            if (r.getType() != null && r.getType().matches("[A-Z][A-Z0-9_]{1,39}")
                    && !recordTypes.containsKey(r.getType())) {
                found.add(practiceViolation(locale, "records[" + i + "].type", "medrecords.records.type.unknown"));
            }
            Integer copies = r.getCopies();
            if (copies != null && copies > maximum && copies <= RecordSelection.MAX_COPIES) {
                found.add(practiceViolation(locale, "records[" + i + "].copies",
                        "medrecords.records.copies.practiceMaximum",
                        maximum));
            }
        }
        AuthorizationForm authorization = submission.getAuthorization();
        if (authorization != null && authorization.getRecordTypes().stream().filter(Objects::nonNull)
                .anyMatch(code -> code.matches("[A-Z][A-Z0-9_]{1,39}") && !recordTypes.containsKey(code))) {
            found.add(practiceViolation(locale, "authorization.recordTypes", "medrecords.records.type.unknown"));
        }
        TextCheck.unstorable(submission, "", field -> found.add(practiceViolation(locale, field,
                "medrecords.text.unstorable")));
        return List.copyOf(found);
    }

    /**
     * Turns a valid submission into a request.
     *
     * @param practice  the practice the submission is made to, not null
     * @param submission  the submission, not null
     * @return the request with the authorization and idempotency key that came with it, not null
     * @throws InvalidRequestException carrying every problem, if the submission is not valid
     */
    public AcceptedSubmission accept(PracticeProfile practice, RecordsRequestSubmission submission) {
        List<FieldViolation> violations = check(practice, submission);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        RecordsRequest.Builder request = RecordsRequest.builder(practice.id())
                .requester(requester(submission.getRequester()))
                .legalBasis(submission.getLegalBasis())
                .purpose(Purpose.of(submission.getPurpose(), submission.getPurposeDescription()))
                .patient(patient(submission.getPatient()))
                .delivery(delivery(submission.getDelivery()))
                .attorneyBeforeSuit(submission.isAttorneyBeforeSuit())
                .language(submission.getLanguage() == null ? Language.ENGLISH : Language.of(submission.getLanguage()));
        submission.getDocuments().stream().filter(Objects::nonNull)
                .forEach(d -> request.document(SupportingDocument.of(d.getKind(), d.getReference())));
        submission.getRecords().stream().filter(Objects::nonNull)
                .forEach(r -> request.selection(RecordSelection.of(recordTypes.get(r.getType()), r.getDescription(),
                        DateRange.of(r.getFrom(), r.getTo()), r.getCopies())));
        if (submission.getLegalBasis().requiresDirective()) {
            DirectiveForm d = submission.getDirective();
            request.directive(Directive.of(
                    Signature.of(d.getSignerName(), d.getSignedOn()),
                    d.getRecipientName()));
        }
        return new AcceptedSubmission(request.build(),
                Optional.ofNullable(submission.getAuthorization()).map(this::authorization),
                Optional.ofNullable(submission.getIdempotencyKey()));
    }

    private FieldViolation toViolation(ConstraintViolation<?> v, Optional<Locale> chosen) {
        String template = v.getMessageTemplate();
        String key = Messages.keyOf(template);
        String code = key != null ? key : template;
        String message = v.getMessage();
        if (key != null && chosen.isPresent()) {
            // The validator speaks the host's locale; the requester chose theirs. Our keys carry no parameters.
            message = messages.text(key, chosen.get());
        } else if (message.contains("{medrecords.")) {
            // A validator not built by MedrecordsValidation left our key unresolved.
            message = messages.resolve(message, Locale.getDefault());
        }
        return new FieldViolation(v.getPropertyPath().toString(), code, message);
    }

    private FieldViolation practiceViolation(Locale locale, String field, String key, Object... arguments) {
        String text = messages.text(key, locale);
        return new FieldViolation(field, key, arguments.length == 0 ? text
                : new MessageFormat(text, locale).format(arguments));
    }

    private static Requester requester(RequesterForm r) {
        ContactDetails contact = contact(r.getEmail(), r.getPhone(), null);
        return switch (r.getRole()) {
            case PATIENT -> Requester.patient();
            case PERSONAL_REPRESENTATIVE -> Requester.personalRepresentative(r.getRepresentativeKind(), r.getName(),
                    contact);
            case PROVIDER -> Requester.provider(r.getName(), r.getOrganization(), contact);
            case THIRD_PARTY -> Requester.thirdParty(r.getThirdPartyKind(), r.getName(), r.getOrganization(), contact);
        };
    }

    private static PatientIdentity patient(PatientForm p) {
        return PatientIdentity.of(PersonName.of(p.getGivenName(), p.getFamilyName()), p.getDateOfBirth(),
                p.getMedicalRecordNumber(), contact(p.getEmail(), p.getPhone(), p.getAddress()));
    }

    private static ContactDetails contact(String email, String phone, AddressForm address) {
        return new ContactDetails(email == null ? null : EmailAddress.parse(email),
                phone == null ? null : PhoneNumber.parse(phone), address == null ? null : address(address));
    }

    private static PostalAddress address(AddressForm a) {
        return PostalAddress.of(a.getLine1(), a.getLine2(), a.getCity(), UsState.fromCode(a.getState()).orElseThrow(),
                a.getZip());
    }

    private static Delivery delivery(DeliveryForm d) {
        return switch (d.getMethod()) {
            case PORTAL_DOWNLOAD -> Delivery.portalDownload();
            case SECURE_LINK -> Delivery.secureLink(EmailAddress.parse(d.getEmail()));
            case CD_BY_MAIL -> Delivery.cdByMail(address(d.getPostalAddress()));
            case PAPER_BY_MAIL -> Delivery.paperByMail(address(d.getPostalAddress()));
            case FAX -> Delivery.fax(PhoneNumber.parse(d.getFaxNumber()));
            case PATIENT_APP -> Delivery.patientApp(d.getApp());
            case DIRECT_TO_PROVIDER -> {
                ProviderForm p = d.getProvider();
                yield Delivery.directToProvider(ProviderRecipient.of(p.getName(), p.getNpi(), address(p.getAddress()),
                        p.getFax() == null ? null : PhoneNumber.parse(p.getFax())));
            }
        };
    }

    private Authorization authorization(AuthorizationForm a) {
        Authorization.Builder b = Authorization.builder()
                .informationDescription(a.getInformationDescription())
                .coveredDates(DateRange.of(a.getCoveredFrom(), a.getCoveredTo()))
                .disclosingParty(a.getDisclosingParty())
                .signature(a.getSignerName(), a.getSignedOn())
                .statements(a.isRightToRevokeStatement(), a.isConditioningStatement(), a.isRedisclosureStatement());
        a.getRecordTypes().forEach(code -> b.covers(recordTypes.get(code)));
        a.getRecipients().forEach(b::recipient);
        a.getPurposes().stream().filter(Objects::nonNull).forEach(b::purpose);
        if (a.getExpiresOn() != null) {
            b.expiration(Expiration.onDate(a.getExpiresOn()));
        } else if (a.getExpirationEvent() != null) {
            b.expiration(Expiration.onEvent(a.getExpirationEvent()));
        }
        if (a.isSignedByRepresentative()) {
            b.signedByRepresentative(a.getRepresentativeAuthority());
        }
        return b.build();
    }
}
