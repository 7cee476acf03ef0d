package io.github.medrecords.portal;

import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.fhir.FhirRecordsApi;
import io.github.medrecords.fhir.FhirResponse;
import io.github.medrecords.fhir.OperationOutcomes;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portal's FHIR R4 endpoint for a patient's health app, over the library's {@link FhirRecordsApi}:
 * {@code POST /fhir/Task}, {@code GET /fhir/Task/{id}}, {@code GET /fhir/Task?patient=…},
 * {@code GET /fhir/AuditEvent?patient=…}. Every call carries {@code Authorization: Bearer <token>}, a token the
 * patient got on the "Connect a health app" page; it reaches that patient's requests only. Without a token, or
 * with one that is unknown, revoked or expired: 401. Another patient's Task reads as 404; a search or a create for
 * another patient is 403. Every body is {@code application/fhir+json}, problems as an OperationOutcome.
 */
@RestController
@RequestMapping("/fhir")
class FhirEndpoint {

    /** The largest Task body read; a form's Task is a few kilobytes, a hostile one is refused unread. */
    static final int MAX_BODY = 2 * 1024 * 1024;
    static final MediaType FHIR_JSON = MediaType.parseMediaType(FhirResponse.MEDIA_TYPE);

    private final FhirRecordsApi fhir;
    private final AppTokens tokens;
    private final PracticeProfile practice;

    FhirEndpoint(FhirRecordsApi fhir, AppTokens tokens, PracticeProfile practice) {
        this.fhir = fhir;
        this.tokens = tokens;
        this.practice = practice;
    }

    @PostMapping("/Task")
    ResponseEntity<String> create(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
            HttpServletRequest request) throws IOException {
        Optional<AppTokens.Grant> grant = grant(auth);
        if (grant.isEmpty()) {
            return unauthorized(auth);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            return send(413, outcome(OperationOutcome.IssueType.TOOLONG, "medrecords.fhir.tooLarge",
                    "The Task is larger than " + MAX_BODY / 1024 / 1024 + " MB; nothing was saved."));
        }
        AppTokens.Grant g = grant.get();
        return answer(fhir.createTask(practice.id(), g.patient(), new String(body, StandardCharsets.UTF_8),
                Actor.requester("app:" + g.clientId())));
    }

    @GetMapping("/Task/{id}")
    ResponseEntity<String> read(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
            @PathVariable String id) {
        Optional<AppTokens.Grant> grant = grant(auth);
        if (grant.isEmpty()) {
            return unauthorized(auth);
        }
        return answer(fhir.readTask(practice.id(), grant.get().patient(), id));
    }

    @GetMapping("/Task")
    ResponseEntity<String> searchTasks(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
            @RequestParam(required = false) String patient) {
        Optional<AppTokens.Grant> grant = grant(auth);
        if (grant.isEmpty()) {
            return unauthorized(auth);
        }
        if (!own(patient, grant.get())) {
            return forbidden();
        }
        return answer(fhir.searchTasks(practice.id(), grant.get().patient()));
    }

    @GetMapping("/AuditEvent")
    ResponseEntity<String> searchAuditEvents(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
            @RequestParam(required = false) String patient) {
        Optional<AppTokens.Grant> grant = grant(auth);
        if (grant.isEmpty()) {
            return unauthorized(auth);
        }
        if (!own(patient, grant.get())) {
            return forbidden();
        }
        return answer(fhir.searchAuditEvents(practice.id(), grant.get().patient()));
    }

    /**
     * The {@code patient} search parameter may be left out (the token's patient) or name the token's patient
     * key, alone or as {@code system|key}, as the Tasks' and AuditEvents' patient identifiers carry it.
     */
    private static boolean own(String patient, AppTokens.Grant grant) {
        if (patient == null || patient.isBlank()) {
            return true;
        }
        String value = patient.substring(patient.lastIndexOf('|') + 1).strip();
        return value.equals(grant.patient().value());
    }

    private Optional<AppTokens.Grant> grant(String auth) {
        if (auth == null || auth.length() > AppTokens.MAX_TOKEN + 7
                || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return tokens.resolve(auth.substring(7).strip()).filter(g -> g.practice().equals(practice.id()));
    }

    private static ResponseEntity<String> unauthorized(String auth) {
        String challenge = auth == null ? "Bearer realm=\"medrecords\""
                : "Bearer realm=\"medrecords\", error=\"invalid_token\"";
        return ResponseEntity.status(401).header(HttpHeaders.WWW_AUTHENTICATE, challenge).contentType(FHIR_JSON)
                .body(outcome(OperationOutcome.IssueType.LOGIN, "medrecords.fhir.unauthorized",
                        "A bearer token from the portal's \"Connect a health app\" page is needed; this one is "
                                + (auth == null ? "missing." : "unknown, revoked or expired.")));
    }

    private static ResponseEntity<String> forbidden() {
        return send(403, outcome(OperationOutcome.IssueType.FORBIDDEN, "medrecords.fhir.otherPatient",
                "This token reaches the records of its own patient only."));
    }

    private static String outcome(OperationOutcome.IssueType type, String code, String message) {
        return FhirJson.encode(OperationOutcomes.of(type, code, message));
    }

    private static ResponseEntity<String> answer(FhirResponse r) {
        ResponseEntity.BodyBuilder b = ResponseEntity.status(r.status()).contentType(FHIR_JSON);
        r.location().ifPresent(l -> b.header(HttpHeaders.LOCATION, "/fhir/" + l));
        return b.body(r.body());
    }

    private static ResponseEntity<String> send(int status, String body) {
        return ResponseEntity.status(status).contentType(FHIR_JSON).body(body);
    }
}
