package io.github.medrecords.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.notification.NotificationPolicy;
import io.github.medrecords.core.notification.NotificationRelay;
import io.github.medrecords.core.notification.StandardNotificationPolicy;
import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.party.ProviderKind;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.port.RequestRepository;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.service.AccountingService;
import io.github.medrecords.core.service.RequestService;
import io.github.medrecords.core.timeframe.StandingPolicy;
import io.github.medrecords.core.timeframe.TurnaroundDays;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.core.workflow.PatientKeys;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestStatus;
import io.github.medrecords.memory.InMemoryStore;
import io.github.medrecords.notify.mail.MailSender;
import io.github.medrecords.notify.webhook.WebhookSender;
import io.github.medrecords.store.jdbc.JdbcStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MedrecordsAutoConfigurationTest {

    static final String[] THREE = {"medrecords.practice.name=Seed Family Practice",
            "medrecords.practice.jurisdictions=CT", "medrecords.practice.complaint-contact.phone=203-555-0142"};

    static ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        MedrecordsStoreAutoConfiguration.class, MedrecordsMemoryStoreAutoConfiguration.class,
                        MedrecordsAutoConfiguration.class, MedrecordsNotificationAutoConfiguration.class,
                        MedrecordsActuatorAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + java.util.UUID.randomUUID()
                        + ";DB_CLOSE_DELAY=-1", "medrecords.relay.poll-interval=100ms");
    }

    @Test
    void threePropertiesGiveTheServicesOnTheJdbcStoreAndARunningRelay() {
        runner().withPropertyValues(THREE).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(RequestService.class).hasSingleBean(JdbcStore.class)
                    .hasSingleBean(AccountingService.class).hasSingleBean(NotificationRelay.class)
                    .doesNotHaveBean(InMemoryStore.class).doesNotHaveBean(MailSender.class)
                    .doesNotHaveBean(WebhookSender.class);
            PracticeProfile practice = context.getBean(PracticeProfile.class);
            assertThat(practice.id()).isEqualTo(PracticeId.of("practice"));
            assertThat(practice.name()).isEqualTo("Seed Family Practice");
            assertThat(practice.jurisdictions()).containsExactly(UsState.CT);
            assertThat(practice.zone()).isEqualTo(ZoneId.of("America/New_York"));
            assertThat(practice.complaintContact().nameOrTitle()).isEqualTo("Privacy Officer");
            assertThat(practice.businessCalendar().isBusinessDay(LocalDate.of(2026, 7, 3))).as("Independence Day"
                    + " observed, from the state's calendar").isFalse();
            assertThat(practice.policies().invoiceWithoutCostBasis()).as("refused until a cost basis is recorded")
                    .isFalse();
            assertThat(context.getBean(NotificationRelayLifecycle.class).isRunning()).isTrue();

            RequestService service = context.getBean(RequestService.class);
            RequestCase saved = service.submit(practice.id(), Submissions.mriImagesBySecureLink("maria@example.com"),
                    Actor.requester("portal"));
            assertThat(context.getBean(JdbcStore.class).findById(saved.id())).isPresent();
            assertThat(saved.status()).isEqualTo(RequestStatus.IN_PROCESS);
        });
    }

    @Test
    void theStoreKeepsDecodedRequestsUnlessToldToKeepNone() {
        for (String kept : List.of("1", "0")) {
            runner().withPropertyValues(THREE).withPropertyValues("medrecords.store.decoded-requests=" + kept)
                    .run(context -> {
                        PracticeProfile practice = context.getBean(PracticeProfile.class);
                        RequestCase saved = context.getBean(RequestService.class).submit(practice.id(),
                                Submissions.mriImagesBySecureLink("maria@example.com"), Actor.requester("portal"));
                        JdbcStore store = context.getBean(JdbcStore.class);

                        assertThat(store.findById(saved.id())).contains(saved);
                        assertThat(store.toString()).contains(kept.equals("0") ? "no decoded requests kept"
                                : "decoded requests kept: 1");
                    });
        }
        runner().withPropertyValues(THREE).withPropertyValues("medrecords.store.decoded-requests=-1")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void theStoreMigratesAfterTheApplicationsOwnFlyway() {
        runner().withConfiguration(AutoConfigurations.of(FlywayAutoConfiguration.class)).withPropertyValues(THREE)
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(JdbcStore.class);
                    PracticeProfile practice = context.getBean(PracticeProfile.class);
                    RequestCase saved = context.getBean(RequestService.class).submit(practice.id(),
                            Submissions.mriImagesBySecureLink("maria@example.com"), Actor.requester("portal"));
                    assertThat(context.getBean(JdbcStore.class).findById(saved.id())).isPresent();
                });
    }

    @Test
    void stopsTheRelayWithTheContext() {
        NotificationRelayLifecycle[] lifecycle = new NotificationRelayLifecycle[1];
        runner().withPropertyValues(THREE).run(context -> lifecycle[0] = context
                .getBean(NotificationRelayLifecycle.class));
        assertThat(lifecycle[0].isRunning()).isFalse();
    }

    @Test
    void missingPropertiesFailTheStartListingEachByName() {
        runner().run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(MedrecordsConfigurationException.class);
            MedrecordsConfigurationException e = rootCause(context.getStartupFailure());
            assertThat(e.getProblems()).hasSize(3).anySatisfy(p -> assertThat(p).startsWith("medrecords.practice.name"))
                    .anySatisfy(p -> assertThat(p).startsWith("medrecords.practice.jurisdictions"))
                    .anySatisfy(p -> assertThat(p).startsWith("medrecords.practice.complaint-contact.phone"));
        });
    }

    @Test
    void aHospitalIsPricedUnderItsStatesScheduleForHospitals() {
        runner().withPropertyValues(THREE).run(context ->
                assertThat(context.getBean(PracticeProfile.class).providerKind()).isEqualTo(ProviderKind.PHYSICIAN));
        runner().withPropertyValues(THREE).withPropertyValues("medrecords.practice.provider-kind=hospital")
                .run(context -> assertThat(context.getBean(PracticeProfile.class).providerKind())
                        .isEqualTo(ProviderKind.HOSPITAL));
    }

    @Test
    void theServiceAndTheStoreKeyPatientsUnderTheDeploymentsSecret() {
        String secret = "a deployment's secret of at least 32 bytes, from its vault";
        runner().withPropertyValues(THREE).withPropertyValues("medrecords.patient-key-secret=" + secret)
                .run(context -> {
                    PatientKeys keys = PatientKeys.hmacSha256(secret.getBytes(StandardCharsets.UTF_8));
                    assertThat(context.getBean(PatientKeys.class).fingerprint()).isEqualTo(keys.fingerprint());
                    assertThat(context.getBean(MedrecordsProperties.class).toString()).doesNotContain(secret);
                    PracticeProfile practice = context.getBean(PracticeProfile.class);
                    RequestCase saved = context.getBean(RequestService.class).submit(practice.id(),
                            Submissions.mriImagesBySecureLink("maria@example.com"), Actor.requester("portal"));
                    assertThat(saved.patientKey()).isEqualTo(keys.keyOf(saved.request().patient()));
                    assertThat(context.getBean(JdbcStore.class).findByPatient(practice.id(), saved.patientKey())
                            .requests()).extracting(RequestCase::id).containsExactly(saved.id());
                });
        runner().withPropertyValues(THREE).run(context -> assertThat(context.getBean(PatientKeys.class).fingerprint())
                .isEqualTo(PatientKeys.development().fingerprint()));
        runner().withPropertyValues(THREE).withPropertyValues("medrecords.patient-key-secret=too short")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).hasStackTraceContaining("medrecords.patient-key-secret")
                            .hasStackTraceContaining("32");
                });
    }

    @Test
    void aStateWithSeveralZonesNeedsTheZone() {
        runner().withPropertyValues(THREE).withPropertyValues("medrecords.practice.jurisdictions=TX").run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootCause(context.getStartupFailure()).getProblems())
                    .singleElement().asString().startsWith("medrecords.practice.zone").contains("Texas");
        });
        runner().withPropertyValues(THREE).withPropertyValues("medrecords.practice.jurisdictions=TX",
                "medrecords.practice.zone=America/Chicago").run(context -> assertThat(context
                        .getBean(PracticeProfile.class).zone()).isEqualTo(ZoneId.of("America/Chicago")));
    }

    @Test
    void everyPracticePropertyAndFileReachesTheProfile() {
        runner().withPropertyValues(THREE).withPropertyValues("medrecords.practice.id=ct-ortho",
                "medrecords.practice.jurisdictions=CT,NY", "medrecords.practice.zone=America/New_York",
                "medrecords.practice.complaint-contact.name=Compliance Office",
                "medrecords.practice.price-list-file=classpath:seed-prices.properties",
                "medrecords.practice.state-holidays=false",
                "medrecords.practice.holidays-file=classpath:holidays.txt",
                "medrecords.practice.holidays=2026-11-27", "medrecords.practice.closures=2026-08-14",
                "medrecords.practice.turnaround.not-mailed=1-2", "medrecords.practice.turnaround.mailed=4-6",
                "medrecords.practice.turnaround.methods.FAX=1", "medrecords.practice.cut-off=15:30",
                "medrecords.practice.policies.require-own-authorization-form=true",
                "medrecords.practice.policies.hand-off-third-party-requests=true",
                "medrecords.practice.policies.maximum-copies-per-selection=3",
                "medrecords.practice.policies.invoice-without-cost-basis=true").run(context -> {
                    PracticeProfile p = context.getBean(PracticeProfile.class);
                    assertThat(p.id()).isEqualTo(PracticeId.of("ct-ortho"));
                    assertThat(p.jurisdictions()).containsExactlyInAnyOrder(UsState.CT, UsState.NY);
                    assertThat(p.complaintContact().nameOrTitle()).isEqualTo("Compliance Office");
                    assertThat(p.priceList()).isEqualTo(ExamplePractices.connecticutOrthopaedicsPriceList());
                    assertThat(p.holidayCalendar().isHoliday(LocalDate.of(2026, 12, 24))).isTrue();
                    assertThat(p.holidayCalendar().isHoliday(LocalDate.of(2026, 12, 31))).isTrue();
                    assertThat(p.holidayCalendar().isHoliday(LocalDate.of(2026, 11, 27))).isTrue();
                    assertThat(p.holidayCalendar().isHoliday(LocalDate.of(2026, 7, 3))).as("state holidays off")
                            .isFalse();
                    assertThat(p.closures()).containsExactly(LocalDate.of(2026, 8, 14));
                    assertThat(p.turnaroundPromise().forMethod(DeliveryMethod.SECURE_LINK))
                            .isEqualTo(TurnaroundDays.of(1, 2));
                    assertThat(p.turnaroundPromise().forMethod(DeliveryMethod.CD_BY_MAIL))
                            .isEqualTo(TurnaroundDays.of(4, 6));
                    assertThat(p.turnaroundPromise().forMethod(DeliveryMethod.FAX)).isEqualTo(TurnaroundDays.of(1, 1));
                    assertThat(p.cutOff()).isEqualTo(LocalTime.of(15, 30));
                    assertThat(p.policies().requireOwnAuthorizationForm()).isTrue();
                    assertThat(p.policies().handOffThirdPartyRequests()).isTrue();
                    assertThat(p.policies().maximumCopiesPerSelection()).isEqualTo(3);
                    assertThat(p.policies().invoiceWithoutCostBasis()).isTrue();
                });
    }

    @Test
    void brokenFilesAndValuesAreListedTogether() {
        runner().withPropertyValues(THREE).withPropertyValues(
                "medrecords.practice.price-list-file=classpath:bad-prices.properties",
                "medrecords.practice.holidays-file=classpath:bad-holidays.txt",
                "medrecords.practice.turnaround.mailed=five", "medrecords.practice.id=no spaces please",
                "medrecords.practice.policies.maximum-copies-per-selection=11").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(rootCause(context.getStartupFailure()).getProblems()).hasSize(5)
                            .anySatisfy(p -> assertThat(p).startsWith("medrecords.practice.price-list-file"))
                            .anySatisfy(p -> assertThat(p).startsWith("medrecords.practice.holidays-file")
                                    .contains("line 2"))
                            .anySatisfy(p -> assertThat(p).startsWith("medrecords.practice.turnaround.mailed"))
                            .anySatisfy(p -> assertThat(p).startsWith("medrecords.practice.id"))
                            .anySatisfy(p -> assertThat(p).startsWith(
                                    "medrecords.practice.policies.maximum-copies-per-selection"));
                });
    }

    @Test
    void theApplicationsOwnBeansWin() {
        Clock fixed = Clock.fixed(Instant.parse("2026-03-04T15:00:00Z"), ZoneOffset.UTC);
        InMemoryStore store = InMemoryStore.create();
        NotificationPolicy policy = StandardNotificationPolicy.requesterOnly();
        runner().withBean(Clock.class, () -> fixed).withBean(RequestRepository.class, () -> store)
                .withBean(PracticeProfile.class, ExamplePractices::connecticutOrthopaedics)
                .withBean(NotificationPolicy.class, () -> policy)
                .withBean(StandingPolicy.class, () -> StandingPolicy.of(9)).run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(JdbcStore.class);
                    assertThat(context.getBean(Clock.class)).isSameAs(fixed);
                    assertThat(context.getBean(NotificationPolicy.class)).isSameAs(policy);
                    assertThat(context.getBean(StandingPolicy.class).dueSoonWithinDays()).isEqualTo(9);
                    assertThat(context.getBean(PracticeDirectory.class)
                            .find(ExamplePractices.CONNECTICUT_ORTHOPAEDICS_ID)).isPresent();
                    RequestCase c = context.getBean(RequestService.class).submit(
                            ExamplePractices.CONNECTICUT_ORTHOPAEDICS_ID,
                            Submissions.mriImagesBySecureLink("maria@example.com"), Actor.requester("portal"));
                    assertThat(store.findById(c.id())).isPresent();
                    assertThat(c.receivedAt()).isEqualTo(fixed.instant());
                });
    }

    @Test
    void withoutADataSourceTheMemoryStoreServesAndWithoutEitherThereIsNoService() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MedrecordsStoreAutoConfiguration.class,
                MedrecordsMemoryStoreAutoConfiguration.class, MedrecordsAutoConfiguration.class,
                MedrecordsNotificationAutoConfiguration.class)).withPropertyValues(THREE).run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(InMemoryStore.class)
                            .hasSingleBean(RequestService.class).doesNotHaveBean(JdbcStore.class);
                });
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MedrecordsStoreAutoConfiguration.class,
                MedrecordsMemoryStoreAutoConfiguration.class, MedrecordsAutoConfiguration.class,
                MedrecordsNotificationAutoConfiguration.class)).withPropertyValues(THREE)
                .withClassLoader(new FilteredClassLoader(InMemoryStore.class)).run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(RequestRepository.class)
                            .doesNotHaveBean(RequestService.class).doesNotHaveBean(NotificationRelay.class)
                            .hasSingleBean(PracticeProfile.class);
                });
    }

    @Test
    void withoutTheJdbcAdapterThereIsNoJdbcStore() {
        runner().withPropertyValues(THREE).withClassLoader(new FilteredClassLoader(JdbcStore.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(JdbcStore.class)
                        .hasSingleBean(InMemoryStore.class).doesNotHaveBean(MedrecordsStatistics.class));
    }

    @Test
    void theRelayCanBeLeftToAnotherInstance() {
        runner().withPropertyValues(THREE).withPropertyValues("medrecords.relay.enabled=false")
                .run(context -> assertThat(context).hasSingleBean(NotificationRelay.class)
                        .doesNotHaveBean(NotificationRelayLifecycle.class));
    }

    @Test
    void relayPropertiesReachTheRelay() {
        runner().withPropertyValues(THREE).withPropertyValues("medrecords.relay.id=relay-a",
                "medrecords.relay.max-attempts=3", "medrecords.relay.retry-base=10s", "medrecords.relay.retry-cap=2m")
                .run(context -> {
                    NotificationRelay relay = context.getBean(NotificationRelay.class);
                    assertThat(relay.relayId()).isEqualTo("relay-a");
                    assertThat(relay.retryPolicy().maxAttempts()).isEqualTo(3);
                    assertThat(relay.retryPolicy().base()).hasSeconds(10);
                    assertThat(relay.retryPolicy().cap()).hasMinutes(2);
                });
    }

    @Test
    void dueSoonDaysReachTheStandingPolicy() {
        runner().withPropertyValues(THREE).withPropertyValues("medrecords.deadlines.due-soon-days=2")
                .run(context -> assertThat(context.getBean(StandingPolicy.class).dueSoonWithinDays()).isEqualTo(2));
    }

    static MedrecordsConfigurationException rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        return (MedrecordsConfigurationException) c;
    }
}
