package io.github.medrecords.portal;

import io.github.medrecords.core.party.Language;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.service.RequestService;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Connect a health app", reached from the requester's status page: whoever holds the status link (the
 * portal's session for that request) gets a bearer token for the FHIR endpoint, scoped to the request's patient,
 * shown once; the page lists the tokens that still work and revokes them. In the requester's language.
 */
@Controller
class AppPages {

    private final RequestService requests;
    private final PracticeProfile practice;
    private final AppTokens tokens;
    private final MessageSource messages;

    AppPages(RequestService requests, PracticeProfile practice, AppTokens tokens, MessageSource messages) {
        this.requests = requests;
        this.practice = practice;
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping("/requests/{id}/apps")
    String page(@PathVariable String id, Model model, HttpServletRequest http) {
        Optional<RequestCase> found = find(id);
        if (found.isEmpty()) {
            return "not-found";
        }
        return show(found.get(), id, model, http, null, null);
    }

    @PostMapping("/requests/{id}/apps")
    String connect(@PathVariable String id, @RequestParam(name = "clientId", required = false) String clientId,
            Model model, HttpServletRequest http, HttpServletResponse response) {
        Optional<RequestCase> found = find(id);
        if (found.isEmpty()) {
            return "not-found";
        }
        RequestCase c = found.get();
        String app = clientId == null ? null : clientId.strip();
        if (!AppTokens.wellFormedClientId(app)) {
            String problem = messages.getMessage("apps.clientId.invalid", null, c.request().language().locale());
            // What was typed is not shown again: it may be anything, of any length.
            return show(c, id, model, http, null, problem);
        }
        AppTokens.Issued issued = tokens.issue(practice.id(), c.patientKey(), app);
        // The token is on this page only: never cached, never in an address.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return show(c, id, model, http, issued, null);
    }

    @PostMapping("/requests/{id}/apps/{tokenId}/revoke")
    String revoke(@PathVariable String id, @PathVariable String tokenId, RedirectAttributes flash) {
        Optional<RequestCase> found = find(id);
        if (found.isEmpty()) {
            return "not-found";
        }
        RequestCase c = found.get();
        boolean done = tokenId.length() <= 36 && tokens.revoke(practice.id(), c.patientKey(), tokenId);
        flash.addFlashAttribute(done ? "done" : "problem", messages.getMessage(done ? "apps.revoked"
                : "apps.revoke.none", null, c.request().language().locale()));
        return "redirect:/requests/" + c.id().value() + "/apps";
    }

    private String show(RequestCase c, String id, Model model, HttpServletRequest http, AppTokens.Issued issued,
            String problem) {
        Language language = c.request().language();
        PortalLocale.use(http, language);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale())
                .withZone(practice.zone());
        model.addAttribute("practice", practice);
        model.addAttribute("lang", language.tag());
        model.addAttribute("id", id);
        model.addAttribute("number", c.number().value());
        model.addAttribute("issued", issued);
        model.addAttribute("expires", issued == null ? null : date.format(issued.grant().expiresAt()));
        model.addAttribute("clientProblem", problem);
        model.addAttribute("connected", tokens.active(practice.id(), c.patientKey()).stream()
                .map(g -> new Connection(g.id(), g.clientId(), date.format(g.issuedAt()), date.format(g.expiresAt())))
                .toList());
        model.addAttribute("fhirBase", http.getRequestURL().toString().replaceFirst("/requests/.*$", "/fhir"));
        return "apps";
    }

    /** A token that still works, as the page lists it (never the token itself). */
    record Connection(String id, String clientId, String issued, String expires) {
    }

    private Optional<RequestCase> find(String id) {
        try {
            return requests.find(RequestId.parse(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
