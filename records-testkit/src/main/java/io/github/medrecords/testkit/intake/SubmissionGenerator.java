package io.github.medrecords.testkit.intake;

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
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.DocumentKind;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RepresentativeKind;
import io.github.medrecords.core.request.RequesterRole;
import io.github.medrecords.core.request.ThirdPartyKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Seeded generator of submissions as a practice's form produces them: valid ones of every
 * {@link SubmissionShape}, and invalid ones with exactly one {@link Corruption}.
 *
 * <p>Plain Java with a {@link Random}, so it plugs into any property-testing library: draw a seed
 * from the library and build a generator from it. The same seed and "today" give the same
 * submissions. Valid submissions use only well-known record types and at most 5 copies, so they
 * are valid for any practice with default policies. Not thread-safe.
 */
public final class SubmissionGenerator {

    private static final List<String> GIVEN = List.of("Maria", "James", "Aiyana", "Chen", "Olu", "Zoë", "Seán",
            "Ana-Lucía", "O'Brien", "Li");
    private static final List<String> FAMILY = List.of("Kowalski", "Nguyen", "Smith-Jones", "Okafor", "D'Angelo",
            "Müller", "Garcia", "Begay", "Ivanova", "Hart");
    private static final List<String> CITIES = List.of("Hartford", "New Haven", "Stamford", "Waterbury", "Norwalk");
    private static final List<RecordType> TYPES = List.of(RecordType.CLINICAL_VISIT_SUMMARY, RecordType.XRAY_IMAGES,
            RecordType.MRI_IMAGES, RecordType.MRI_REPORT, RecordType.BILLING_RECORDS, RecordType.LAB_RESULTS,
            RecordType.OTHER_DOCUMENTS);

    private final Random random;
    private final LocalDate today;

    /**
     * Creates a generator.
     *
     * @param seed  the seed; the same seed gives the same submissions
     * @param today  the date the validator's clock reads in the practice's zone, not null
     */
    public SubmissionGenerator(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = Objects.requireNonNull(today, "today");
    }

    /**
     * Returns the date the generator treats as today.
     *
     * @return today, not null
     */
    public LocalDate today() {
        return today;
    }

    /**
     * Makes a valid submission of a random shape.
     *
     * @return a new submission, not null
     */
    public RecordsRequestSubmission valid() {
        SubmissionShape[] shapes = SubmissionShape.values();
        return valid(shapes[random.nextInt(shapes.length)]);
    }

    /**
     * Makes a valid submission of a shape.
     *
     * @param shape  the shape, not null
     * @return a new submission, not null
     */
    public RecordsRequestSubmission valid(SubmissionShape shape) {
        Objects.requireNonNull(shape, "shape");
        RecordsRequestSubmission s = new RecordsRequestSubmission();
        s.setIdempotencyKey("portal-" + Long.toHexString(random.nextLong() & Long.MAX_VALUE) + "-x");
        s.setPatient(patient());
        int selections = 1 + random.nextInt(3);
        for (int i = 0; i < selections; i++) {
            s.getRecords().add(selection());
        }
        s.setIdentityAttested(true);
        RequesterForm requester = new RequesterForm();
        requester.setRole(RequesterRole.PATIENT);
        s.setRequester(requester);
        s.setLegalBasis(LegalBasis.INDIVIDUAL_ACCESS);
        s.setPurpose(PurposeKind.AT_REQUEST_OF_INDIVIDUAL);
        switch (shape) {
            case PATIENT_SECURE_LINK -> s.setDelivery(secureLink(s.getPatient().getEmail()));
            case PATIENT_CD_BY_MAIL -> s.setDelivery(mail(DeliveryMethod.CD_BY_MAIL));
            case PATIENT_PAPER_BY_MAIL -> s.setDelivery(mail(DeliveryMethod.PAPER_BY_MAIL));
            case PATIENT_PORTAL -> s.setDelivery(delivery(DeliveryMethod.PORTAL_DOWNLOAD));
            case PATIENT_FAX -> {
                DeliveryForm d = delivery(DeliveryMethod.FAX);
                d.setFaxNumber(phone());
                s.setDelivery(d);
            }
            case PATIENT_DIRECTIVE -> {
                s.setLegalBasis(LegalBasis.THIRD_PARTY_DIRECTIVE);
                DirectiveForm d = new DirectiveForm();
                d.setSignerName(s.getPatient().getGivenName() + " " + s.getPatient().getFamilyName());
                d.setSignedOn(pastDate(30));
                d.setRecipientName("Northeast Disability Advocates");
                s.setDirective(d);
                s.setDelivery(secureLink("intake@ne-advocates.example"));
            }
            case REPRESENTATIVE -> {
                requester.setRole(RequesterRole.PERSONAL_REPRESENTATIVE);
                requester.setRepresentativeKind(RepresentativeKind.PARENT_OF_MINOR);
                requester.setName(pick(GIVEN) + " " + s.getPatient().getFamilyName());
                requester.setEmail("parent" + random.nextInt(1000) + "@example.com");
                s.getDocuments().add(document(DocumentKind.PROOF_OF_PARENTHOOD));
                s.getPatient().setDateOfBirth(today.minusYears(5 + random.nextInt(12)).minusDays(random.nextInt(300)));
                s.setDelivery(mail(DeliveryMethod.PAPER_BY_MAIL));
            }
            case PROVIDER_CONTINUING_CARE -> {
                requester.setRole(RequesterRole.PROVIDER);
                requester.setName("Dr. " + pick(FAMILY));
                requester.setOrganization("Shoreline Physical Therapy");
                requester.setPhone(phone());
                s.setLegalBasis(LegalBasis.TREATMENT);
                s.setPurpose(PurposeKind.CONTINUING_CARE);
                DeliveryForm d = delivery(DeliveryMethod.DIRECT_TO_PROVIDER);
                ProviderForm p = new ProviderForm();
                p.setName("Shoreline Physical Therapy");
                p.setNpi(String.valueOf(1_000_000_000L + (random.nextLong() & Long.MAX_VALUE) % 8_999_999_999L));
                p.setAddress(address());
                p.setFax(phone());
                d.setProvider(p);
                s.setDelivery(d);
            }
            case ATTORNEY_AUTHORIZATION -> {
                requester.setRole(RequesterRole.THIRD_PARTY);
                requester.setThirdPartyKind(ThirdPartyKind.ATTORNEY);
                requester.setName(pick(GIVEN) + " " + pick(FAMILY));
                requester.setOrganization("Whitfield & Ames LLP");
                requester.setEmail("records@whitfield-ames.example");
                s.setLegalBasis(LegalBasis.AUTHORIZATION);
                s.setPurpose(PurposeKind.LEGAL);
                s.setAuthorization(authorization(s));
                s.setDelivery(mail(DeliveryMethod.PAPER_BY_MAIL));
            }
            case COURT_ORDER -> {
                requester.setRole(RequesterRole.THIRD_PARTY);
                requester.setThirdPartyKind(ThirdPartyKind.GOVERNMENT_AGENCY);
                requester.setName("Clerk of the Superior Court");
                requester.setPhone(phone());
                s.setLegalBasis(LegalBasis.COURT_ORDER_OR_SUBPOENA);
                s.setPurpose(PurposeKind.LEGAL);
                s.getDocuments().add(document(DocumentKind.SUBPOENA));
                s.setDelivery(mail(DeliveryMethod.PAPER_BY_MAIL));
            }
        }
        return s;
    }

    /**
     * Makes a submission with exactly one mistake of a random kind.
     *
     * @return the invalid submission and the violation it must cause, not null
     */
    public InvalidSubmission invalid() {
        Corruption[] all = Corruption.values();
        return invalid(all[random.nextInt(all.length)]);
    }

    /**
     * Makes a submission with exactly one mistake of a given kind.
     *
     * @param corruption  the mistake, not null
     * @return the invalid submission and the violation it must cause, not null
     */
    public InvalidSubmission invalid(Corruption corruption) {
        RecordsRequestSubmission s = valid(corruption.shape());
        corruption.apply(s, today);
        return new InvalidSubmission(s, corruption, corruption.field(), corruption.code());
    }

    private PatientForm patient() {
        PatientForm p = new PatientForm();
        p.setGivenName(pick(GIVEN));
        p.setFamilyName(pick(FAMILY));
        p.setDateOfBirth(today.minusYears(18 + random.nextInt(70)).minusDays(random.nextInt(365)));
        if (random.nextBoolean()) {
            p.setMedicalRecordNumber("MRN-" + (100000 + random.nextInt(900000)));
        }
        p.setEmail("patient" + random.nextInt(100000) + "@example.com");
        p.setPhone(phone());
        p.setAddress(address());
        return p;
    }

    private RecordSelectionForm selection() {
        RecordSelectionForm r = new RecordSelectionForm();
        RecordType type = pick(TYPES);
        r.setType(type.code());
        if (type.needsDescription()) {
            r.setDescription("Physical therapy referral letters");
        }
        if (random.nextInt(4) > 0) {
            LocalDate from = pastDate(900);
            r.setFrom(from);
            r.setTo(from.plusDays(random.nextInt((int) (today.toEpochDay() - from.toEpochDay()) + 1)));
        }
        r.setCopies(1 + random.nextInt(2));
        return r;
    }

    AuthorizationForm authorization(RecordsRequestSubmission s) {
        AuthorizationForm a = new AuthorizationForm();
        a.setInformationDescription("Records of the patient's orthopaedic care");
        s.getRecords().forEach(r -> {
            if (!a.getRecordTypes().contains(r.getType())) {
                a.getRecordTypes().add(r.getType());
            }
        });
        a.setDisclosingParty("Connecticut Orthopaedic Specialists");
        a.getRecipients().add(s.getRequester().getOrganization());
        a.getPurposes().add(s.getPurpose());
        a.setExpiresOn(today.plusDays(30 + random.nextInt(300)));
        a.setSignerName(s.getPatient().getGivenName() + " " + s.getPatient().getFamilyName());
        a.setSignedOn(pastDate(60));
        a.setRightToRevokeStatement(true);
        a.setConditioningStatement(true);
        a.setRedisclosureStatement(true);
        return a;
    }

    private AddressForm address() {
        AddressForm a = new AddressForm();
        a.setLine1((1 + random.nextInt(999)) + " " + pick(List.of("Elm", "Main", "Asylum", "Chapel")) + " Street");
        if (random.nextBoolean()) {
            a.setLine2("Apt " + (1 + random.nextInt(40)));
        }
        a.setCity(pick(CITIES));
        a.setState("CT");
        a.setZip(String.format("06%03d", random.nextInt(1000)));
        return a;
    }

    private DeliveryForm delivery(DeliveryMethod method) {
        DeliveryForm d = new DeliveryForm();
        d.setMethod(method);
        return d;
    }

    private DeliveryForm secureLink(String email) {
        DeliveryForm d = delivery(DeliveryMethod.SECURE_LINK);
        d.setEmail(email);
        return d;
    }

    private DeliveryForm mail(DeliveryMethod method) {
        DeliveryForm d = delivery(method);
        d.setPostalAddress(address());
        return d;
    }

    private DocumentForm document(DocumentKind kind) {
        DocumentForm d = new DocumentForm();
        d.setKind(kind);
        d.setReference("doc-" + Integer.toHexString(random.nextInt()));
        return d;
    }

    private String phone() {
        return String.format("(%03d) 555-%04d", 200 + random.nextInt(700), random.nextInt(10000));
    }

    private LocalDate pastDate(int withinDays) {
        return today.minusDays(random.nextInt(withinDays + 1));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
