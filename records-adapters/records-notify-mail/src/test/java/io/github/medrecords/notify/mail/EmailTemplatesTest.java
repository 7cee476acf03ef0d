package io.github.medrecords.notify.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.medrecords.core.notification.InvalidPayloadException;
import io.github.medrecords.core.workflow.EventType;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmailTemplatesTest {

    @Test
    void everyPayloadValueIsEscapedInHtml() {
        Map<String, String> payload = Messages.invoicePayload();
        payload.put("line.01.description", "<b>\"x\" & 'y'</b>");
        payload.put("statusWords", "<img src=x onerror=alert(1)>");

        String html = EmailTemplates.withoutPortal().render(Messages.email(EventType.INVOICE_ISSUED, "a@b.org",
                payload)).html();

        assertThat(html).contains("&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;",
                "&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img", "<b>");
    }

    @Test
    void leavesOutTheAmountDueWhenNothingIsDueAndThePortalWhenNoneIsConfigured() {
        String text = EmailTemplates.withoutPortal().render(Messages.email(EventType.FEE_WAIVED, "a@b.org",
                Messages.payload(EventType.FEE_WAIVED))).text();

        assertThat(text).doesNotContain("Amount due", "portal:").contains("there is nothing to pay");
    }

    @Test
    void refusesAPayloadWithKeysOutsideTheContractWithoutQuotingThem() {
        Map<String, String> payload = Messages.payload(EventType.SUBMITTED);
        payload.put("dateOfBirth", "1970-01-01");
        payload.put("diagnosis", "Something private");

        assertThatExceptionOfType(InvalidPayloadException.class).isThrownBy(() -> EmailTemplates.withoutPortal()
                .render(Messages.email(EventType.SUBMITTED, "a@b.org", payload)))
                .satisfies(e -> assertThat(e.getMessage()).contains("dateOfBirth", "diagnosis")
                        .doesNotContain("1970-01-01", "Something private"));
    }

    @Test
    void refusesAPortalThatIsNotAWebAddress() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EmailTemplates.withPortal(URI.create("javascript:alert(1)")));
    }
}
