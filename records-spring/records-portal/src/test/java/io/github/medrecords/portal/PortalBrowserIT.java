package io.github.medrecords.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.medrecords.core.service.RequestService;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.core.workflow.RequestId;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The seed practice's page in a real browser (Debian's headless Chromium driven by Selenium): a patient
 * submits with mistakes, fixes them, sees the estimate and submits; staff take the request to release;
 * the patient sees it released and the emails arrived. A Spanish-speaking patient follows his request on the
 * status page in Spanish and connects a health app, while staff extend and deny. A screenshot of each page goes to
 * target/screenshots. Without a browser the test is skipped with how to install one, except in CI
 * (environment CI=true, or {@code -Dportal.browser.required=true} as .ci/run sets), where it fails.
 */
class PortalBrowserIT {

    static final Path CHROMIUM = Path.of(System.getProperty("portal.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("portal.chromedriver", "/usr/bin/chromedriver"));
    static final Path SHOTS = Path.of(System.getProperty("portal.screenshots", "target/screenshots"));

    static PortalRunning portal;
    static WebDriver browser;
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String how = "The browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", "
                    + CHROMEDRIVER + "): apt-get install -y chromium chromium-driver";
            if (Boolean.getBoolean("portal.browser.required") || "true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(how + " (in CI, or with portal.browser.required=true, a missing browser fails the build)");
            }
            Assumptions.abort("Skipped: " + how);
        }
        Files.createDirectories(SHOTS);
        portal = PortalRunning.start();
        profile = Files.createTempDirectory("portal-chromium-");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1200,1800", "--user-data-dir=" + profile);
        // The driver is named explicitly, so Selenium Manager never looks for (or downloads) one.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        // Generous: on a shared two-core machine a page can wait long for the CPU.
        browser.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(3));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (portal != null) {
            portal.close();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aPatientFixesHerMistakesSubmitsAndStaffReleaseTheRecords() throws Exception {
        browser.get(portal.baseUrl + "/");
        shot("01-request-form");

        // The usual mistakes: no last name, a date of birth the way people write it, dates backwards,
        // no copies, paper by mail without an address, the box not ticked.
        type("patient.givenName", "Maria");
        type("patient.dateOfBirth", "03/14/1971");
        type("patient.email", "maria.k@example.com");
        new Select(browser.findElement(By.id("records0.type"))).selectByValue("LAB_RESULTS");
        type("records0.from", "2025-06-30");
        type("records0.to", "2025-01-01");
        type("records0.copies", "0");
        new Select(browser.findElement(By.id("records1.type"))).selectByValue("MRI_REPORT");
        type("records1.copies", "1");
        radio("delivery.method", "PAPER_BY_MAIL");
        click("preview");
        shot("02-mistakes-shown-by-field");
        assertThat(browser.findElement(By.id("problems")).getText()).contains("Please correct");
        assertThat(errorFields()).contains("patient.familyName", "patient.dateOfBirth", "records[0].copies",
                "identityAttested");
        assertThat(browser.findElements(By.id("submit"))).as("no submit before the form is right").isEmpty();

        type("patient.familyName", "Kowalski");
        type("patient.dateOfBirth", "1971-03-14");
        type("records0.from", "2025-01-01");
        type("records0.to", "2025-06-30");
        type("records0.copies", "1");
        type("delivery.postalAddress.line1", "12 Elm Street");
        type("delivery.postalAddress.city", "Hartford");
        type("delivery.postalAddress.state", "CT");
        type("delivery.postalAddress.zip", "06103");
        if (!browser.findElement(By.id("identityAttested1")).isSelected()) {
            browser.findElement(By.id("identityAttested1")).click();
        }
        click("preview");
        shot("03-estimate-before-submitting");
        assertThat(browser.findElements(By.id("problems"))).isEmpty();
        assertThat(browser.findElement(By.id("estimate-total")).getText()).startsWith("$");
        assertThat(browser.findElement(By.id("ready-window")).getText()).contains(" to ");

        click("submit");
        shot("04-thank-you");
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Thank you for your submission.");
        String number = browser.findElement(By.id("request-number")).getText();
        String statusUrl = browser.findElement(By.id("status-link")).getAttribute("href");
        browser.get(statusUrl);
        shot("05-status-received");
        assertThat(browser.findElement(By.id("status-words")).getText()).isNotBlank();

        browser.get(portal.baseUrl + "/staff");
        shot("06-staff-queue");
        browser.findElement(By.linkText(number)).click();
        shot("07-staff-request");
        new Select(browser.findElement(By.cssSelector("#verify-form select[name=method]")))
                .selectByValue("CALLBACK_TO_NUMBER_ON_FILE");
        click("verify");
        assertDone("Identity verified");
        List<WebElement> pages = browser.findElements(By.cssSelector("#fulfil-form input[name^=pages]"));
        pages.get(0).clear();
        pages.get(0).sendKeys("3");
        pages.get(1).clear();
        pages.get(1).sendKeys("1");
        new Select(browser.findElement(By.cssSelector("#fulfil-form select[name=keeping]"))).selectByValue("PAPER");
        WebElement postage = browser.findElement(By.cssSelector("#fulfil-form input[name=postage]"));
        postage.clear();
        postage.sendKeys("0.73");
        click("fulfil");
        assertDone("Fulfilment recorded");
        shot("08-staff-quoted");
        click("issue-invoice");
        assertDone("Invoice issued");
        shot("09-staff-invoiced");

        // Another clerk records the payment while this page is open: this page's action is refused.
        RequestService requests = portal.bean(RequestService.class);
        RequestId id = RequestId.parse(statusUrl.substring(statusUrl.lastIndexOf('/') + 1));
        var c = requests.require(id);
        requests.recordPayment(id, c.invoice().orElseThrow().number(), c.amountDue(),
                io.github.medrecords.core.workflow.PaymentMethod.CHECK, "chk-2208", Actor.staff("records-clerk-2"));
        browser.findElement(By.cssSelector("#payment-form input[name=reference]")).sendKeys("chk-2208");
        click("record-payment");
        shot("10-staff-stale-page-refused");
        assertThat(browser.findElement(By.id("problem")).getText()).contains("Someone else changed")
                .contains("Nothing was done");

        click("release");
        assertDone("Released");
        shot("11-staff-released");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("RELEASED");

        browser.get(statusUrl);
        shot("12-patient-sees-released");
        assertThat(browser.findElement(By.id("status-words")).getText()).isEqualTo("Your records have been sent.");

        // Received, invoice, payment and release: through the outbox and the relay to the SMTP server.
        List<String> subjects = List.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (subjects.size() < 4 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            subjects = Arrays.stream(portal.smtp.getReceivedMessages())
                    .filter(m -> to(m).equals("maria.k@example.com")).map(PortalBrowserIT::subject)
                    .collect(Collectors.toList());
        }
        assertThat(subjects).hasSize(4).allSatisfy(s -> assertThat(s).contains(number));

        browser.get(portal.baseUrl + "/staff/price-list");
        shot("13-price-list-audit");
        assertThat(browser.findElements(By.cssSelector("#findings tr"))).hasSizeGreaterThan(1);
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("R2.5");
    }

    @Test
    void aSpanishSpeakingPatientFollowsHisRequestInSpanishAndConnectsAnAppWhileStaffExtendAndDeny() {
        browser.get(portal.baseUrl + "/");
        new Select(browser.findElement(By.id("language"))).selectByValue("es");
        type("patient.givenName", "James");
        type("patient.familyName", "Nguyen");
        type("patient.dateOfBirth", "1980-07-02");
        new Select(browser.findElement(By.id("records0.type"))).selectByValue("XRAY_IMAGES");
        type("records0.copies", "1");
        radio("delivery.method", "SECURE_LINK");
        type("delivery.email", "james.n@example.com");
        browser.findElement(By.id("identityAttested1")).click();
        click("preview");
        click("submit");
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Gracias por enviar su solicitud.");
        String statusUrl = browser.findElement(By.id("status-link")).getAttribute("href");
        browser.get(statusUrl);
        shot("16-status-in-spanish");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
        assertThat(browser.findElement(By.id("status-words")).getText())
                .isEqualTo("Estamos preparando sus expedientes.");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Próximo paso")
                .contains("Recibimos su solicitud");
        browser.findElement(By.id("apps-link")).click();
        new WebDriverWait(browser, Duration.ofMinutes(2)).until(ExpectedConditions.presenceOfElementLocated(
                By.id("connect-form")));
        type("clientId", "org.example.health-app");
        click("connect");
        shot("17-connect-a-health-app");
        assertThat(browser.findElement(By.id("token")).getText()).startsWith(AppTokens.PREFIX);
        assertThat(browser.findElement(By.id("connections")).getText()).contains("org.example.health-app");

        browser.get(portal.baseUrl + "/staff/requests/" + statusUrl.substring(statusUrl.lastIndexOf('/') + 1));
        browser.findElement(By.cssSelector("#extend-form input[name=reason]")).sendKeys("Images are archived off site");
        click("extend");
        shot("14-staff-extended");
        assertThat(browser.findElement(By.id("done")).getText()).contains("Extension recorded");
        new Select(browser.findElement(By.cssSelector("#deny-form select[name=ground]")))
                .selectByValue("ENDANGERMENT");
        browser.findElement(By.cssSelector("#deny-form input[name=professionalName]")).sendKeys("Dr. Ada Reyes");
        browser.findElement(By.cssSelector("#deny-form input[name=professionalLicence]")).sendKeys("CT-MD-4471");
        click("deny");
        shot("15-staff-denied-with-notice");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("DENIED");
        // The notice goes to the requester, in his language.
        assertThat(browser.findElement(By.id("notice")).getText()).contains("Privacy Officer").contains("revisión");
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertDone(String text) {
        if (browser.findElements(By.id("done")).isEmpty()) {
            shot("failed-step");
            fail("Expected '" + text + "' but the page says: " + browser.findElement(By.tagName("body")).getText());
        }
        assertThat(browser.findElement(By.id("done")).getText()).contains(text);
    }

    private static List<String> errorFields() {
        return browser.findElements(By.cssSelector("p.error[data-field]")).stream()
                .map(e -> e.getAttribute("data-field")).toList();
    }

    private static void type(String id, String text) {
        WebElement e = browser.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    private static void radio(String name, String value) {
        browser.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']")).click();
    }

    /** Clicks a button that submits its form and waits until the next page has replaced this one. */
    private static void click(String id) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.id(id)).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofMinutes(2));
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static void shot(String name) throws RuntimeException {
        try {
            Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
