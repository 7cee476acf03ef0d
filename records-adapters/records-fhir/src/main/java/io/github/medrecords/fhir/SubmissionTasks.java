package io.github.medrecords.fhir;

import io.github.medrecords.core.intake.AddressForm;
import io.github.medrecords.core.intake.DeliveryForm;
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
import io.github.medrecords.core.request.RepresentativeKind;
import io.github.medrecords.core.request.RequesterRole;
import io.github.medrecords.core.request.ThirdPartyKind;
import io.github.medrecords.fhir.Fhir.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Type;

/**
 * A portal's form as a Task and back, losslessly: whatever the form holds, valid or not, the Task holds, so
 * that the intake reports the same problems for either. Used by {@link TaskMapper}.
 */
final class SubmissionTasks {

    static final String DATA_CODE = "data-code";
    static final String LEGAL_BASIS = "legal-basis";
    static final String SUPPORTING_DOCUMENT = "supporting-document";
    static final String DELIVERY_METHOD = "delivery-method";
    static final String DELIVERY_EMAIL = "delivery-email";
    static final String DELIVERY_ADDRESS = "delivery-address";
    static final String DELIVERY_FAX = "delivery-fax";
    static final String DELIVERY_PROVIDER = "delivery-provider";
    static final String DELIVERY_APP = "delivery-app";
    static final String AUTHORIZATION = "authorization";
    static final String DIRECTIVE = "directive";
    static final String IDENTITY_ATTESTED = "identity-attested";

    private static final List<String> SINGLE = List.of(LEGAL_BASIS, DELIVERY_METHOD, DELIVERY_EMAIL, DELIVERY_ADDRESS,
            DELIVERY_FAX, DELIVERY_PROVIDER, DELIVERY_APP, AUTHORIZATION, DIRECTIVE, IDENTITY_ATTESTED);
    private static final String PATIENT_ID = "patient";
    private static final String REQUESTER_ID = "requester";
    private static final String MR = "http://terminology.hl7.org/CodeSystem/v2-0203";

    private final ConsentMapper consents = new ConsentMapper();

    Task toTask(RecordsRequestSubmission s) {
        Task t = new Task();
        t.setStatus(Task.TaskStatus.REQUESTED);
        t.setIntent(Task.TaskIntent.ORDER);
        t.setCode(Fhir.concept(FhirCodes.HREX_TEMP, "data-request-code", "Data Request Code"));
        t.getCode().setText("Request for copies of medical records");
        if (s.getIdempotencyKey() != null) {
            t.addIdentifier().setSystem(FhirCodes.IDEMPOTENCY_KEY).setValue(s.getIdempotencyKey());
        }
        Reference patientRef = new Reference("#" + PATIENT_ID);
        if (s.getPatient() != null) {
            Patient p = patient(s.getPatient());
            p.setId(PATIENT_ID);
            t.addContained(p);
            t.setFor(patientRef.copy());
        }
        requester(t, s.getRequester(), patientRef, s.getPatient() != null);
        if (s.getPurpose() != null || s.getPurposeDescription() != null) {
            CodeableConcept reason = new CodeableConcept();
            if (s.getPurpose() != null) {
                reason.addCoding(Fhir.coding(FhirCodes.PURPOSE, s.getPurpose().name(), null));
            }
            reason.setText(s.getPurposeDescription());
            t.setReasonCode(reason);
        }
        if (s.getLegalBasis() != null) {
            input(t, LEGAL_BASIS, Fhir.concept(FhirCodes.LEGAL_BASIS, s.getLegalBasis().name(), null));
        }
        for (RecordSelectionForm r : s.getRecords()) {
            if (r != null) {
                selection(t, r);
            }
        }
        for (int i = 0; i < s.getDocuments().size(); i++) {
            DocumentForm d = s.getDocuments().get(i);
            if (d == null) {
                continue;
            }
            DocumentReference doc = new DocumentReference();
            doc.setId("document-" + i);
            doc.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
            if (d.getKind() != null) {
                doc.setType(Fhir.concept(FhirCodes.DOCUMENT_KIND, d.getKind().name(), null));
            }
            if (d.getReference() != null) {
                doc.setMasterIdentifier(new Identifier().setSystem(FhirCodes.DOCUMENT_REFERENCE)
                        .setValue(d.getReference()));
            }
            doc.addContent().getAttachment().setTitle("Supporting document");
            t.addContained(doc);
            input(t, SUPPORTING_DOCUMENT, new Reference("#document-" + i));
        }
        delivery(t, s.getDelivery());
        if (s.getAuthorization() != null) {
            Consent c = consents.fromForm(s.getAuthorization(), patientRef);
            c.setId(AUTHORIZATION);
            t.addContained(c);
            input(t, AUTHORIZATION, new Reference("#" + AUTHORIZATION));
        }
        if (s.getDirective() != null) {
            Consent c = consents.fromForm(s.getDirective(), patientRef);
            c.setId(DIRECTIVE);
            t.addContained(c);
            input(t, DIRECTIVE, new Reference("#" + DIRECTIVE));
        }
        input(t, IDENTITY_ATTESTED, new BooleanType(s.isIdentityAttested()));
        return t;
    }

    TaskSubmission fromTask(Task t) {
        Problems problems = new Problems();
        RecordsRequestSubmission s = new RecordsRequestSubmission();
        t.getIdentifier().stream().filter(i -> FhirCodes.IDEMPOTENCY_KEY.equals(i.getSystem())).findFirst()
                .ifPresent(i -> s.setIdempotencyKey(i.getValue()));
        Patient patient = null;
        if (t.hasFor()) {
            patient = Fhir.contained(t, t.getFor(), Patient.class).orElse(null);
            if (patient == null) {
                problems.add("patient", Problems.REFERENCE_UNRESOLVED);
            } else {
                s.setPatient(patientForm(patient));
            }
        }
        if (t.hasRequester()) {
            s.setRequester(requesterForm(t, patient, problems));
        }
        if (t.hasReasonCode()) {
            s.setPurpose(Fhir.enumOf(PurposeKind.class, t.getReasonCode(), FhirCodes.PURPOSE, "purpose", problems));
            s.setPurposeDescription(t.getReasonCode().getText());
        }
        Map<String, Task.ParameterComponent> single = new LinkedHashMap<>();
        List<RecordSelectionForm> records = new ArrayList<>();
        List<DocumentForm> documents = new ArrayList<>();
        for (int i = 0; i < t.getInput().size(); i++) {
            Task.ParameterComponent in = t.getInput().get(i);
            Optional<String> kind = Fhir.code(in.getType(), FhirCodes.TASK_INPUT);
            if (Fhir.code(in.getType(), FhirCodes.HREX_TEMP).filter(DATA_CODE::equals).isPresent()) {
                records.add(selectionForm(in, "records[" + records.size() + "]", problems));
            } else if (kind.filter(SUPPORTING_DOCUMENT::equals).isPresent()) {
                documents.add(documentForm(t, in, "documents[" + documents.size() + "]", problems));
            } else if (kind.isPresent() && SINGLE.contains(kind.get())) {
                Task.ParameterComponent seen = single.putIfAbsent(kind.get(), in);
                if (seen != null && !seen.getValue().equalsDeep(in.getValue())) {
                    problems.add(field(kind.get()), Problems.INPUT_REPEATED);
                }
            } else {
                problems.add("Task.input[" + i + "].type", Problems.CODE_UNKNOWN);
            }
        }
        s.setRecords(records);
        s.setDocuments(documents);
        Task.ParameterComponent basis = single.get(LEGAL_BASIS);
        if (basis != null) {
            s.setLegalBasis(Fhir.enumOf(LegalBasis.class, concept(basis, "legalBasis", problems),
                    FhirCodes.LEGAL_BASIS, "legalBasis", problems));
        }
        s.setDelivery(deliveryForm(t, single, problems));
        Task.ParameterComponent authorization = single.get(AUTHORIZATION);
        if (authorization != null) {
            consent(t, authorization, "authorization", problems).ifPresent(c -> {
                checkPatient(t, c, "authorization", problems);
                s.setAuthorization(consents.authorizationForm(c, "authorization", problems));
            });
        }
        Task.ParameterComponent directive = single.get(DIRECTIVE);
        if (directive != null) {
            consent(t, directive, "directive", problems).ifPresent(c -> {
                checkPatient(t, c, "directive", problems);
                s.setDirective(consents.directiveForm(c, "directive", problems));
            });
        }
        Task.ParameterComponent attested = single.get(IDENTITY_ATTESTED);
        if (attested != null) {
            if (attested.getValue() instanceof BooleanType b) {
                s.setIdentityAttested(b.booleanValue());
            } else {
                problems.add("identityAttested", Problems.VALUE_WRONG_TYPE);
            }
        }
        return new TaskSubmission(s, problems.list());
    }

    static String field(String inputKind) {
        return switch (inputKind) {
            case LEGAL_BASIS -> "legalBasis";
            case DELIVERY_METHOD -> "delivery.method";
            case DELIVERY_EMAIL -> "delivery.email";
            case DELIVERY_ADDRESS -> "delivery.postalAddress";
            case DELIVERY_FAX -> "delivery.faxNumber";
            case DELIVERY_PROVIDER -> "delivery.provider";
            case DELIVERY_APP -> "delivery.app";
            case AUTHORIZATION -> "authorization";
            case DIRECTIVE -> "directive";
            case IDENTITY_ATTESTED -> "identityAttested";
            default -> throw new IllegalArgumentException("Not a single-valued input: " + inputKind);
        };
    }

    // ---------------------------------------------------------------- writing

    private static void input(Task t, String kind, Type value) {
        t.addInput().setType(Fhir.concept(FhirCodes.TASK_INPUT, kind, null)).setValue(value);
    }

    private static void selection(Task t, RecordSelectionForm r) {
        CodeableConcept what = new CodeableConcept();
        if (r.getType() != null) {
            what.addCoding(Fhir.coding(FhirCodes.RECORD_TYPE, r.getType(), null));
        }
        what.setText(r.getDescription());
        Task.ParameterComponent in = t.addInput()
                .setType(Fhir.concept(FhirCodes.HREX_TEMP, DATA_CODE, "data code")).setValue(what);
        if (r.getFrom() != null || r.getTo() != null) {
            in.addExtension(FhirCodes.EXT_SELECTION_PERIOD, new Period().setStartElement(Fhir.dateTime(r.getFrom()))
                    .setEndElement(Fhir.dateTime(r.getTo())));
        }
        if (r.getCopies() != null) {
            in.addExtension(FhirCodes.EXT_COPIES, new IntegerType(r.getCopies()));
        }
    }

    private static Patient patient(PatientForm f) {
        Patient p = new Patient();
        if (f.getGivenName() != null || f.getFamilyName() != null) {
            HumanName name = p.addName().setFamily(f.getFamilyName());
            if (f.getGivenName() != null) {
                name.addGiven(f.getGivenName());
            }
        }
        p.setBirthDateElement(Fhir.date(f.getDateOfBirth()));
        if (f.getMedicalRecordNumber() != null) {
            p.addIdentifier().setSystem(FhirCodes.MEDICAL_RECORD_NUMBER).setValue(f.getMedicalRecordNumber())
                    .setType(Fhir.concept(MR, "MR", "Medical record number"));
        }
        telecom(p.getTelecom(), ContactPoint.ContactPointSystem.EMAIL, f.getEmail());
        telecom(p.getTelecom(), ContactPoint.ContactPointSystem.PHONE, f.getPhone());
        if (f.getAddress() != null) {
            p.addAddress(address(f.getAddress()));
        }
        return p;
    }

    private static void requester(Task t, RequesterForm r, Reference patient, boolean patientPresent) {
        if (r == null) {
            return;
        }
        boolean bare = r.getName() == null && r.getOrganization() == null && r.getEmail() == null
                && r.getPhone() == null && r.getRepresentativeKind() == null && r.getThirdPartyKind() == null;
        if (r.getRole() == RequesterRole.PATIENT && bare && patientPresent) {
            t.setRequester(patient.copy());
            return;
        }
        Resource who;
        if (r.getRole() == RequesterRole.PROVIDER) {
            PractitionerRole role = new PractitionerRole();
            role.addCode(Fhir.concept(FhirCodes.REQUESTER_ROLE, RequesterRole.PROVIDER.name(), null));
            if (r.getName() != null) {
                role.setPractitioner(new Reference().setDisplay(r.getName()));
            }
            if (r.getOrganization() != null) {
                role.setOrganization(new Reference().setDisplay(r.getOrganization()));
            }
            telecom(role.getTelecom(), ContactPoint.ContactPointSystem.EMAIL, r.getEmail());
            telecom(role.getTelecom(), ContactPoint.ContactPointSystem.PHONE, r.getPhone());
            if (r.getRepresentativeKind() != null) {
                role.addSpecialty(Fhir.concept(FhirCodes.REPRESENTATIVE_KIND, r.getRepresentativeKind().name(), null));
            }
            if (r.getThirdPartyKind() != null) {
                role.addSpecialty(Fhir.concept(FhirCodes.THIRD_PARTY_KIND, r.getThirdPartyKind().name(), null));
            }
            who = role;
        } else {
            RelatedPerson person = new RelatedPerson();
            person.setPatient(patient.copy());
            if (r.getRole() != null) {
                person.addRelationship(Fhir.concept(FhirCodes.REQUESTER_ROLE, r.getRole().name(), null));
            }
            if (r.getRepresentativeKind() != null) {
                person.addRelationship(Fhir.concept(FhirCodes.REPRESENTATIVE_KIND, r.getRepresentativeKind().name(),
                        null));
            }
            if (r.getThirdPartyKind() != null) {
                person.addRelationship(Fhir.concept(FhirCodes.THIRD_PARTY_KIND, r.getThirdPartyKind().name(), null));
            }
            if (r.getName() != null) {
                person.addName().setText(r.getName());
            }
            if (r.getOrganization() != null) {
                person.addExtension(FhirCodes.EXT_ORGANIZATION, new StringType(r.getOrganization()));
            }
            telecom(person.getTelecom(), ContactPoint.ContactPointSystem.EMAIL, r.getEmail());
            telecom(person.getTelecom(), ContactPoint.ContactPointSystem.PHONE, r.getPhone());
            who = person;
        }
        who.setId(REQUESTER_ID);
        t.addContained(who);
        t.setRequester(new Reference("#" + REQUESTER_ID));
    }

    private static void delivery(Task t, DeliveryForm d) {
        if (d == null) {
            return;
        }
        // The method is always written, so that a delivery section without one survives as an empty section.
        input(t, DELIVERY_METHOD, d.getMethod() == null ? new CodeableConcept().setText("unspecified")
                : Fhir.concept(FhirCodes.DELIVERY_METHOD, d.getMethod().name(), null));
        if (d.getEmail() != null) {
            input(t, DELIVERY_EMAIL, new ContactPoint().setSystem(ContactPoint.ContactPointSystem.EMAIL)
                    .setValue(d.getEmail()));
        }
        if (d.getPostalAddress() != null) {
            input(t, DELIVERY_ADDRESS, address(d.getPostalAddress()));
        }
        if (d.getFaxNumber() != null) {
            input(t, DELIVERY_FAX, new ContactPoint().setSystem(ContactPoint.ContactPointSystem.FAX)
                    .setValue(d.getFaxNumber()));
        }
        if (d.getApp() != null) {
            input(t, DELIVERY_APP, new StringType(d.getApp()));
        }
        ProviderForm p = d.getProvider();
        if (p != null) {
            Organization o = new Organization();
            o.setId(DELIVERY_PROVIDER);
            o.setNameElement(Fhir.placeholderOrText(p.getName()));
            if (p.getNpi() != null) {
                o.addIdentifier().setSystem(FhirCodes.NPI).setValue(p.getNpi());
            }
            if (p.getAddress() != null) {
                o.addAddress(address(p.getAddress()));
            }
            telecom(o.getTelecom(), ContactPoint.ContactPointSystem.FAX, p.getFax());
            t.addContained(o);
            input(t, DELIVERY_PROVIDER, new Reference("#" + DELIVERY_PROVIDER));
        }
    }

    private static Address address(AddressForm a) {
        Address address = new Address();
        if (a.getLine1() != null || a.getLine2() != null) {
            address.getLine().add(Fhir.placeholderOrText(a.getLine1()));
        }
        if (a.getLine2() != null) {
            address.addLine(a.getLine2());
        }
        address.setCity(a.getCity());
        address.setState(a.getState());
        address.setPostalCode(a.getZip());
        if (address.isEmpty()) {
            address.setText("unspecified");
        }
        return address;
    }

    private static void telecom(List<ContactPoint> telecom, ContactPoint.ContactPointSystem system, String value) {
        if (value != null) {
            telecom.add(new ContactPoint().setSystem(system).setValue(value));
        }
    }

    // ---------------------------------------------------------------- reading

    private static PatientForm patientForm(Patient p) {
        PatientForm f = new PatientForm();
        if (p.hasName()) {
            HumanName name = p.getNameFirstRep();
            f.setFamilyName(name.getFamily());
            f.setGivenName(name.getGiven().isEmpty() ? null : name.getGiven().get(0).getValue());
        }
        f.setDateOfBirth(Fhir.localDate(p.getBirthDateElement()));
        p.getIdentifier().stream().filter(i -> FhirCodes.MEDICAL_RECORD_NUMBER.equals(i.getSystem())).findFirst()
                .ifPresent(i -> f.setMedicalRecordNumber(i.getValue()));
        f.setEmail(telecom(p.getTelecom(), ContactPoint.ContactPointSystem.EMAIL));
        f.setPhone(telecom(p.getTelecom(), ContactPoint.ContactPointSystem.PHONE));
        f.setAddress(p.hasAddress() ? addressForm(p.getAddressFirstRep()) : null);
        return f;
    }

    private static RequesterForm requesterForm(Task t, Patient patient, Problems problems) {
        RequesterForm f = new RequesterForm();
        Reference ref = t.getRequester();
        if (patient != null && ref.getReference() != null && ref.getReference().equals(t.getFor().getReference())) {
            f.setRole(RequesterRole.PATIENT);
            return f;
        }
        Optional<RelatedPerson> person = Fhir.contained(t, ref, RelatedPerson.class);
        Optional<PractitionerRole> role = Fhir.contained(t, ref, PractitionerRole.class);
        if (person.isPresent()) {
            RelatedPerson p = person.get();
            if (patient != null && !Fhir.contained(t, p.getPatient(), Patient.class).filter(patient::equals)
                    .isPresent()) {
                problems.add("requester", Problems.PATIENT_CONTRADICTS);
            }
            for (CodeableConcept r : p.getRelationship()) {
                if (Fhir.code(r, FhirCodes.REQUESTER_ROLE).isPresent()) {
                    f.setRole(Fhir.enumOf(RequesterRole.class, r, FhirCodes.REQUESTER_ROLE, "requester.role",
                            problems));
                } else if (Fhir.code(r, FhirCodes.REPRESENTATIVE_KIND).isPresent()) {
                    f.setRepresentativeKind(Fhir.enumOf(RepresentativeKind.class, r, FhirCodes.REPRESENTATIVE_KIND,
                            "requester.representativeKind", problems));
                } else if (Fhir.code(r, FhirCodes.THIRD_PARTY_KIND).isPresent()) {
                    f.setThirdPartyKind(Fhir.enumOf(ThirdPartyKind.class, r, FhirCodes.THIRD_PARTY_KIND,
                            "requester.thirdPartyKind", problems));
                } else {
                    problems.add("requester.role", Problems.CODE_UNKNOWN);
                }
            }
            f.setName(p.hasName() ? p.getNameFirstRep().getText() : null);
            Extension org = p.getExtensionByUrl(FhirCodes.EXT_ORGANIZATION);
            f.setOrganization(org != null && org.getValue() instanceof StringType s ? s.getValue() : null);
            f.setEmail(telecom(p.getTelecom(), ContactPoint.ContactPointSystem.EMAIL));
            f.setPhone(telecom(p.getTelecom(), ContactPoint.ContactPointSystem.PHONE));
        } else if (role.isPresent()) {
            PractitionerRole r = role.get();
            f.setRole(RequesterRole.PROVIDER);
            f.setName(r.hasPractitioner() ? r.getPractitioner().getDisplay() : null);
            f.setOrganization(r.hasOrganization() ? r.getOrganization().getDisplay() : null);
            f.setEmail(telecom(r.getTelecom(), ContactPoint.ContactPointSystem.EMAIL));
            f.setPhone(telecom(r.getTelecom(), ContactPoint.ContactPointSystem.PHONE));
            for (CodeableConcept s : r.getSpecialty()) {
                if (Fhir.code(s, FhirCodes.REPRESENTATIVE_KIND).isPresent()) {
                    f.setRepresentativeKind(Fhir.enumOf(RepresentativeKind.class, s, FhirCodes.REPRESENTATIVE_KIND,
                            "requester.representativeKind", problems));
                } else if (Fhir.code(s, FhirCodes.THIRD_PARTY_KIND).isPresent()) {
                    f.setThirdPartyKind(Fhir.enumOf(ThirdPartyKind.class, s, FhirCodes.THIRD_PARTY_KIND,
                            "requester.thirdPartyKind", problems));
                }
            }
        } else {
            problems.add("requester", Problems.REFERENCE_UNRESOLVED);
        }
        return f;
    }

    private static RecordSelectionForm selectionForm(Task.ParameterComponent in, String field, Problems problems) {
        RecordSelectionForm f = new RecordSelectionForm();
        if (in.getValue() instanceof CodeableConcept what) {
            if (what.hasCoding()) {
                Optional<String> type = Fhir.code(what, FhirCodes.RECORD_TYPE);
                if (type.isPresent()) {
                    f.setType(type.get());
                } else {
                    problems.add(field + ".type", Problems.CODE_UNKNOWN);
                }
            }
            f.setDescription(what.getText());
        } else if (in.getValue() != null) {
            problems.add(field + ".type", Problems.VALUE_WRONG_TYPE);
        }
        Extension period = in.getExtensionByUrl(FhirCodes.EXT_SELECTION_PERIOD);
        if (period != null) {
            if (period.getValue() instanceof Period p) {
                f.setFrom(Fhir.localDate(p.getStartElement()));
                f.setTo(Fhir.localDate(p.getEndElement()));
            } else {
                problems.add(field + ".from", Problems.VALUE_WRONG_TYPE);
            }
        }
        Extension copies = in.getExtensionByUrl(FhirCodes.EXT_COPIES);
        if (copies != null) {
            if (copies.getValue() instanceof IntegerType n) {
                f.setCopies(n.getValue());
            } else {
                problems.add(field + ".copies", Problems.VALUE_WRONG_TYPE);
            }
        }
        return f;
    }

    private static DocumentForm documentForm(Task t, Task.ParameterComponent in, String field, Problems problems) {
        DocumentForm f = new DocumentForm();
        if (!(in.getValue() instanceof Reference ref)) {
            problems.add(field, Problems.VALUE_WRONG_TYPE);
            return f;
        }
        Optional<DocumentReference> doc = Fhir.contained(t, ref, DocumentReference.class);
        if (doc.isEmpty()) {
            problems.add(field, Problems.REFERENCE_UNRESOLVED);
            return f;
        }
        f.setKind(Fhir.enumOf(DocumentKind.class, doc.get().getType(), FhirCodes.DOCUMENT_KIND, field + ".kind",
                problems));
        if (doc.get().hasMasterIdentifier()) {
            f.setReference(doc.get().getMasterIdentifier().getValue());
        }
        return f;
    }

    private static DeliveryForm deliveryForm(Task t, Map<String, Task.ParameterComponent> single, Problems problems) {
        if (List.of(DELIVERY_METHOD, DELIVERY_EMAIL, DELIVERY_ADDRESS, DELIVERY_FAX, DELIVERY_PROVIDER, DELIVERY_APP)
                .stream()
                .noneMatch(single::containsKey)) {
            return null;
        }
        DeliveryForm d = new DeliveryForm();
        Task.ParameterComponent method = single.get(DELIVERY_METHOD);
        if (method != null) {
            d.setMethod(Fhir.enumOf(DeliveryMethod.class, concept(method, "delivery.method", problems),
                    FhirCodes.DELIVERY_METHOD, "delivery.method", problems));
        }
        Task.ParameterComponent email = single.get(DELIVERY_EMAIL);
        if (email != null) {
            d.setEmail(contactPoint(email, "delivery.email", problems));
        }
        Task.ParameterComponent address = single.get(DELIVERY_ADDRESS);
        if (address != null) {
            if (address.getValue() instanceof Address a) {
                d.setPostalAddress(addressForm(a));
            } else {
                problems.add("delivery.postalAddress", Problems.VALUE_WRONG_TYPE);
            }
        }
        Task.ParameterComponent fax = single.get(DELIVERY_FAX);
        if (fax != null) {
            d.setFaxNumber(contactPoint(fax, "delivery.faxNumber", problems));
        }
        Task.ParameterComponent app = single.get(DELIVERY_APP);
        if (app != null) {
            if (app.getValue() instanceof StringType id) {
                d.setApp(id.getValue());
            } else {
                problems.add("delivery.app", Problems.VALUE_WRONG_TYPE);
            }
        }
        Task.ParameterComponent provider = single.get(DELIVERY_PROVIDER);
        if (provider != null) {
            Optional<Organization> o = provider.getValue() instanceof Reference ref
                    ? Fhir.contained(t, ref, Organization.class) : Optional.empty();
            if (o.isEmpty()) {
                problems.add("delivery.provider", Problems.REFERENCE_UNRESOLVED);
            } else {
                ProviderForm p = new ProviderForm();
                p.setName(o.get().getName());
                o.get().getIdentifier().stream().filter(i -> FhirCodes.NPI.equals(i.getSystem())).findFirst()
                        .ifPresent(i -> p.setNpi(i.getValue()));
                p.setAddress(o.get().hasAddress() ? addressForm(o.get().getAddressFirstRep()) : null);
                p.setFax(telecom(o.get().getTelecom(), ContactPoint.ContactPointSystem.FAX));
                d.setProvider(p);
            }
        }
        return d;
    }

    private static CodeableConcept concept(Task.ParameterComponent in, String field, Problems problems) {
        if (in.getValue() instanceof CodeableConcept c) {
            return c;
        }
        problems.add(field, Problems.VALUE_WRONG_TYPE);
        return null;
    }

    private static String contactPoint(Task.ParameterComponent in, String field, Problems problems) {
        if (in.getValue() instanceof ContactPoint c) {
            return c.getValue();
        }
        problems.add(field, Problems.VALUE_WRONG_TYPE);
        return null;
    }

    private Optional<Consent> consent(Task t, Task.ParameterComponent in, String field, Problems problems) {
        Optional<Consent> c = in.getValue() instanceof Reference ref ? Fhir.contained(t, ref, Consent.class)
                : Optional.empty();
        if (c.isEmpty()) {
            problems.add(field, Problems.REFERENCE_UNRESOLVED);
        }
        return c;
    }

    private static void checkPatient(Task t, Consent c, String field, Problems problems) {
        if (t.hasFor() && c.hasPatient()
                && !java.util.Objects.equals(c.getPatient().getReference(), t.getFor().getReference())) {
            problems.add(field, Problems.PATIENT_CONTRADICTS);
        }
    }

    private static AddressForm addressForm(Address a) {
        AddressForm f = new AddressForm();
        List<StringType> lines = a.getLine();
        f.setLine1(lines.isEmpty() ? null : Fhir.text(lines.get(0)));
        f.setLine2(lines.size() < 2 ? null : Fhir.text(lines.get(1)));
        f.setCity(a.getCity());
        f.setState(a.getState());
        f.setZip(a.getPostalCode());
        return f;
    }

    private static String telecom(List<ContactPoint> telecom, ContactPoint.ContactPointSystem system) {
        return telecom.stream().filter(c -> c.getSystem() == system).map(ContactPoint::getValue).findFirst()
                .orElse(null);
    }
}
