package io.github.medrecords.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.party.Language;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.service.RequestService;
import io.github.medrecords.core.timeframe.StandingPolicy;
import io.github.medrecords.core.workflow.RequestId;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The requester's language, over HTTP: chosen on the form, kept with the request, and the status page and the
 * "Connect a health app" page written in it; a language the portal does not offer is a field error.
 */
class PortalLanguageIT {

    static PortalRunning portal;

    @BeforeAll
    static void start() {
        portal = PortalRunning.start();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void aSpanishSpeakingPatientSeesHerStatusPageInSpanish() throws Exception {
        Map<String, String> f = PortalBadInputIT.validForm("lang-es-000000001");
        f.put("language", "es");
        String id = portal.submit(f);
        assertThat(portal.bean(RequestService.class).require(RequestId.parse(id)).request().language())
                .isEqualTo(Language.SPANISH);

        String page = page("/requests/" + id);

        assertThat(page).contains("lang=\"es\"").contains("Estado").contains("Próximo paso")
                .contains("Cantidad a pagar").contains("Estamos preparando sus expedientes.")
                .contains("Lo que le enviamos").contains("Recibimos su solicitud")
                .contains("Conectar una aplicación de salud").doesNotContain("Amount due")
                .doesNotContain("What we sent you");
        // The expected window and the law's date as a Spanish letter writes them ("4 de marzo de 2026").
        assertThat(page).containsPattern("id=\"expected-window\">\\d{1,2} de [a-z]+ de \\d{4}");
        assertThat(page("/requests/" + id + "/thanks")).contains("lang=\"es\"")
                .contains("Gracias por enviar su solicitud.").doesNotContain("Thank you");
        assertThat(page("/requests/" + id + "/apps")).contains("lang=\"es\"")
                .contains("Conectar una aplicación de salud").contains("No hay ninguna aplicación conectada.");
    }

    @Test
    void anEnglishSpeakingPatientSeesHerStatusPageInEnglishWhateverHerBrowserSays() throws Exception {
        String id = portal.submit(PortalBadInputIT.validForm("lang-en-000000001"));

        HttpResponse<String> r = PortalRunning.HTTP.send(HttpRequest.newBuilder(URI.create(portal.baseUrl
                + "/requests/" + id)).header("Accept-Language", "es-MX,es;q=0.9").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(r.body()).contains("lang=\"en\"").contains("Amount due").contains("We received your request")
                .doesNotContain("Estado");
    }

    @Test
    void aLanguageThePortalDoesNotOfferIsAFieldErrorAndNothingIsSaved() throws Exception {
        int before = openRequests();
        for (String hostile : new String[] {"fr", "<script>alert(1)</script>", "es\r\nX-Injected: 1",
            "e".repeat(1_000_000)}) {
            Map<String, String> f = PortalBadInputIT.validForm("lang-bad-00000001");
            f.put("language", hostile);
            HttpResponse<String> r = portal.form("/request", f);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("data-field=\"language\"").contains("Choose one of the languages")
                    .doesNotContain("<script>alert").doesNotContain("eeeeeeeeee");
        }
        assertThat(openRequests()).isEqualTo(before);
    }

    @Test
    void aSpanishSpeakingPatientGetsTheFormsFieldErrorsInSpanish() throws Exception {
        Map<String, String> f = PortalBadInputIT.validForm("lang-es-errors-01");
        f.put("language", "es");
        f.put("delivery.method", "PATIENT_APP");
        f.put("delivery.app", "");
        f.remove("patient.familyName");

        HttpResponse<String> r = portal.form("/request", f);

        assertThat(r.body()).contains("data-field=\"delivery.app\"").contains("Elija la aplicación que conectó")
                .contains("data-field=\"patient.familyName\"");
    }

    private static int openRequests() {
        return portal.bean(RequestService.class).dashboard(portal.bean(PracticeProfile.class).id(),
                StandingPolicy.defaults()).size();
    }

    private static String page(String path) throws Exception {
        return PortalRunning.HTTP.send(HttpRequest.newBuilder(URI.create(portal.baseUrl + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
