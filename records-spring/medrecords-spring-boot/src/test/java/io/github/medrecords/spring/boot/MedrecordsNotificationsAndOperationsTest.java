package io.github.medrecords.spring.boot;

import static io.github.medrecords.spring.boot.MedrecordsAutoConfigurationTest.THREE;
import static io.github.medrecords.spring.boot.MedrecordsAutoConfigurationTest.rootCause;
import static io.github.medrecords.spring.boot.MedrecordsAutoConfigurationTest.runner;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.service.RequestService;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestStatus;
import io.github.medrecords.notify.mail.MailSender;
import io.github.medrecords.notify.webhook.WebhookSender;
import io.github.medrecords.notify.webhook.WebhookSignature;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import io.github.medrecords.store.jdbc.JdbcStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.FilteredClassLoader;

class MedrecordsNotificationsAndOperationsTest {

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    private String[] mail() {
        return new String[] {"spring.mail.host=127.0.0.1", "spring.mail.port=" + smtp.getSmtp().getPort(),
                "medrecords.mail.from=records@seed.example", "medrecords.mail.security=NONE",
                "medrecords.notifications.portal-url=https://portal.seed.example/"};
    }

    @Test
    void springMailSendsTheRequestersEmailsThroughTheRelay() {
        runner().withPropertyValues(THREE).withPropertyValues(mail()).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(MailSender.class);
            PracticeProfile practice = context.getBean(PracticeProfile.class);
            RequestCase c = context.getBean(RequestService.class).submit(practice.id(),
                    Submissions.mriImagesBySecureLink("maria@example.com"), Actor.requester("portal"));
            assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
            MimeMessage m = smtp.getReceivedMessages()[0];
            assertThat(m.getAllRecipients()[0].toString()).isEqualTo("maria@example.com");
            assertThat(m.getFrom()[0].toString()).contains("records@seed.example").contains("Seed Family Practice");
            assertThat(m.getSubject()).contains(c.number().value());
        });
    }

    @Test
    void withoutSpringMailHostOrTheMailAdapterThereIsNoMailSender() {
        runner().withPropertyValues(THREE).run(context -> assertThat(context).doesNotHaveBean(MailSender.class));
        runner().withPropertyValues(THREE).withPropertyValues(mail())
                .withClassLoader(new FilteredClassLoader(MailSender.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MailSender.class));
    }

    @Test
    void mailNeedsAFromAddressAndAKnownSecurity() {
        runner().withPropertyValues(THREE).withPropertyValues("spring.mail.host=127.0.0.1").run(context -> assertThat(
                rootCause(context.getStartupFailure()).getProblems()).singleElement().asString()
                .startsWith("medrecords.mail.from"));
        runner().withPropertyValues(THREE).withPropertyValues("spring.mail.host=127.0.0.1",
                "spring.mail.username=records@seed.example", "medrecords.mail.security=SOMETIMES")
                .run(context -> assertThat(rootCause(context.getStartupFailure()).getProblems()).singleElement()
                        .asString().startsWith("medrecords.mail.security"));
        runner().withPropertyValues(THREE).withPropertyValues("spring.mail.host=127.0.0.1",
                "spring.mail.username=records@seed.example", "spring.mail.password=pw")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(MailSender.class));
    }

    @Test
    void webhookEndpointsFromConfigurationGetEveryEventSigned() throws Exception {
        String secret = "0123456789abcdef-secret";
        List<String[]> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/events", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new String[] {exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER), body});
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            runner().withPropertyValues(THREE).withPropertyValues("medrecords.webhooks.ehr.url=http://127.0.0.1:"
                    + server.getAddress().getPort() + "/events", "medrecords.webhooks.ehr.secret=" + secret)
                    .run(context -> {
                        assertThat(context).hasNotFailed().hasSingleBean(WebhookSender.class);
                        PracticeProfile practice = context.getBean(PracticeProfile.class);
                        context.getBean(RequestService.class).submit(practice.id(),
                                Submissions.mriImagesBySecureLink("maria@example.com"), Actor.requester("portal"));
                        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                        while (received.isEmpty() && System.nanoTime() < deadline) {
                            Thread.sleep(20);
                        }
                        assertThat(received).hasSize(1);
                        assertThat(WebhookSignature.verify(secret, received.get(0)[0], received.get(0)[1],
                                Instant.now(), Duration.ofMinutes(5))).isTrue();
                    });
        } finally {
            server.stop(0);
        }
    }

    @Test
    void brokenWebhooksAreListedAndAnUnknownWebhookNameIsRefused() {
        runner().withPropertyValues(THREE).withPropertyValues("medrecords.webhooks.ehr.url=ftp://ehr.example/",
                "medrecords.webhooks.ehr.secret=short", "medrecords.webhooks.billing.secret=0123456789abcdef-secret")
                .run(context -> assertThat(rootCause(context.getStartupFailure()).getProblems()).hasSize(2)
                        .anySatisfy(p -> assertThat(p).startsWith("medrecords.webhooks.ehr"))
                        .anySatisfy(p -> assertThat(p).startsWith("medrecords.webhooks.billing.url")));
        runner().withPropertyValues(THREE).withPropertyValues("medrecords.notifications.webhook=crm")
                .run(context -> assertThat(rootCause(context.getStartupFailure()).getProblems()).singleElement()
                        .asString().startsWith("medrecords.notifications.webhook").contains("crm"));
        runner().withPropertyValues(THREE).withPropertyValues("medrecords.webhooks.ehr.url=https://ehr.example/events",
                "medrecords.webhooks.ehr.secret=0123456789abcdef-secret")
                .withClassLoader(new FilteredClassLoader(WebhookSender.class))
                .run(context -> assertThat(context).doesNotHaveBean(WebhookSender.class));
    }

    @Test
    void healthReportsTheBacklogAndGoesDownWhenTheOldestMessageWaitsTooLong() {
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofHours(2));
        runner().withPropertyValues(THREE).withPropertyValues("medrecords.relay.enabled=false").run(context -> {
            HealthIndicator health = context.getBean("medrecordsHealthIndicator", HealthIndicator.class);
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            assertThat(health.health().getDetails()).containsEntry("outboxPending", 0L)
                    .containsEntry("deadLetters", 0L);
            PracticeProfile practice = context.getBean(PracticeProfile.class);
            context.getBean(RequestService.class).submit(practice.id(),
                    Submissions.mriImagesBySecureLink("maria@example.com"), Actor.requester("portal"));
            Health h = health.health();
            assertThat(h.getStatus()).isEqualTo(Status.UP);
            assertThat(h.getDetails()).containsEntry("outboxPending", 1L).containsKey("oldestPending");
            MedrecordsHealthIndicator stale = new MedrecordsHealthIndicator(
                    context.getBean(MedrecordsStatistics.class), later, new MedrecordsProperties().getHealth());
            assertThat(stale.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(stale.health().getDetails()).containsKey("reason");
        });
        runner().withPropertyValues(THREE).withPropertyValues("management.health.medrecords.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("medrecordsHealthIndicator"));
        runner().withPropertyValues(THREE).withClassLoader(new FilteredClassLoader(HealthIndicator.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("medrecordsHealthIndicator"));
    }

    @Test
    void deadLettersBeyondTheLimitTakeHealthDown() {
        MedrecordsProperties.Health limits = new MedrecordsProperties().getHealth();
        limits.setMaxDeadLetters(0);
        MedrecordsStatistics one = new MedrecordsStatistics() {
            @Override
            public OutboxBacklog outbox() {
                return new OutboxBacklog(0, 1, Optional.empty());
            }

            @Override
            public Map<RequestStatus, Long> requestsByStatus(io.github.medrecords.core.party.PracticeId p) {
                return Map.of();
            }

            @Override
            public long overdue(io.github.medrecords.core.party.PracticeId p, java.time.LocalDate today) {
                return 0;
            }
        };
        assertThat(new MedrecordsHealthIndicator(one, Clock.systemUTC(), limits).health().getStatus())
                .isEqualTo(Status.DOWN);
        limits.setMaxDeadLetters(1);
        assertThat(new MedrecordsHealthIndicator(one, Clock.systemUTC(), limits).health().getStatus())
                .isEqualTo(Status.UP);
    }

    @Test
    void metricsCountRequestsByStatusOverdueRequestsAndRelaySends() {
        runner().withPropertyValues(THREE).withPropertyValues(mail()).withPropertyValues("medrecords.metrics.refresh=0s")
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
                    assertThat(context).hasSingleBean(MedrecordsMetrics.class);
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    context.getBean(MedrecordsMetrics.class).bindTo(registry);
                    PracticeProfile practice = context.getBean(PracticeProfile.class);
                    context.getBean(RequestService.class).submit(practice.id(),
                            Submissions.mriImagesBySecureLink("maria@example.com"), Actor.requester("portal"));
                    assertThat(registry.get("medrecords.requests").tag("status", "IN_PROCESS").gauge().value())
                            .isEqualTo(1.0);
                    assertThat(registry.get("medrecords.requests").tag("status", "RELEASED").gauge().value())
                            .isEqualTo(0.0);
                    assertThat(registry.get("medrecords.requests.overdue").gauge().value()).isEqualTo(0.0);
                    assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                    while (registry.find("medrecords.relay.sends").tag("outcome", "sent").counter() == null
                            && System.nanoTime() < deadline) {
                        Thread.sleep(20);
                    }
                    assertThat(registry.get("medrecords.relay.sends").tag("channel", Channel.EMAIL.name())
                            .tag("outcome", "sent").counter().count()).isEqualTo(1.0);
                    // The send is counted when the sender returns, the message marked delivered just after.
                    while (registry.get("medrecords.outbox.pending").gauge().value() != 0.0
                            && System.nanoTime() < deadline) {
                        Thread.sleep(20);
                    }
                    assertThat(registry.get("medrecords.outbox.pending").gauge().value()).isEqualTo(0.0);
                });
    }

    @Test
    void overdueCountsOpenRequestsPastTheirBindingDate() {
        runner().withPropertyValues(THREE).withPropertyValues("medrecords.relay.enabled=false").run(context -> {
            PracticeProfile practice = context.getBean(PracticeProfile.class);
            RequestCase c = context.getBean(RequestService.class).submit(practice.id(),
                    Submissions.mriImagesBySecureLink("maria@example.com"), Actor.requester("portal"));
            MedrecordsStatistics stats = context.getBean(MedrecordsStatistics.class);
            java.time.LocalDate legal = c.dueDate().orElseThrow().legalDate();
            assertThat(stats.overdue(practice.id(), legal)).isZero();
            assertThat(stats.overdue(practice.id(), legal.plusDays(1))).isEqualTo(1);
        });
    }

    @Test
    void theStoreRunsOnPostgresqlWhenTheApplicationConfiguresIt() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            runner().withPropertyValues(THREE).withPropertyValues("spring.datasource.url="
                    + pg.getJdbcUrl("postgres", "postgres"), "spring.datasource.username=postgres",
                    "medrecords.relay.enabled=false").run(context -> {
                        assertThat(context).hasNotFailed().hasSingleBean(JdbcStore.class);
                        assertThat(context.getBean(javax.sql.DataSource.class).getConnection().getMetaData()
                                .getDatabaseProductName()).isEqualTo("PostgreSQL");
                        PracticeProfile practice = context.getBean(PracticeProfile.class);
                        RequestCase c = context.getBean(RequestService.class).submit(practice.id(),
                                Submissions.mriImagesBySecureLink("maria@example.com"), Actor.requester("portal"));
                        assertThat(context.getBean(JdbcStore.class).findById(c.id())).isPresent();
                        assertThat(context.getBean(MedrecordsStatistics.class).outbox().pending()).isEqualTo(1);
                    });
        }
    }
}
