package io.github.medrecords.spring.boot;

import io.github.medrecords.core.notification.LoggingNotificationSender;
import io.github.medrecords.core.notification.NotificationRelay;
import io.github.medrecords.core.notification.RetryPolicy;
import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.NotificationOutbox;
import io.github.medrecords.core.port.NotificationSender;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.notify.mail.EmailTemplates;
import io.github.medrecords.notify.mail.MailSender;
import io.github.medrecords.notify.mail.SmtpSecurity;
import io.github.medrecords.notify.webhook.WebhookEndpoint;
import io.github.medrecords.notify.webhook.WebhookSender;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Notifications: email through records-notify-mail to the server of {@code spring.mail.*}, signed webhooks
 * through records-notify-webhook to the endpoints under {@code medrecords.webhooks.*}, and the relay that
 * delivers the outbox through them, started and stopped with the application context. Email without a
 * mail server and letters are logged without patient data (the embedded default).
 */
@AutoConfiguration(after = MedrecordsAutoConfiguration.class)
@EnableConfigurationProperties(MedrecordsProperties.class)
public class MedrecordsNotificationAutoConfiguration {

    /**
     * Creates the auto-configuration.
     */
    public MedrecordsNotificationAutoConfiguration() {
    }

    /**
     * The relay over the store's outbox, with every {@link NotificationSender} bean, a logging sender for
     * email when there is no mail server, and every {@link NotificationSendListener} told of each attempt.
     *
     * @param outbox  the outbox, not null
     * @param senders  the senders, not null
     * @param listeners  the listeners, not null
     * @param clock  the clock, not null
     * @param properties  the properties, not null
     * @return the relay, not null
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(NotificationOutbox.class)
    public NotificationRelay medrecordsNotificationRelay(NotificationOutbox outbox,
            ObjectProvider<NotificationSender> senders, ObjectProvider<NotificationSendListener> listeners,
            Clock clock, MedrecordsProperties properties) {
        MedrecordsProperties.Relay p = properties.getRelay();
        List<NotificationSendListener> all = listeners.orderedStream().toList();
        NotificationRelay.Builder builder = NotificationRelay.builder(outbox).clock(clock)
                .retryPolicy(RetryPolicy.defaults().withBase(p.getRetryBase()).withCap(p.getRetryCap())
                        .withMaxAttempts(p.getMaxAttempts()))
                .pollInterval(p.getPollInterval()).batchSize(p.getBatchSize()).lease(p.getLease());
        if (p.getId() != null) {
            builder.relayId(p.getId());
        }
        Set<Channel> served = EnumSet.noneOf(Channel.class);
        List<NotificationSender> chosen = new ArrayList<>();
        senders.orderedStream().forEach(s -> {
            if (served.add(s.channel())) {
                chosen.add(s);
            }
        });
        if (!served.contains(Channel.EMAIL)) {
            chosen.add(LoggingNotificationSender.forChannel(Channel.EMAIL));
        }
        for (NotificationSender s : chosen) {
            builder.sender(all.isEmpty() ? s : new ListenedNotificationSender(s, all));
        }
        return builder.build();
    }

    /**
     * Runs the relay with the context: started after every bean is ready, stopped before the data source
     * closes ({@code medrecords.relay.enabled=false} to run no relay in this instance).
     *
     * @param relay  the relay, not null
     * @param properties  the properties, not null
     * @return the lifecycle, not null
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(NotificationRelay.class)
    @ConditionalOnProperty(prefix = "medrecords.relay", name = "enabled", havingValue = "true", matchIfMissing = true)
    public NotificationRelayLifecycle medrecordsNotificationRelayLifecycle(NotificationRelay relay,
            MedrecordsProperties properties) {
        return new NotificationRelayLifecycle(relay, properties.getRelay().getStopTimeout());
    }

    /**
     * Email over SMTP, when records-notify-mail is on the class path and {@code spring.mail.host} is set.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({MailSender.class, jakarta.mail.Session.class})
    @ConditionalOnProperty(prefix = "spring.mail", name = "host")
    @EnableConfigurationProperties(MailProperties.class)
    static class MailConfiguration {

        @Bean
        @ConditionalOnMissingBean
        MailSender medrecordsMailSender(MailProperties mail, MedrecordsProperties properties,
                ObjectProvider<PracticeProfile> practice, Clock clock) {
            MedrecordsProperties.Mail p = properties.getMail();
            SmtpSecurity security = security(p, mail);
            int port = mail.getPort() != null ? mail.getPort() : security == SmtpSecurity.TLS ? 465 : 25;
            String from = p.getFrom();
            if (from == null && mail.getUsername() != null && mail.getUsername().contains("@")) {
                from = mail.getUsername();
            }
            if (from == null) {
                throw new MedrecordsConfigurationException(List.of("medrecords.mail.from: set the address the"
                        + " practice's emails come from (spring.mail.username is not an address)"));
            }
            PracticeProfile only = practice.getIfUnique();
            String name = p.getFromName() != null ? p.getFromName() : only != null ? only.name() : null;
            MailSender.Builder builder = MailSender.builder().server(mail.getHost(), port).security(security)
                    .from(from, name).clock(clock)
                    .templates(properties.getNotifications().getPortalUrl() == null ? EmailTemplates.withoutPortal()
                            : EmailTemplates.withPortal(properties.getNotifications().getPortalUrl()));
            if (mail.getUsername() != null) {
                builder.authentication(mail.getUsername(), mail.getPassword() == null ? "" : mail.getPassword());
            }
            return builder.build();
        }

        private static SmtpSecurity security(MedrecordsProperties.Mail p, MailProperties mail) {
            if (p.getSecurity() != null) {
                try {
                    return SmtpSecurity.valueOf(p.getSecurity().trim().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new MedrecordsConfigurationException(List.of("medrecords.mail.security: '"
                            + p.getSecurity() + "' is not NONE, STARTTLS or TLS"));
                }
            }
            Map<String, String> props = mail.getProperties();
            if (mail.getSsl().isEnabled() || "true".equalsIgnoreCase(props.get("mail.smtp.ssl.enable"))) {
                return SmtpSecurity.TLS;
            }
            if ("false".equalsIgnoreCase(props.get("mail.smtp.starttls.enable"))) {
                return SmtpSecurity.NONE;
            }
            return SmtpSecurity.STARTTLS;
        }
    }

    /**
     * Signed webhooks, when records-notify-webhook is on the class path and an endpoint is configured.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(WebhookSender.class)
    @Conditional(OnWebhooksCondition.class)
    static class WebhookConfiguration {

        @Bean
        @ConditionalOnMissingBean
        WebhookSender medrecordsWebhookSender(MedrecordsProperties properties, Clock clock) {
            WebhookSender.Builder builder = WebhookSender.builder().clock(clock);
            List<String> problems = new ArrayList<>();
            properties.getWebhooks().forEach((name, w) -> {
                String where = "medrecords.webhooks." + name;
                if (w.getUrl() == null) {
                    problems.add(where + ".url: set the URL events are posted to");
                }
                if (w.getSecret() == null) {
                    problems.add(where + ".secret: set the shared secret, at least 16 characters");
                }
                if (w.getUrl() != null && w.getSecret() != null) {
                    try {
                        builder.endpoint(WebhookEndpoint.of(name, w.getUrl(), w.getSecret()));
                    } catch (IllegalArgumentException e) {
                        problems.add(where + ": " + e.getMessage());
                    }
                }
            });
            if (!problems.isEmpty()) {
                throw new MedrecordsConfigurationException(problems);
            }
            return builder.build();
        }
    }

    /**
     * Matches when at least one endpoint is configured under {@code medrecords.webhooks}.
     */
    static class OnWebhooksCondition extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            boolean any = Binder.get(context.getEnvironment())
                    .bind("medrecords.webhooks", Bindable.mapOf(String.class, MedrecordsProperties.Webhook.class))
                    .map(m -> !m.isEmpty()).orElse(false);
            return any ? ConditionOutcome.match("webhook endpoints are configured under medrecords.webhooks")
                    : ConditionOutcome.noMatch("no webhook endpoint is configured under medrecords.webhooks");
        }
    }
}
