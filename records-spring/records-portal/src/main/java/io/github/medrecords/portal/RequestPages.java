package io.github.medrecords.portal;

import io.github.medrecords.core.intake.InvalidRequestException;
import io.github.medrecords.core.intake.RecordsRequestSubmission;
import io.github.medrecords.core.party.Language;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RequesterRole;
import io.github.medrecords.core.request.ThirdPartyKind;
import io.github.medrecords.core.service.RequestService;
import io.github.medrecords.core.service.RequesterView;
import io.github.medrecords.core.service.SubmissionPreview;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestId;
import io.github.medrecords.core.wording.NoticeBundle;
import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The patient's pages: the request form with the library's field errors and its estimate before
 * submitting, "Thank you for your submission", and the status page (the requester view).
 */
@Controller
class RequestPages {

    private static final Actor PORTAL = Actor.requester("portal");

    private final RequestService requests;
    private final PracticeProfile practice;
    private final AppTokens apps;
    private final MessageSource messages;

    RequestPages(RequestService requests, PracticeProfile practice, AppTokens apps, MessageSource messages) {
        this.requests = requests;
        this.practice = practice;
        this.apps = apps;
        this.messages = messages;
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        // More rows than the page offers are not a form a browser sends.
        binder.setAutoGrowCollectionLimit(20);
    }

    @GetMapping("/")
    String form(Model model) {
        return page(model, FormInput.blank(), Problems.none(), null);
    }

    @PostMapping("/request")
    String post(@ModelAttribute("form") RecordsRequestSubmission form, BindingResult binding,
            @RequestParam(name = "action", defaultValue = "preview") String action, Model model) {
        Problems problems = Problems.of(binding);
        FormInput.pruned(form);
        unconnectedApp(form).ifPresent(message -> problems.add("delivery.app", message));
        if (form.getIdempotencyKey() == null) {
            form.setIdempotencyKey("portal-" + UUID.randomUUID());
        }
        try {
            SubmissionPreview preview = requests.preview(practice.id(), form);
            if (!problems.isEmpty()) {
                return page(model, form, problems, null);
            }
            if ("submit".equals(action)) {
                RequestCase saved = requests.submit(practice.id(), form, PORTAL);
                return "redirect:/requests/" + saved.id().value() + "/thanks";
            }
            return page(model, form, problems, preview);
        } catch (InvalidRequestException e) {
            return page(model, form, problems.with(e.getViolations()), null);
        }
    }

    @GetMapping("/requests/{id}/thanks")
    String thanks(@PathVariable String id, Model model, HttpServletRequest http) {
        Optional<RequestCase> found = find(id);
        if (found.isEmpty()) {
            return "not-found";
        }
        RequesterView view = requests.requesterView(found.get().id());
        PortalLocale.use(http, view.language());
        model.addAttribute("practice", practice);
        model.addAttribute("lang", view.language().tag());
        model.addAttribute("view", view);
        model.addAttribute("id", id);
        return "thanks";
    }

    @GetMapping("/requests/{id}")
    String status(@PathVariable String id, Model model, HttpServletRequest http) {
        Optional<RequestCase> found = find(id);
        if (found.isEmpty()) {
            return "not-found";
        }
        RequesterView view = requests.requesterView(found.get().id());
        Language language = view.language();
        // The page's own words from messages_<tag>.properties; the status and next step come in the view.
        PortalLocale.use(http, language);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.locale()).withZone(practice.zone());
        model.addAttribute("practice", practice);
        model.addAttribute("view", view);
        model.addAttribute("lang", language.tag());
        model.addAttribute("window", view.expectedWindow().map(w -> NoticeBundle.date(language, w.earliest()) + " – "
                + NoticeBundle.date(language, w.latest())).orElse(null));
        model.addAttribute("dueDate", view.legalDueDate().map(d -> NoticeBundle.date(language, d)).orElse(null));
        model.addAttribute("notices", view.notices().stream()
                .map(n -> new SentNotice("notice." + n.event().name(), when.format(n.at()))).toList());
        model.addAttribute("id", id);
        return "status";
    }

    /** A notice on the status page: the message key of what it was about, and when, in the requester's words. */
    record SentNotice(String key, String at) {
    }

    /**
     * A delivery to the patient's app names an app connected on this portal (the library checks only the id's
     * form): one the patient connected on a request's "Connect a health app" page.
     */
    private Optional<String> unconnectedApp(RecordsRequestSubmission form) {
        if (form.getDelivery() == null || form.getDelivery().getMethod() != DeliveryMethod.PATIENT_APP
                || !AppTokens.wellFormedClientId(form.getDelivery().getApp())
                || apps.connected(practice.id(), form.getDelivery().getApp())) {
            return Optional.empty();
        }
        Language language = Language.isSupported(form.getLanguage()) ? Language.of(form.getLanguage())
                : Language.ENGLISH;
        return Optional.of(messages.getMessage("form.app.notConnected", null, language.locale()));
    }

    private Optional<RequestCase> find(String id) {
        try {
            return requests.find(RequestId.parse(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String page(Model model, RecordsRequestSubmission form, Problems problems, SubmissionPreview preview) {
        model.addAttribute("form", FormInput.withRows(form));
        model.addAttribute("errors", problems.byField());
        model.addAttribute("problemCount", problems.count());
        model.addAttribute("preview", preview);
        model.addAttribute("practice", practice);
        model.addAttribute("recordTypes", RecordType.wellKnownTypes().stream()
                .filter(t -> !t.equals(RecordType.PSYCHOTHERAPY_NOTES)).toList());
        model.addAttribute("deliveryMethods", List.of(DeliveryMethod.SECURE_LINK, DeliveryMethod.CD_BY_MAIL,
                DeliveryMethod.PAPER_BY_MAIL, DeliveryMethod.FAX, DeliveryMethod.DIRECT_TO_PROVIDER,
                DeliveryMethod.PATIENT_APP));
        model.addAttribute("languages", Language.supported());
        model.addAttribute("roles", RequesterRole.values());
        model.addAttribute("thirdPartyKinds", ThirdPartyKind.values());
        model.addAttribute("legalBases", LegalBasis.values());
        model.addAttribute("purposes", PurposeKind.values());
        return "request";
    }
}
