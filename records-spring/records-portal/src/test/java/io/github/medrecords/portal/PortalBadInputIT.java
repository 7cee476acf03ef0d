package io.github.medrecords.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.service.RequestService;
import io.github.medrecords.core.timeframe.StandingPolicy;
import io.github.medrecords.core.workflow.RequestStatus;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Posts no browser of ours would send: missing and hostile fields, huge strings, a double submit, and a
 * staff action from a stale page. Each gets a clear page; nothing is half saved, nothing runs.
 */
class PortalBadInputIT {

    static PortalRunning portal;
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        portal = PortalRunning.start();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    static Map<String, String> validForm(String key) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("idempotencyKey", key);
        f.put("requester.role", "PATIENT");
        f.put("legalBasis", "INDIVIDUAL_ACCESS");
        f.put("purpose", "AT_REQUEST_OF_INDIVIDUAL");
        f.put("patient.givenName", "Maria");
        f.put("patient.familyName", "Kowalski");
        f.put("patient.dateOfBirth", "1971-03-14");
        f.put("patient.email", "maria.k@example.com");
        f.put("records[0].type", "MRI_IMAGES");
        f.put("records[0].copies", "1");
        f.put("delivery.method", "SECURE_LINK");
        f.put("delivery.email", "maria.k@example.com");
        f.put("identityAttested", "true");
        f.put("action", "submit");
        return f;
    }

    static HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(URI.create(portal.baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static int openRequests() {
        return portal.bean(RequestService.class).dashboard(portal.bean(PracticeProfile.class).id(),
                StandingPolicy.defaults()).size();
    }

    @Test
    void anEmptyPostShowsEveryProblemAndSavesNothing() throws Exception {
        int before = openRequests();
        HttpResponse<String> r = post("/request", Map.of("action", "submit"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Please correct").contains("data-field=\"records\"")
                .contains("data-field=\"identityAttested\"").contains("data-field=\"delivery\"")
                .contains("data-field=\"patient\"");
        assertThat(openRequests()).isEqualTo(before);
    }

    @Test
    void hostileFieldsAreShownAsTextRefusedByFieldAndNeverSaved() throws Exception {
        int before = openRequests();
        Map<String, String> f = validForm("hostile-000001");
        f.put("patient.givenName", "<script>alert('x')</script>");
        f.put("patient.familyName", "Kowalski\r\nBcc: everyone@example.com");
        f.put("records[0].description", "x".repeat(1_000_000));
        f.put("purposeDescription", "<img src=x onerror=alert(1)>" + "y".repeat(600));
        f.put("legalBasis", "'; DROP TABLE mr_request; --");
        f.put("records[0].copies", "1e9");
        HttpResponse<String> r = post("/request", f);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains("&lt;script&gt;").contains("Please correct")
                .contains("data-field=\"legalBasis\"").contains("data-field=\"records[0].copies\"")
                .contains("data-field=\"purposeDescription\"");
        assertThat(openRequests()).isEqualTo(before);
        assertThat(portal.bean(RequestService.class).dashboard(portal.bean(PracticeProfile.class).id(),
                StandingPolicy.defaults())).isNotNull();
    }

    @Test
    void aFormNoPageSendsGetsAPlainRefusal() throws Exception {
        Map<String, String> f = validForm("rows-00000001");
        f.put("records[5000].type", "XRAY_IMAGES");
        HttpResponse<String> r = post("/request", f);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Nothing was saved").doesNotContain("Exception");
    }

    @Test
    void aDoubleSubmitGivesTheSameRequestOnce() throws Exception {
        int before = openRequests();
        HttpResponse<String> first = post("/request", validForm("double-0000001"));
        HttpResponse<String> second = post("/request", validForm("double-0000001"));
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(openRequests()).isEqualTo(before + 1);
    }

    @Test
    void aStaffActionFromAStalePageDoesNothing() throws Exception {
        HttpResponse<String> created = post("/request", validForm("stale-00000001"));
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.replace("/thanks", "").substring(location.indexOf("/requests/") + "/requests/".length());
        HttpResponse<String> acted = post("/staff/requests/" + id + "/release", Map.of("version", "0",
                "clerk", "records-clerk-1"));
        assertThat(acted.statusCode()).isEqualTo(302);
        var c = portal.bean(RequestService.class).require(io.github.medrecords.core.workflow.RequestId.parse(id));
        assertThat(c.status()).isEqualTo(RequestStatus.IN_PROCESS);
        HttpResponse<String> verified = post("/staff/requests/" + id + "/verify-identity", Map.of("version",
                "0", "clerk", "records-clerk-1", "method", "PHOTO_ID_COPY"));
        assertThat(verified.statusCode()).isEqualTo(302);
        assertThat(portal.bean(RequestService.class).require(c.id()).identity()).isEmpty();
        HttpResponse<String> right = post("/staff/requests/" + id + "/verify-identity", Map.of("version",
                String.valueOf(c.version()), "clerk", "records-clerk-1", "method", "PHOTO_ID_COPY"));
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(portal.bean(RequestService.class).require(c.id()).identity()).isPresent();
    }
}
