package io.github.medrecords.portal;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import io.github.medrecords.core.authorization.VerificationMethod;
import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.intake.DeliveryForm;
import io.github.medrecords.core.intake.PatientForm;
import io.github.medrecords.core.intake.RecordSelectionForm;
import io.github.medrecords.core.intake.RecordsRequestSubmission;
import io.github.medrecords.core.intake.RequesterForm;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.port.RequestRepository;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RequesterRole;
import io.github.medrecords.core.service.RequestService;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.core.workflow.PatientKey;
import io.github.medrecords.core.workflow.PaymentMethod;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestId;
import io.github.medrecords.core.workflow.RequestStatus;
import io.github.medrecords.core.workflow.SelectionFulfilment;
import io.github.medrecords.fhir.FhirCodes;
import io.github.medrecords.fhir.TaskMapper;
import io.github.medrecords.testkit.intake.SubmissionGenerator;
import io.github.medrecords.testkit.intake.SubmissionShape;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The portal's FHIR endpoint over real HTTP (the portal on a free port, java.net.http): a patient connects a
 * health app on her request's page and gets a bearer token; the app creates a Task, reads it, searches her Tasks
 * and her AuditEvents; without a token, with a bad, revoked or expired one, or for another patient, it gets
 * nothing; a bad or hostile Task gets every problem in one OperationOutcome and nothing is saved.
 */
class PortalFhirIT {

    static final HttpClient HTTP = PortalRunning.HTTP;
    static final IParser JSON = FhirContext.forR4Cached().newJsonParser();
    static final String APP = "org.example.health-app";
    static final Pattern TOKEN = Pattern.compile("id=\"token\">(mrapp_[A-Za-z0-9_-]{43})<");

    static PortalRunning portal;
    static PracticeId practice;
    static String mariasRequest;
    static PatientKey maria;
    static String token;
    static String jamesRequest;

    @BeforeAll
    static void start() throws Exception {
        portal = PortalRunning.start();
        practice = portal.bean(PracticeProfile.class).id();
        mariasRequest = submitForm(PortalBadInputIT.validForm("fhir-maria-0001"));
        maria = portal.bean(RequestService.class).require(RequestId.parse(mariasRequest)).patientKey();
        token = connect(mariasRequest, APP);
        Map<String, String> james = PortalBadInputIT.validForm("fhir-james-0001");
        james.put("patient.givenName", "James");
        james.put("patient.familyName", "Nguyen");
        james.put("patient.dateOfBirth", "1980-07-02");
        jamesRequest = submitForm(james);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void refusesCallsWithoutATokenOrWithAnUnknownRevokedOrExpiredOne() throws Exception {
        HttpResponse<String> none = get("/fhir/Task", null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"medrecords\"");
        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/fhir+json"));
        assertThat(JSON.parseResource(OperationOutcome.class, none.body()).getIssueFirstRep().getCode())
                .isEqualTo(OperationOutcome.IssueType.LOGIN);
        for (String bad : List.of("nonsense", "mrapp_" + "A".repeat(43), token + "x", "<script>", "x".repeat(5000))) {
            HttpResponse<String> r = get("/fhir/Task", bad);
            assertThat(r.statusCode()).as(bad.length() > 50 ? "long token" : bad).isEqualTo(401);
            assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    h -> assertThat(h).contains("invalid_token"));
        }
        assertThat(get("/fhir/AuditEvent", null).statusCode()).isEqualTo(401);
        assertThat(get("/fhir/Task/" + mariasRequest, null).statusCode()).isEqualTo(401);
        assertThat(post("/fhir/Task", null, "{}").statusCode()).isEqualTo(401);

        // Revoked on the patient's page: the next call is refused.
        String second = connect(mariasRequest, "org.example.second-app");
        assertThat(get("/fhir/Task", second).statusCode()).isEqualTo(200);
        String page = get("/requests/" + mariasRequest + "/apps", null).body();
        assertThat(page).doesNotContain(second).contains("org.example.second-app");
        Matcher revoke = Pattern.compile("action=\"(/requests/[^\"]+/revoke)\"").matcher(
                get("/requests/" + mariasRequest + "/apps", null).body());
        List<String> revokes = revoke.results().map(m -> m.group(1)).toList();
        assertThat(revokes).hasSizeGreaterThanOrEqualTo(2);
        // The newest is listed first: the second app.
        assertThat(form(revokes.get(0), Map.of()).statusCode()).isEqualTo(302);
        assertThat(get("/fhir/Task", second).statusCode()).isEqualTo(401);
        assertThat(get("/fhir/Task", token).statusCode()).isEqualTo(200);

        // Expired: the same table, read a day after a token of an hour was issued.
        DataSource data = portal.bean(DataSource.class);
        Instant now = Instant.now();
        AppTokens issuing = new AppTokens(data, Clock.fixed(now, ZoneOffset.UTC), Duration.ofHours(1));
        String shortLived = issuing.issue(practice, maria, APP).token();
        assertThat(issuing.resolve(shortLived)).isPresent();
        assertThat(new AppTokens(data, Clock.fixed(now.plus(Duration.ofDays(1)), ZoneOffset.UTC),
                Duration.ofHours(1)).resolve(shortLived)).isEmpty();
    }

    @Test
    void keepsOnlyTheTokensHashScopedToThePatient() {
        List<Map<String, Object>> rows = new JdbcTemplate(portal.bean(DataSource.class))
                .queryForList("SELECT * FROM portal_app_token");
        assertThat(rows.toString()).doesNotContain(token).contains(AppTokens.hash(token));
        assertThat(rows).filteredOn(r -> AppTokens.hash(token).equals(r.get("TOKEN_HASH"))).singleElement()
                .satisfies(r -> assertThat(String.valueOf(r.get("PATIENT_KEY")).trim()).isEqualTo(maria.value()));
    }

    @Test
    void theAppCreatesATaskReadsItAndFindsThePatientsTasks() throws Exception {
        HttpResponse<String> before = get("/fhir/Task?patient=" + maria.value(), token);
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/fhir+json"));
        int had = JSON.parseResource(Bundle.class, before.body()).getTotal();
        assertThat(JSON.parseResource(Bundle.class, before.body()).getEntry())
                .anySatisfy(e -> assertThat(e.getResource().getIdElement().getIdPart()).isEqualTo(mariasRequest));

        Task task = new TaskMapper().toTask(mariasForm("fhir-app-create-01"));
        HttpResponse<String> created = post("/fhir/Task", token, JSON.encodeResourceToString(task));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/fhir+json"));
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/fhir/Task/");
        RequestCase saved = portal.bean(RequestService.class).require(RequestId.parse(
                location.substring("/fhir/Task/".length())));
        assertThat(saved.patientKey()).isEqualTo(maria);
        assertThat(saved.request().delivery().method()).isEqualTo(DeliveryMethod.PATIENT_APP);

        assertThat(get("/staff/requests/" + saved.id().value(), null).body()).contains("PATIENT_APP")
                .contains("id=\"destination\">app " + APP + "<");

        HttpResponse<String> read = get(location, token);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(JSON.parseResource(Task.class, read.body()).getIdentifier()).extracting(i -> i.getValue())
                .contains("fhir-app-create-01", saved.number().value());

        Bundle after = JSON.parseResource(Bundle.class, get("/fhir/Task", token).body());
        assertThat(after.getTotal()).isEqualTo(had + 1);
        assertThat(after.getEntry()).allSatisfy(e -> assertThat(e.getFullUrl()).startsWith("http"));
    }

    @Test
    void theReadmesExampleTaskIsAccepted() throws Exception {
        int had = requestsOf(maria);
        String example = java.nio.file.Files.readString(java.nio.file.Path.of("examples", "task.json"));

        HttpResponse<String> created = post("/fhir/Task", token, example);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(requestsOf(maria)).isEqualTo(had + 1);
        // The same idempotency key again: the same request, not a second one.
        HttpResponse<String> again = post("/fhir/Task", token, example);
        assertThat(again.headers().firstValue("Location")).isEqualTo(created.headers().firstValue("Location"));
        assertThat(requestsOf(maria)).isEqualTo(had + 1);
    }

    @Test
    void anotherPatientsRequestsAreNotFoundAndTheirSearchesAndCreatesForbidden() throws Exception {
        PatientKey james = portal.bean(RequestService.class).require(RequestId.parse(jamesRequest)).patientKey();
        int jamesHad = requestsOf(james);

        assertThat(get("/fhir/Task/" + jamesRequest, token).statusCode()).isEqualTo(404);
        assertThat(get("/fhir/Task/not-a-request", token).statusCode()).isEqualTo(404);
        assertThat(get("/fhir/Task?patient=" + james.value(), token).statusCode()).isEqualTo(403);
        assertThat(get("/fhir/AuditEvent?patient=" + URLEncoder.encode(FhirCodes.PATIENT_KEY + "|" + james.value(),
                StandardCharsets.UTF_8), token)
                .statusCode()).isEqualTo(403);
        assertThat(JSON.parseResource(Bundle.class, get("/fhir/Task", token).body()).getEntry())
                .noneSatisfy(e -> assertThat(e.getResource().getIdElement().getIdPart()).isEqualTo(jamesRequest));

        RecordsRequestSubmission forJames = mariasForm("fhir-app-james-01");
        forJames.getPatient().setGivenName("James");
        forJames.getPatient().setFamilyName("Nguyen");
        forJames.getPatient().setDateOfBirth(LocalDate.of(1980, 7, 2));
        HttpResponse<String> refused = post("/fhir/Task", token,
                JSON.encodeResourceToString(new TaskMapper().toTask(forJames)));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(JSON.parseResource(OperationOutcome.class, refused.body()).getIssueFirstRep().getCode())
                .isEqualTo(OperationOutcome.IssueType.FORBIDDEN);
        assertThat(requestsOf(james)).isEqualTo(jamesHad);
    }

    @Test
    void aBadTaskGetsEveryProblemInOneOperationOutcomeAndNothingIsSaved() throws Exception {
        int had = requestsOf(maria);
        Task task = new TaskMapper().toTask(mariasForm("fhir-app-bad-0001"));
        // Missing: the legal basis.
        task.getInput().removeIf(in -> in.getType().getCodingFirstRep().getCode().equals("legal-basis"));
        // Contradictory: a second delivery method that differs from the first.
        task.addInput().setType(new CodeableConcept(new Coding(FhirCodes.TASK_INPUT, "delivery-method", null)))
                .setValue(new CodeableConcept(new Coding(FhirCodes.DELIVERY_METHOD, "FAX", null)));
        // Unknown: a record type the practice does not offer.
        task.getInput().stream().filter(in -> in.getType().getCodingFirstRep().getCode().equals("data-code"))
                .findFirst().orElseThrow().setValue(new CodeableConcept(new Coding(FhirCodes.RECORD_TYPE,
                        "DENTAL_MOLDS", null)));

        HttpResponse<String> answer = post("/fhir/Task", token, JSON.encodeResourceToString(task));

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/fhir+json"));
        List<String> codes = JSON.parseResource(OperationOutcome.class, answer.body()).getIssue().stream()
                .map(i -> i.getDetails().getCodingFirstRep().getCode()).toList();
        assertThat(codes).as(answer.body()).contains("medrecords.legalBasis.required",
                "medrecords.fhir.input.repeated", "medrecords.records.type.unknown");
        assertThat(requestsOf(maria)).isEqualTo(had);
    }

    @Test
    void hostileTasksAreRefusedWithAClearOutcomeAndNothingIsSavedOrRun() throws Exception {
        int had = requestsOf(maria);
        RecordsRequestSubmission form = mariasForm("fhir-app-hostile-1");
        form.getRecords().get(0).setDescription("<script>alert('x')</script>" + "y".repeat(1_000_000));
        form.setPurposeDescription("Kowalski\r\nBcc: everyone@example.com");
        form.getDelivery().setApp("<img src=x onerror=alert(1)>");
        HttpResponse<String> hostile = post("/fhir/Task", token,
                JSON.encodeResourceToString(new TaskMapper().toTask(form)));

        assertThat(hostile.statusCode()).isEqualTo(422);
        OperationOutcome outcome = JSON.parseResource(OperationOutcome.class, hostile.body());
        assertThat(outcome.getIssue()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(hostile.body()).doesNotContain("<script>").doesNotContain("<img").doesNotContain("yyyyyyyyyy");

        HttpResponse<String> notJson = post("/fhir/Task", token, "<Task><script>alert(1)</script></Task>'; DROP");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(JSON.parseResource(OperationOutcome.class, notJson.body()).getIssue()).isNotEmpty();
        HttpResponse<String> notATask = post("/fhir/Task", token, "{\"resourceType\":\"Patient\"}");
        assertThat(notATask.statusCode()).isEqualTo(400);
        HttpResponse<String> huge = post("/fhir/Task", token, "{\"resourceType\":\"Task\",\"note\":[{\"text\":\""
                + "z".repeat(3 * 1024 * 1024) + "\"}]}");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/fhir+json"));
        assertThat(requestsOf(maria)).isEqualTo(had);
    }

    @Test
    void theAccountingOfDisclosuresIsAnAuditEventSearch() throws Exception {
        // A court order for Maria's records, worked to release by the office.
        RequestService requests = portal.bean(RequestService.class);
        RecordsRequestSubmission order = new SubmissionGenerator(7, LocalDate.now(portal.bean(PracticeProfile.class)
                .zone())).valid(SubmissionShape.COURT_ORDER);
        order.getPatient().setGivenName("Maria");
        order.getPatient().setFamilyName("Kowalski");
        order.getPatient().setDateOfBirth(LocalDate.of(1971, 3, 14));
        Actor clerk = Actor.staff("records-clerk-1");
        RequestCase c = requests.submit(practice, order, clerk);
        c = requests.verifyIdentity(c.id(), VerificationMethod.DOCUMENTS_OF_AUTHORITY, clerk);
        c = requests.recordFulfilment(c.id(), IntStream.range(0, c.request().selections().size())
                .mapToObj(i -> SelectionFulfilment.ofPages(i, 3, RecordKeeping.PAPER)).toList(), Money.ZERO, clerk);
        if (c.status() == RequestStatus.QUOTED) {
            c = requests.issueInvoice(c.id(), clerk);
            c = requests.recordPayment(c.id(), c.invoice().orElseThrow().number(), c.amountDue(),
                    PaymentMethod.CHECK, "chk-1", clerk);
        }
        requests.release(c.id(), clerk);
        Thread.sleep(50);

        HttpResponse<String> found = get("/fhir/AuditEvent?patient=" + maria.value(), token);

        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(found.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/fhir+json"));
        Bundle bundle = JSON.parseResource(Bundle.class, found.body());
        assertThat(bundle.getEntry()).isNotEmpty().allSatisfy(e -> {
            AuditEvent a = (AuditEvent) e.getResource();
            assertThat(a.getSubtypeFirstRep().getCode()).isEqualTo("disclose");
            assertThat(a.getEntity()).anySatisfy(en -> assertThat(en.getWhat().getIdentifier().getValue())
                    .isEqualTo(maria.value()));
        });
        PatientKey james = requests.require(RequestId.parse(jamesRequest)).patientKey();
        assertThat(get("/fhir/AuditEvent?patient=" + james.value(), token).statusCode()).isEqualTo(403);
    }

    @Test
    void theFormDeliversToAConnectedAppOnlyAndRefusesHostileAppIds() throws Exception {
        int had = requestsOf(maria);
        Map<String, String> f = PortalBadInputIT.validForm("form-app-00000001");
        f.put("delivery.method", "PATIENT_APP");
        f.remove("delivery.email");
        f.put("delivery.app", "org.example.never-connected");
        HttpResponse<String> unknown = form("/request", f);
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).contains("data-field=\"delivery.app\"").contains("not connected");

        for (String hostile : List.of("<script>alert(1)</script>", "app\r\nX-Injected: 1", "a".repeat(1_000_000))) {
            f.put("delivery.app", hostile);
            HttpResponse<String> r = form("/request", f);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("data-field=\"delivery.app\"").doesNotContain("<script>alert");
        }
        assertThat(requestsOf(maria)).isEqualTo(had);

        f.put("delivery.app", APP);
        HttpResponse<String> ok = form("/request", f);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(302);
        assertThat(requestsOf(maria)).isEqualTo(had + 1);

        // The connect page refuses a hostile app id by field, issues nothing and never echoes it.
        int tokens = new JdbcTemplate(portal.bean(DataSource.class)).queryForObject(
                "SELECT COUNT(*) FROM portal_app_token", Integer.class);
        HttpResponse<String> bad = form("/requests/" + mariasRequest + "/apps",
                Map.of("clientId", "<script>alert(1)</script>\r\n" + "b".repeat(1_000_000)));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("data-field=\"clientId\"").doesNotContain("<script>alert")
                .doesNotContain("bbbbbbbbbb").doesNotContain("id=\"token\"");
        assertThat(new JdbcTemplate(portal.bean(DataSource.class)).queryForObject(
                "SELECT COUNT(*) FROM portal_app_token", Integer.class)).isEqualTo(tokens);
    }

    static RecordsRequestSubmission mariasForm(String key) {
        RecordsRequestSubmission s = new RecordsRequestSubmission();
        s.setIdempotencyKey(key);
        RequesterForm requester = new RequesterForm();
        requester.setRole(RequesterRole.PATIENT);
        s.setRequester(requester);
        s.setLegalBasis(LegalBasis.INDIVIDUAL_ACCESS);
        s.setPurpose(PurposeKind.AT_REQUEST_OF_INDIVIDUAL);
        PatientForm p = new PatientForm();
        p.setGivenName("Maria");
        p.setFamilyName("Kowalski");
        p.setDateOfBirth(LocalDate.of(1971, 3, 14));
        p.setEmail("maria.k@example.com");
        s.setPatient(p);
        RecordSelectionForm r = new RecordSelectionForm();
        r.setType("XRAY_IMAGES");
        r.setCopies(1);
        s.getRecords().add(r);
        DeliveryForm d = new DeliveryForm();
        d.setMethod(DeliveryMethod.PATIENT_APP);
        d.setApp(APP);
        s.setDelivery(d);
        s.setIdentityAttested(true);
        return s;
    }

    static int requestsOf(PatientKey patient) {
        return portal.bean(RequestRepository.class).findByPatient(practice, patient).requests().size();
    }

    /** Connects an app on the request's page and returns the token the page shows once. */
    static String connect(String request, String clientId) throws Exception {
        HttpResponse<String> r = form("/requests/" + request + "/apps", Map.of("clientId", clientId));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
        Matcher m = TOKEN.matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        return m.group(1);
    }

    static String submitForm(Map<String, String> fields) throws Exception {
        return portal.submit(fields);
    }

    static HttpResponse<String> form(String path, Map<String, String> fields) throws Exception {
        return portal.form(path, fields);
    }

    static HttpResponse<String> get(String path, String bearer) throws Exception {
        return portal.get(path, bearer);
    }

    static HttpResponse<String> post(String path, String bearer, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(portal.baseUrl + path))
                .header("Content-Type", "application/fhir+json");
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(b.POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
