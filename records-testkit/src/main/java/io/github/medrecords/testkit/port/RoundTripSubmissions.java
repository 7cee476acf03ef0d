package io.github.medrecords.testkit.port;

import io.github.medrecords.core.intake.AddressForm;
import io.github.medrecords.core.intake.DeliveryForm;
import io.github.medrecords.core.intake.DirectiveForm;
import io.github.medrecords.core.intake.DocumentForm;
import io.github.medrecords.core.intake.RecordSelectionForm;
import io.github.medrecords.core.intake.RecordsRequestSubmission;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.DocumentKind;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RepresentativeKind;
import io.github.medrecords.core.request.RequesterRole;
import io.github.medrecords.core.request.ThirdPartyKind;
import io.github.medrecords.testkit.intake.SubmissionGenerator;
import io.github.medrecords.testkit.intake.SubmissionShape;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Valid forms for the round-trip contract: the test kit's {@link SubmissionGenerator} shapes, varied
 * into every requester role and legal basis, every delivery method, benefit claims with and without
 * their documentation, representatives of every kind, third parties of every kind, authorizations with
 * a defect (the request waits) and more copies. Not thread-safe.
 */
final class RoundTripSubmissions {

    private static final DeliveryMethod[] METHODS = DeliveryMethod.values();
    private static final PurposeKind[] CLAIMS = {PurposeKind.SOCIAL_SECURITY_CLAIM,
        PurposeKind.GOVERNMENT_BENEFIT_CLAIM, PurposeKind.VETERANS_BENEFIT_CLAIM};

    private final Random random;

    RoundTripSubmissions(Random random) {
        this.random = random;
    }

    /**
     * Makes a valid form for a practice, dated as the validator's clock reads today.
     *
     * @param practice  the practice
     * @param today  today in the practice's zone
     * @return the form and the variant's name, for the coverage figures
     */
    Made next(PracticeProfile practice, LocalDate today) {
        SubmissionGenerator forms = new SubmissionGenerator(random.nextLong(), today);
        SubmissionShape[] shapes = SubmissionShape.values();
        SubmissionShape shape = shapes[random.nextInt(shapes.length)];
        if (practice.jurisdictions().contains(UsState.CA) && random.nextInt(5) < 2) {
            // Attorneys' requests before suit have California's own schedule (Evidence Code 1158).
            shape = SubmissionShape.ATTORNEY_AUTHORIZATION;
        }
        RecordsRequestSubmission s = forms.valid(shape);
        String variant = shape.name();
        int roll = random.nextInt(10);
        switch (shape) {
            case PATIENT_SECURE_LINK, PATIENT_CD_BY_MAIL, PATIENT_PAPER_BY_MAIL, PATIENT_PORTAL, PATIENT_FAX -> {
                if (roll < 4) {
                    delivery(s, METHODS[random.nextInt(METHODS.length)], forms, today);
                    variant = "PATIENT_" + s.getDelivery().getMethod();
                }
                if (random.nextInt(4) == 0) {
                    PurposeKind claim = CLAIMS[random.nextInt(CLAIMS.length)];
                    s.setPurpose(claim);
                    boolean documented = random.nextBoolean();
                    if (documented) {
                        s.getDocuments().add(document(claim.claimDocumentation()));
                    }
                    variant = "PATIENT_" + claim + (documented ? "_DOCUMENTED" : "_UNDOCUMENTED");
                }
            }
            case PATIENT_DIRECTIVE -> {
                if (roll < 5) {
                    DeliveryMethod[] withDestination = {DeliveryMethod.PAPER_BY_MAIL, DeliveryMethod.CD_BY_MAIL,
                        DeliveryMethod.FAX, DeliveryMethod.SECURE_LINK};
                    delivery(s, withDestination[random.nextInt(withDestination.length)], forms, today);
                    variant = "PATIENT_DIRECTIVE_" + s.getDelivery().getMethod();
                }
            }
            case REPRESENTATIVE -> {
                RepresentativeKind[] kinds = RepresentativeKind.values();
                RepresentativeKind kind = kinds[random.nextInt(kinds.length)];
                s.getRequester().setRepresentativeKind(kind);
                s.getDocuments().clear();
                s.getDocuments().add(document(kind.acceptedProof().iterator().next()));
                if (kind != RepresentativeKind.PARENT_OF_MINOR && kind != RepresentativeKind.GUARDIAN_OF_MINOR) {
                    s.getPatient().setDateOfBirth(today.minusYears(30 + random.nextInt(50)));
                }
                if (roll < 3) {
                    s.setLegalBasis(LegalBasis.THIRD_PARTY_DIRECTIVE);
                    DirectiveForm d = new DirectiveForm();
                    d.setSignerName(s.getRequester().getName());
                    d.setSignedOn(today.minusDays(random.nextInt(20)));
                    d.setRecipientName("Valley Legal Aid");
                    s.setDirective(d);
                    variant = "REPRESENTATIVE_DIRECTIVE";
                } else {
                    variant = "REPRESENTATIVE_" + kind;
                }
                if (random.nextBoolean()) {
                    delivery(s, random.nextBoolean() ? DeliveryMethod.SECURE_LINK : DeliveryMethod.CD_BY_MAIL, forms,
                            today);
                }
            }
            case ATTORNEY_AUTHORIZATION -> {
                if (roll < 2) {
                    ThirdPartyKind[] kinds = {ThirdPartyKind.INSURER, ThirdPartyKind.EMPLOYER, ThirdPartyKind.OTHER};
                    ThirdPartyKind kind = kinds[random.nextInt(kinds.length)];
                    s.getRequester().setThirdPartyKind(kind);
                    s.setPurpose(kind == ThirdPartyKind.INSURER ? PurposeKind.INSURANCE
                            : kind == ThirdPartyKind.EMPLOYER ? PurposeKind.EMPLOYMENT : PurposeKind.OTHER);
                    if (s.getPurpose() == PurposeKind.OTHER) {
                        s.setPurposeDescription("Life insurance underwriting review");
                    }
                    s.getAuthorization().setPurposes(new ArrayList<>(List.of(s.getPurpose())));
                    variant = "THIRD_PARTY_" + kind + "_AUTHORIZATION";
                } else if (roll < 3) {
                    s.getRequester().setRole(RequesterRole.PROVIDER);
                    s.getRequester().setThirdPartyKind(null);
                    s.getRequester().setPhone("(860) 555-0199");
                    variant = "PROVIDER_AUTHORIZATION";
                } else if (roll < 4) {
                    s.getRequester().setRole(RequesterRole.PATIENT);
                    s.getRequester().setThirdPartyKind(null);
                    s.getRequester().setName(null);
                    s.getRequester().setOrganization(null);
                    s.getRequester().setEmail(null);
                    variant = "PATIENT_AUTHORIZATION";
                } else if (roll < 6) {
                    // A defect the practice's staff must have fixed: the request waits for a new form.
                    s.getAuthorization().setRedisclosureStatement(false);
                    variant = "ATTORNEY_DEFECTIVE_AUTHORIZATION";
                } else if (roll < 9) {
                    // Before suit: California charges by Evidence Code 1158; every store keeps the flag.
                    s.setAttorneyBeforeSuit(true);
                    variant = "ATTORNEY_BEFORE_SUIT";
                }
                if (random.nextInt(3) == 0) {
                    delivery(s, random.nextBoolean() ? DeliveryMethod.SECURE_LINK : DeliveryMethod.CD_BY_MAIL, forms,
                            today);
                }
            }
            case PROVIDER_CONTINUING_CARE -> {
                if (roll < 3) {
                    delivery(s, DeliveryMethod.FAX, forms, today);
                    variant = "PROVIDER_CONTINUING_CARE_FAX";
                }
            }
            case COURT_ORDER -> {
                if (roll < 4) {
                    s.setLegalBasis(roll < 2 ? LegalBasis.PUBLIC_HEALTH : LegalBasis.HEALTH_OVERSIGHT);
                    s.setPurpose(PurposeKind.OTHER);
                    s.setPurposeDescription("Reportable condition follow-up");
                    s.getDocuments().clear();
                    variant = "GOVERNMENT_" + s.getLegalBasis();
                } else if (roll < 6) {
                    s.getDocuments().clear();
                    s.getDocuments().add(document(DocumentKind.COURT_ORDER));
                    variant = "COURT_ORDER_DOCUMENT";
                }
            }
        }
        if (random.nextInt(5) == 0) {
            for (RecordSelectionForm r : s.getRecords()) {
                r.setCopies(1 + random.nextInt(practice.policies().maximumCopiesPerSelection()));
            }
        }
        return new Made(s, variant);
    }

    private void delivery(RecordsRequestSubmission s, DeliveryMethod method, SubmissionGenerator forms, LocalDate today) {
        DeliveryForm d = new DeliveryForm();
        d.setMethod(method);
        switch (method.destination()) {
            case EMAIL -> d.setEmail("records" + random.nextInt(1000) + "@example.org");
            case POSTAL_ADDRESS -> d.setPostalAddress(address());
            case FAX_NUMBER -> d.setFaxNumber(String.format("(%03d) 555-%04d", 200 + random.nextInt(700),
                    random.nextInt(10000)));
            case PROVIDER -> d.setProvider(forms.valid(SubmissionShape.PROVIDER_CONTINUING_CARE).getDelivery()
                    .getProvider());
            case APP -> d.setApp("app-" + Integer.toHexString(random.nextInt(1 << 20)) + ".example");
            case NONE -> {
                // The portal needs no destination.
            }
        }
        s.setDelivery(d);
    }

    private AddressForm address() {
        AddressForm a = new AddressForm();
        a.setLine1((1 + random.nextInt(999)) + " Harbor Road");
        a.setCity("Springfield");
        a.setState("MA");
        a.setZip(String.format("01%03d", random.nextInt(1000)));
        return a;
    }

    private DocumentForm document(DocumentKind kind) {
        DocumentForm d = new DocumentForm();
        d.setKind(kind);
        d.setReference("doc-" + Integer.toHexString(random.nextInt()));
        return d;
    }

    /**
     * A form and the name of its variant.
     *
     * @param form  the form
     * @param variant  the variant, for the coverage figures
     */
    record Made(RecordsRequestSubmission form, String variant) {
    }
}
