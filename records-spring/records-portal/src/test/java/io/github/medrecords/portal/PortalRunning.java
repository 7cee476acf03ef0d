package io.github.medrecords.portal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The portal on a free port with an in-memory H2 store and a GreenMail SMTP server for its emails. */
final class PortalRunning implements AutoCloseable {

    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    final GreenMail smtp;
    final ConfigurableApplicationContext context;
    final String baseUrl;

    private PortalRunning(GreenMail smtp, ConfigurableApplicationContext context) {
        this.smtp = smtp;
        this.context = context;
        this.baseUrl = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    static PortalRunning start() {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PortalApplication.class).run(
                "--server.port=0", "--server.address=127.0.0.1",
                "--spring.datasource.url=jdbc:h2:mem:portal-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--medrecords.mail.from=records@ct-ortho.example", "--medrecords.mail.security=NONE",
                "--medrecords.relay.poll-interval=200ms", "--spring.main.banner-mode=off");
        return new PortalRunning(smtp, context);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Posts a form as a browser would, without following the redirect. */
    HttpResponse<String> form(String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Submits the request form and returns the new request's id. */
    String submit(Map<String, String> fields) throws Exception {
        HttpResponse<String> r = form("/request", fields);
        if (r.statusCode() != 302) {
            throw new AssertionError("The form was not accepted: " + r.statusCode());
        }
        String location = r.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf("/requests/") + "/requests/".length(), location.indexOf("/thanks"));
    }

    /** Gets a page or a FHIR resource, with a bearer token if one is given. */
    HttpResponse<String> get(String path, String bearer) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (path.startsWith("/fhir/")) {
            b.header("Accept", "application/fhir+json");
        }
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        context.close();
        smtp.stop();
    }
}
