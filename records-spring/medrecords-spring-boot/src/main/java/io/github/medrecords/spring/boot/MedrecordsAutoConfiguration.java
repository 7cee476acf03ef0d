package io.github.medrecords.spring.boot;

import io.github.medrecords.core.fee.FeeCalculator;
import io.github.medrecords.core.fee.PriceListAudit;
import io.github.medrecords.core.notification.NotificationPolicy;
import io.github.medrecords.core.notification.StandardNotificationPolicy;
import io.github.medrecords.core.port.DisclosureLog;
import io.github.medrecords.core.port.RequestRepository;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.service.AccountingService;
import io.github.medrecords.core.service.RequestService;
import io.github.medrecords.core.workflow.PatientKeys;
import io.github.medrecords.core.timeframe.DeadlineRules;
import io.github.medrecords.core.timeframe.StandingPolicy;
import io.github.medrecords.store.jdbc.JdbcStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/**
 * The library's services: the practice from {@code medrecords.practice.*}, validation, fees, deadlines,
 * the notification policy and, over whichever store the application has, the {@link RequestService} and
 * {@link AccountingService}. Every bean steps back when the application defines its own.
 */
@AutoConfiguration(after = {MedrecordsStoreAutoConfiguration.class, MedrecordsMemoryStoreAutoConfiguration.class})
@EnableConfigurationProperties(MedrecordsProperties.class)
public class MedrecordsAutoConfiguration {

    /**
     * Creates the auto-configuration.
     */
    public MedrecordsAutoConfiguration() {
    }

    /**
     * The source of every "now": the system clock in UTC (each practice counts days in its own zone).
     *
     * @return the clock, not null
     */
    @Bean
    @ConditionalOnMissingBean
    public Clock medrecordsClock() {
        return Clock.systemUTC();
    }

    /**
     * The practice from {@code medrecords.practice.*}, unless the application defines its practices itself.
     *
     * @param properties  the properties, not null
     * @param resourceLoader  the context's resource loader, whose class loader tells whether
     *        records-calendar-jollyday is present, not null
     * @return the profile, not null
     * @throws MedrecordsConfigurationException listing every missing or wrong property
     */
    @Bean
    @ConditionalOnMissingBean({PracticeProfile.class, PracticeDirectory.class})
    public PracticeProfile medrecordsPractice(MedrecordsProperties properties,
            ResourceLoader resourceLoader) {
        return PracticeProfiles.fromProperties(properties.getPractice(), resourceLoader.getClassLoader());
    }

    /**
     * The practices this application serves: every {@link PracticeProfile} bean.
     *
     * @param practices  the profiles, not null
     * @return the directory, not null
     */
    @Bean
    @ConditionalOnMissingBean
    public PracticeDirectory medrecordsPracticeDirectory(ObjectProvider<PracticeProfile> practices) {
        List<PracticeProfile> all = practices.orderedStream().toList();
        return PracticeDirectory.of(all.toArray(PracticeProfile[]::new));
    }

    /**
     * The library's validation of form input, with its own messages.
     *
     * @param clock  the clock, not null
     * @return the validation, closed with the context, not null
     */
    @Bean
    @ConditionalOnMissingBean
    public MedrecordsValidator medrecordsValidator(Clock clock) {
        return MedrecordsValidator.of(clock);
    }

    /**
     * The fee calculator with the legal limits.
     *
     * @return the calculator, not null
     */
    @Bean
    @ConditionalOnMissingBean
    public FeeCalculator medrecordsFeeCalculator() {
        return FeeCalculator.standard();
    }

    /**
     * The audit of whole price lists against the law.
     *
     * @return the audit, not null
     */
    @Bean
    @ConditionalOnMissingBean
    public PriceListAudit medrecordsPriceListAudit() {
        return PriceListAudit.standard();
    }

    /**
     * The legal deadline rules.
     *
     * @return the rules, not null
     */
    @Bean
    @ConditionalOnMissingBean
    public DeadlineRules medrecordsDeadlineRules() {
        return DeadlineRules.defaults();
    }

    /**
     * When dashboards call a request due soon ({@code medrecords.deadlines.due-soon-days}).
     *
     * @param properties  the properties, not null
     * @return the policy, not null
     */
    @Bean
    @ConditionalOnMissingBean
    public StandingPolicy medrecordsStandingPolicy(MedrecordsProperties properties) {
        return StandingPolicy.of(properties.getDeadlines().getDueSoonDays());
    }

    /**
     * Which notifications events cause: the requester hears of their events, every event also goes to the
     * webhook named by {@code medrecords.notifications.webhook} (or the only one configured).
     *
     * @param properties  the properties, not null
     * @return the policy, not null
     * @throws MedrecordsConfigurationException if the named webhook is not configured
     */
    @Bean
    @ConditionalOnMissingBean
    public NotificationPolicy medrecordsNotificationPolicy(MedrecordsProperties properties) {
        StandardNotificationPolicy policy = StandardNotificationPolicy.requesterOnly()
                .withPatientName(properties.getNotifications().isPatientName());
        String webhook = properties.getNotifications().getWebhook();
        Map<String, MedrecordsProperties.Webhook> endpoints = properties.getWebhooks();
        if (webhook == null && endpoints.size() == 1) {
            webhook = endpoints.keySet().iterator().next();
        }
        if (webhook != null) {
            if (!endpoints.containsKey(webhook)) {
                throw new MedrecordsConfigurationException(List.of("medrecords.notifications.webhook: '" + webhook
                        + "' is not configured under medrecords.webhooks (configured: " + endpoints.keySet() + ")"));
            }
            policy = policy.withWebhook(webhook);
        }
        return policy;
    }

    /**
     * The records office's application service over the store.
     *
     * @param practices  the practices, not null
     * @param repository  the store, not null
     * @param validator  the library's validation, not null
     * @param clock  the clock, not null
     * @param fees  the fee calculator, not null
     * @param deadlines  the deadline rules, not null
     * @param notifications  the notification policy, not null
     * @param patientKeys  how patients are keyed, the store's too, not null
     * @return the service, not null
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(RequestRepository.class)
    public RequestService medrecordsRequestService(PracticeDirectory practices, RequestRepository repository,
            MedrecordsValidator validator, Clock clock, FeeCalculator fees, DeadlineRules deadlines,
            NotificationPolicy notifications, PatientKeys patientKeys) {
        return new RequestService(practices, repository, validator.validator(), clock, fees, deadlines,
                notifications, patientKeys);
    }

    /**
     * How patients are keyed, the same for the service and the store: an HMAC under
     * {@code medrecords.patient-key-secret}, or the library's development secret when it is not set.
     *
     * @param properties  the properties, not null
     * @return the patient keys, not null
     * @throws IllegalStateException if the secret is shorter than 32 bytes
     */
    @Bean
    @ConditionalOnMissingBean
    public PatientKeys medrecordsPatientKeys(MedrecordsProperties properties) {
        String secret = properties.getPatientKeySecret();
        if (secret == null || secret.isEmpty()) {
            return PatientKeys.development();
        }
        try {
            return PatientKeys.hmacSha256(secret.getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("medrecords.patient-key-secret: " + e.getMessage(), e);
        }
    }

    /**
     * The accounting of disclosures over the store's disclosure log.
     *
     * @param practices  the practices, not null
     * @param log  the disclosure log, not null
     * @param deadlines  the deadline rules, not null
     * @param clock  the clock, not null
     * @return the service, not null
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(DisclosureLog.class)
    public AccountingService medrecordsAccountingService(PracticeDirectory practices, DisclosureLog log,
            DeadlineRules deadlines, Clock clock) {
        return new AccountingService(practices, log, deadlines, clock);
    }

    /**
     * Counts read from the JDBC store's tables.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(JdbcStore.class)
    @ConditionalOnBean(JdbcStore.class)
    @ConditionalOnSingleCandidate(DataSource.class)
    static class JdbcStatisticsConfiguration {

        @Bean
        @ConditionalOnMissingBean
        MedrecordsStatistics medrecordsStatistics(DataSource dataSource) {
            return new JdbcStoreStatistics(dataSource);
        }
    }
}
