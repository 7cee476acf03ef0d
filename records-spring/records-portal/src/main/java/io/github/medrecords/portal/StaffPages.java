package io.github.medrecords.portal;

import io.github.medrecords.core.MedrecordsException;
import io.github.medrecords.core.authorization.VerificationMethod;
import io.github.medrecords.core.fee.PriceListAudit;
import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.service.ExtensionResult;
import io.github.medrecords.core.service.RequestService;
import io.github.medrecords.core.timeframe.StandingPolicy;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.core.workflow.DenialGround;
import io.github.medrecords.core.workflow.LicensedProfessional;
import io.github.medrecords.core.workflow.PaymentMethod;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestId;
import io.github.medrecords.core.workflow.SelectionFulfilment;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The records staff's pages: the queue (the dashboard), one request with its actions, and the
 * price-list audit. Every action names the version of the request the page showed; if another clerk
 * acted since, nothing is done and the page says so. (An example: a real portal puts these pages behind
 * the practice's sign-in.)
 */
@Controller
class StaffPages {

    private final RequestService requests;
    private final PracticeProfile practice;
    private final StandingPolicy standing;
    private final PriceListAudit audit;
    private final Clock clock;

    StaffPages(RequestService requests, PracticeProfile practice, StandingPolicy standing, PriceListAudit audit,
            Clock clock) {
        this.requests = requests;
        this.practice = practice;
        this.standing = standing;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/staff")
    String queue(Model model) {
        model.addAttribute("practice", practice);
        model.addAttribute("rows", requests.dashboard(practice.id(), standing));
        return "staff-queue";
    }

    @GetMapping("/staff/requests/{id}")
    String request(@PathVariable String id, Model model) {
        Optional<RequestCase> found = find(id);
        if (found.isEmpty()) {
            return "not-found";
        }
        RequestCase c = found.get();
        model.addAttribute("practice", practice);
        model.addAttribute("c", c);
        model.addAttribute("verificationMethods", VerificationMethod.values());
        model.addAttribute("paymentMethods", PaymentMethod.values());
        model.addAttribute("keepings", RecordKeeping.values());
        model.addAttribute("grounds", DenialGround.values());
        model.addAttribute("today", practice.businessCalendar().dateOf(clock.instant()));
        if (c.denial().isPresent()) {
            model.addAttribute("notice", requests.denialNotice(c.id()).text());
        }
        return "staff-request";
    }

    @PostMapping("/staff/requests/{id}/verify-identity")
    String verify(@PathVariable String id, @RequestParam long version, @RequestParam String clerk,
            @RequestParam VerificationMethod method, RedirectAttributes flash) {
        return act(id, version, flash, "Identity verified.", c -> requests.verifyIdentity(c.id(), method,
                staff(clerk)));
    }

    @PostMapping("/staff/requests/{id}/fulfilment")
    String fulfil(@PathVariable String id, @RequestParam long version, @RequestParam String clerk,
            @RequestParam Map<String, String> fields, @RequestParam RecordKeeping keeping,
            @RequestParam(defaultValue = "0.00") String postage, RedirectAttributes flash) {
        return act(id, version, flash, "Fulfilment recorded; the quote is below.", c -> {
            List<SelectionFulfilment> done = new ArrayList<>();
            for (int i = 0; i < c.request().selections().size(); i++) {
                int pages = number(fields.get("pages" + i));
                int media = number(fields.get("media" + i));
                done.add(media > 0 ? SelectionFulfilment.ofMedia(i, media, keeping)
                        : SelectionFulfilment.ofPages(i, pages, keeping));
            }
            return requests.recordFulfilment(c.id(), done, Money.parse(postage.trim()), staff(clerk));
        });
    }

    @PostMapping("/staff/requests/{id}/invoice")
    String invoice(@PathVariable String id, @RequestParam long version, @RequestParam String clerk,
            RedirectAttributes flash) {
        return act(id, version, flash, "Invoice issued and sent.", c -> requests.issueInvoice(c.id(), staff(clerk)));
    }

    @PostMapping("/staff/requests/{id}/payment")
    String payment(@PathVariable String id, @RequestParam long version, @RequestParam String clerk,
            @RequestParam String amount, @RequestParam PaymentMethod method, @RequestParam String reference,
            RedirectAttributes flash) {
        return act(id, version, flash, "Payment recorded.", c -> requests.recordPayment(c.id(),
                c.invoice().orElseThrow(() -> new MedrecordsException("There is no invoice to pay yet")).number(),
                Money.parse(amount.trim()), method, reference, staff(clerk)));
    }

    @PostMapping("/staff/requests/{id}/deny")
    String deny(@PathVariable String id, @RequestParam long version, @RequestParam String clerk,
            @RequestParam DenialGround ground, @RequestParam(required = false) String professionalName,
            @RequestParam(required = false) String professionalLicence, RedirectAttributes flash) {
        return act(id, version, flash, "Denied; the notice below was sent to the requester.", c -> {
            Set<Integer> all = new HashSet<>();
            for (int i = 0; i < c.request().selections().size(); i++) {
                all.add(i);
            }
            Optional<LicensedProfessional> by = ground.reviewable()
                    ? Optional.of(LicensedProfessional.of(clerk, blankToNull(professionalName),
                            blankToNull(professionalLicence)))
                    : Optional.empty();
            return requests.deny(c.id(), ground, all, by, staff(clerk));
        });
    }

    @PostMapping("/staff/requests/{id}/extend")
    String extend(@PathVariable String id, @RequestParam long version, @RequestParam String clerk,
            @RequestParam LocalDate newDate, @RequestParam String reason, RedirectAttributes flash) {
        ExtensionResult[] result = new ExtensionResult[1];
        String view = act(id, version, flash, "Extended.", c -> {
            result[0] = requests.extend(c.id(), newDate, reason, staff(clerk));
            return result[0].request();
        });
        if (result[0] != null) {
            flash.addFlashAttribute("done", result[0].bindingDateMoved()
                    ? "Extended; the legal date is now " + result[0].bindingDate() + "."
                    : "Extension recorded, but state law keeps the binding date at " + result[0].bindingDate() + ".");
        }
        return view;
    }

    @PostMapping("/staff/requests/{id}/release")
    String release(@PathVariable String id, @RequestParam long version, @RequestParam String clerk,
            RedirectAttributes flash) {
        return act(id, version, flash, "Released; the requester has been told.", c -> requests.release(c.id(),
                staff(clerk)));
    }

    @GetMapping("/staff/price-list")
    String priceList(Model model) {
        LocalDate today = practice.businessCalendar().dateOf(clock.instant());
        model.addAttribute("practice", practice);
        model.addAttribute("reports", practice.jurisdictions().stream()
                .map(state -> audit.audit(practice.priceList(), state, today, practice.providerKind())).toList());
        return "staff-price-list";
    }

    private String act(String id, long version, RedirectAttributes flash, String done,
            Function<RequestCase, RequestCase> action) {
        Optional<RequestCase> found = find(id);
        if (found.isEmpty()) {
            return "not-found";
        }
        RequestCase current = found.get();
        String back = "redirect:/staff/requests/" + id;
        if (current.version() != version) {
            flash.addFlashAttribute("problem", "Someone else changed request " + current.number()
                    + " after you opened this page (it is now " + current.status()
                    + "). Nothing was done; check it below and try again.");
            return back;
        }
        try {
            action.apply(current);
            flash.addFlashAttribute("done", done);
        } catch (MedrecordsException | IllegalArgumentException | IllegalStateException e) {
            // The library's messages name the rule and never quote patient data.
            flash.addFlashAttribute("problem", "Nothing was done: " + e.getMessage());
        }
        return back;
    }

    private Optional<RequestCase> find(String id) {
        try {
            return requests.find(RequestId.parse(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Actor staff(String clerk) {
        String id = clerk == null || clerk.isBlank() ? "records-staff" : clerk.trim();
        return Actor.staff(id.length() > 64 ? id.substring(0, 64) : id);
    }

    private static int number(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Page and media counts must be whole numbers");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? "" : s.trim();
    }
}
