package io.github.medrecords.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.calendar.jollyday.JollydayCalendars;
import io.github.medrecords.core.authorization.VerificationMethod;
import io.github.medrecords.core.fee.AuditReport;
import io.github.medrecords.core.fee.ComplianceOutcome;
import io.github.medrecords.core.fee.Estimate;
import io.github.medrecords.core.fee.FeeCalculator;
import io.github.medrecords.core.fee.FeeContext;
import io.github.medrecords.core.fee.Fulfilment;
import io.github.medrecords.core.fee.LawfulMaximum;
import io.github.medrecords.core.fee.PriceListAudit;
import io.github.medrecords.core.fee.PriceListFile;
import io.github.medrecords.core.fee.Quote;
import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.intake.FieldViolation;
import io.github.medrecords.core.intake.MedrecordsValidation;
import io.github.medrecords.core.intake.RecordsRequestSubmission;
import io.github.medrecords.core.intake.RequestIntake;
import io.github.medrecords.core.law.Citation;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.notification.NotificationRelay;
import io.github.medrecords.core.notification.RetryPolicy;
import io.github.medrecords.core.notification.StandardNotificationPolicy;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RecordsRequest;
import io.github.medrecords.core.request.RequesterRole;
import io.github.medrecords.core.service.AccountingOfDisclosures;
import io.github.medrecords.core.service.AccountingService;
import io.github.medrecords.core.service.RequestService;
import io.github.medrecords.core.service.RequesterView;
import io.github.medrecords.core.timeframe.DeadlineCalculator;
import io.github.medrecords.core.timeframe.DeadlineQuery;
import io.github.medrecords.core.timeframe.DeadlineRules;
import io.github.medrecords.core.timeframe.DueDate;
import io.github.medrecords.core.timeframe.ReadyWindow;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.core.workflow.PaymentMethod;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestStatus;
import io.github.medrecords.core.workflow.SelectionFulfilment;
import io.github.medrecords.memory.InMemoryStore;
import io.github.medrecords.notify.mail.EmailTemplates;
import io.github.medrecords.notify.mail.MailSender;
import io.github.medrecords.notify.mail.SmtpSecurity;
import io.github.medrecords.notify.webhook.WebhookEndpoint;
import io.github.medrecords.notify.webhook.WebhookSender;
import io.github.medrecords.notify.webhook.WebhookSignature;
import io.github.medrecords.store.jdbc.JdbcStore;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java snippets live here, between {@code // tag::name[]} and {@code // end::name[]}, where
 * they compile and, but for the two that would reach real servers, run. The README must contain every
 * region verbatim as a {@code java} block, and every {@code java} block of the README must be a region.
 */
class ReadmeSnippetsTest {

    private static final Path README = LawBookReferencesTest.ROOT.resolve("README.md");
    private static final Path SOURCE = Path.of("src", "test", "java", "io", "github", "medrecords", "examples",
            "ReadmeSnippetsTest.java");
    private static final Pattern REGION = Pattern.compile(
            "// tag::([a-z-]+)\\[\\]\\n(.*?)\\n[ ]*// end::\\1\\[\\]", Pattern.DOTALL);
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)\\n```", Pattern.DOTALL);

    /** The seed practice's clock, fixed at a Monday morning in its zone. */
    private static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 11, 2, 9, 0, 0, 0,
            ExamplePractices.connecticutOrthopaedics().zone()).toInstant(), ExamplePractices.connecticutOrthopaedics()
            .zone());

    @TempDir
    Path folder;

    private final List<String> errorsShown = new ArrayList<>();
    private final Page page = (field, message) -> errorsShown.add(field + ": " + message);

    @Test
    void everyJavaBlockOfTheReadmeIsARegionHereAndEveryRegionIsInTheReadme() throws IOException {
        List<String> regions = new ArrayList<>();
        Matcher region = REGION.matcher(Files.readString(SOURCE, StandardCharsets.UTF_8));
        while (region.find()) {
            regions.add(dedent(region.group(2)));
        }
        List<String> blocks = new ArrayList<>();
        Matcher block = JAVA_BLOCK.matcher(Files.readString(README, StandardCharsets.UTF_8));
        while (block.find()) {
            blocks.add(block.group(1));
        }

        assertThat(regions).hasSizeGreaterThanOrEqualTo(9);
        assertThat(blocks).as("java blocks of README.md, each a region of %s", SOURCE)
                .containsExactlyInAnyOrderElementsOf(regions);
    }

    @Test
    void theWholeJourneyRuns() {
        // tag::setup[]
        PracticeProfile practice = ExamplePractices.connecticutOrthopaedicsWithCostBasis(); // its costs recorded
        PracticeDirectory directory = PracticeDirectory.of(practice);    // every practice this deployment serves
        Clock clock = Clock.system(practice.zone());                     // every "now" comes from it
        ValidatorFactory validation = MedrecordsValidation.validatorFactory(clock); // once; close on shutdown
        Validator validator = validation.getValidator();
        InMemoryStore store = InMemoryStore.create();                    // or JdbcStore (see Storage below)
        RequestService service = new RequestService(directory, store, validator, clock, FeeCalculator.standard(),
                DeadlineRules.defaults(), StandardNotificationPolicy.requesterOnly());
        Actor portal = Actor.requester("portal");                        // who acts, kept in every history entry
        Actor clerk = Actor.staff("records-clerk-1");
        // end::setup[]
        RecordsRequestSubmission form = PracticeForm.mriImagesBySecureLink(LocalDate.now(clock));
        form.getRecords().remove(1);
        // tag::journey[]
        RequestCase request = service.submit(practice.id(), form, portal); // IN_PROCESS, its due date set
        request = service.verifyIdentity(request.id(), VerificationMethod.PATIENT_PORTAL_ACCOUNT, clerk);
        request = service.recordFulfilment(request.id(),                 // what staff copied: a quote
                List.of(SelectionFulfilment.ofMedia(0, 1, RecordKeeping.ELECTRONIC)), Money.ZERO, clerk);
        request = service.issueInvoice(request.id(), clerk);              // refused unless the quote permits it
        request = service.recordPayment(request.id(), request.invoice().orElseThrow().number(),
                request.amountDue(), PaymentMethod.CARD, "ch_3PzK", portal);  // READY_FOR_RELEASE
        request = service.release(request.id(), clerk);                  // every guard checked now: RELEASED
        // end::journey[]
        assertThat(request.status()).isEqualTo(RequestStatus.RELEASED);
        // tag::views[]
        RequesterView view = service.requesterView(request.id());       // what the portal shows the patient
        view.statusWords();                                              // "Your records have been sent."
        AccountingService accounting = new AccountingService(directory, store, DeadlineRules.defaults(), clock);
        AccountingOfDisclosures disclosures = accounting.accountingFor(practice.id(), request.patientKey(),
                List.of());                                              // the patient's earlier accountings
        disclosures.entries();  // empty: a copy to the patient herself is not listed (R4.2)
        // end::views[]
        assertThat(view.statusWords()).isEqualTo("Your records have been sent.");
        assertThat(disclosures.entries()).isEmpty();
        validation.close();
    }

    @Test
    void aFormIsCheckedFieldByFieldAndAcceptedAsARequest() {
        // tag::intake[]
        PracticeProfile practice = ExamplePractices.connecticutOrthopaedics();
        Clock clock = Clock.system(practice.zone());
        ValidatorFactory validation = MedrecordsValidation.validatorFactory(clock); // once per application
        RequestIntake intake = new RequestIntake(validation.getValidator());

        RecordsRequestSubmission form = bindFromYourForm(httpRequest);  // any field may be missing or wrong
        List<FieldViolation> problems = intake.check(practice, form);
        if (!problems.isEmpty()) {
            problems.forEach(p -> page.showError(p.field(), p.message())); // "Enter the address to mail the records to."
        } else {
            RecordsRequest request = intake.accept(practice, form).request();
            request.legalBasis().requiresAuthorization(); // false for a patient's own request (R3.7)
        }
        // end::intake[]
        assertThat(problems).isEmpty();
        httpRequest = Map.of("broken", "yes");
        assertThat(intake.check(practice, bindFromYourForm(httpRequest))).extracting(FieldViolation::message)
                .contains("Enter the address to mail the records to.");
        validation.close();
    }

    @Test
    void theLawfulMaximumIsAskedWithoutAPriceList() {
        // tag::lawful-maximum[]
        FeeContext context = FeeContext.builder(LegalBasis.INDIVIDUAL_ACCESS, RequesterRole.PATIENT,
                DeliveryMethod.SECURE_LINK, LocalDate.of(2026, 11, 2))    // a patient's electronic copy
                .recordType(RecordType.CLINICAL_VISIT_SUMMARY).pages(20).jurisdiction(UsState.CT).build();
        LawfulMaximum max = LawfulMaximum.of(context);
        max.amount();              // $6.50: the most without a recorded cost basis
        max.bindingRule();         // R2.3, HIPAA's flat fee for an electronic copy
        max.amountWithCostBasis(); // $13.00 under R5.2 (20 pages at $0.65): no documented cost lifts it
        max.ceilings();            // each governing rule: R2.5 (no per-page fee), R2.3, R2.2, R2.6, R5.2
        // end::lawful-maximum[]
        assertThat(max.amount()).contains(Money.parse("6.50"));
        assertThat(max.bindingRule()).map(Citation::ruleId).contains("R2.3");
        assertThat(max.amountWithCostBasis()).contains(Money.parse("13.00"));
        assertThat(max.bindingRuleWithCostBasis()).map(Citation::ruleId).contains("R5.2");
        assertThat(max.ceilings()).extracting(c -> c.rule().ruleId())
                .containsExactly("R2.5", "R2.3", "R2.2", "R2.6", "R5.2");
    }

    @Test
    void estimateAndQuoteSayWhatTheyCostAndWhetherTheLawAllowsIt() {
        PracticeProfile seed = ExamplePractices.connecticutOrthopaedics();
        ValidatorFactory validation = MedrecordsValidation.validatorFactory(CLOCK);
        RecordsRequestSubmission form = PracticeForm.mriImagesBySecureLink(LocalDate.now(CLOCK));
        form.getRecords().get(0).setType("CLINICAL_VISIT_SUMMARY");   // as the demo's fees: visit notes, 2 copies,
        form.getRecords().get(0).setCopies(2);                        // and lab results
        form.getRecords().get(1).setType("LAB_RESULTS");
        RecordsRequest request = new RequestIntake(validation.getValidator()).accept(seed, form).request();
        LocalDate receivedOn = LocalDate.now(CLOCK);
        // tag::fees[]
        PracticeProfile practice = ExamplePractices.connecticutOrthopaedics();
        FeeCalculator fees = FeeCalculator.standard();
        Estimate estimate = fees.estimate(practice.priceList(), request, receivedOn, practice.jurisdictions());
        estimate.explain(); // "Estimate, assuming 11 pages and 0 media: Copies of records: 11 pages at $0.65, capped at $6.50 per request. Total $6.50."
        Quote quote = fees.quote(practice.priceList(), request,
                Fulfilment.ofPages(10, RecordKeeping.ELECTRONIC), receivedOn, practice.jurisdictions());
        quote.total();                       // $6.50
        quote.compliance().outcome();        // METHOD_NOT_PERMITTED: per-page fees on electronically kept records (R2.5)
        quote.compliance().permitsInvoice(); // false: issueInvoice refuses it (QuoteNotInvoiceableException)
        // end::fees[]
        assertThat(estimate.explain()).isEqualTo("Estimate, assuming 11 pages and 0 media: Copies of records: 11 pages"
                + " at $0.65, capped at $6.50 per request. Total $6.50.");
        assertThat(quote.total()).isEqualTo(Money.parse("6.50"));
        assertThat(quote.compliance().outcome()).isEqualTo(ComplianceOutcome.METHOD_NOT_PERMITTED);
        assertThat(quote.compliance().permitsInvoice()).isFalse();
        assertThat(fees.quote(practice.priceList(), request, Fulfilment.ofPages(14, RecordKeeping.PAPER), receivedOn,
                practice.jurisdictions()).compliance().outcome()).isEqualTo(ComplianceOutcome.NEEDS_COST_BASIS);
        validation.close();
    }

    @Test
    void dueDateAndTurnaroundWindow() {
        // tag::deadlines[]
        PracticeProfile practice = ExamplePractices.connecticutOrthopaedics().toBuilder()
                .holidayCalendar(JollydayCalendars.usState(UsState.CT)).build();
        Instant received = Instant.parse("2026-03-04T22:30:00Z");           // 17:30 in New York
        DueDate due = DeadlineCalculator.of(DeadlineRules.defaults(), practice.businessCalendar())
                .dueDate(DeadlineQuery.forRecords(practice.businessCalendar().dateOf(received),
                        LegalBasis.INDIVIDUAL_ACCESS, practice.jurisdictions())).orElseThrow();
        // due.legalDate() 2026-04-03 (CGS 20-7c, R5.6; HIPAA also satisfied), due.workingTarget() 2026-04-02
        ReadyWindow ready = practice.turnaround().expectedReady(received, DeliveryMethod.SECURE_LINK);
        // ready.earliest() 2026-03-09, ready.latest() 2026-03-10 (after the 16:00 cut-off, counted from 03-05)
        // end::deadlines[]
        assertThat(due.legalDate()).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(due.workingTarget()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(ready.earliest()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(ready.latest()).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void aPriceListFileIsAudited() throws IOException {
        Path path = folder.resolve("prices.properties");
        Files.copy(Path.of("src", "main", "resources", "price-lists", "ct-orthopaedics.properties"), path);
        // tag::audit[]
        PriceListFile file = PriceListFile.parse(Files.newBufferedReader(path), "prices.properties");
        AuditReport report = PriceListAudit.standard().audit(file.priceList(), UsState.CT, LocalDate.of(2026, 11, 2));
        System.out.print(report.table());          // report.passes() is false when there are findings
        // in tests: assertThat(file.priceList()).passesAudit(UsState.CT, LocalDate.of(2026, 11, 2));
        // end::audit[]
        assertThat(report.passes()).isFalse();
        assertThat(report.table()).contains("R2.5", "METHOD_NOT_PERMITTED");
    }

    /** Compiled, not run: it would create a file store and reach an SMTP server and a webhook. */
    @SuppressWarnings("unused")
    private static void storageAndNotificationsCompile(PracticeDirectory directory, Validator validator, Clock clock,
            String password, String secret, HttpRequest request, String body) {
        // tag::storage[]
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:./medrecords-data/store;DB_CLOSE_DELAY=-1;WRITE_DELAY=0"); // H2 writes each commit
        JdbcStore store = JdbcStore.builder(ds).practices(directory).build(); // creates or upgrades the schema

        RequestService service = new RequestService(directory, store, validator, clock, FeeCalculator.standard(),
                DeadlineRules.defaults(), StandardNotificationPolicy.requesterOnly().withWebhook("ehr"));
        // end::storage[]
        // tag::relay[]
        NotificationRelay relay = NotificationRelay.builder(store)            // any NotificationOutbox
                .sender(MailSender.builder().server("smtp.example.org", 587).security(SmtpSecurity.STARTTLS)
                        .authentication("records", password).from("records@example.org", "Seed Family Practice")
                        .templates(EmailTemplates.withPortal(URI.create("https://portal.example.org/"))).build())
                .sender(WebhookSender.builder()
                        .endpoint(WebhookEndpoint.of("ehr", URI.create("https://ehr.example.com/events"), secret)).build())
                .retryPolicy(RetryPolicy.defaults())
                .build();
        relay.start();          // or relay.runOnce() from your own scheduler; relay.stop(Duration.ofSeconds(30))

        // A webhook receiver checks the signature:
        boolean ok = WebhookSignature.verify(secret, request.getHeader("X-Medrecords-Signature"), body,
                Instant.now(), Duration.ofMinutes(5));
        // end::relay[]
    }

    /** A servlet request, as far as the README's webhook receiver needs one. */
    interface HttpRequest {
        String getHeader(String name);
    }

    /** The portal's page, as far as the README needs one. */
    interface Page {
        void showError(String field, String message);
    }

    private Map<String, String> httpRequest = Map.of();

    /** The portal's own form binding: a complete form, or one without its mailing address. */
    private static RecordsRequestSubmission bindFromYourForm(Map<String, String> httpRequest) {
        if (httpRequest.isEmpty()) {
            return PracticeForm.mriImagesBySecureLink(LocalDate.now(Clock.systemDefaultZone()));
        }
        return PracticeForm.xraysOnCdWithMistakes(LocalDate.now(Clock.systemDefaultZone()));
    }

    private static String dedent(String text) {
        List<String> lines = text.lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        return String.join("\n", lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList());
    }
}
