package io.github.medrecords.spring.boot;

import io.github.medrecords.core.practice.PracticeProfile;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Operations: the store's counts ({@link MedrecordsStatistics}), the Actuator health component
 * {@code medrecords} and the Micrometer metrics, each when its library is on the class path.
 */
@AutoConfiguration(after = {MedrecordsNotificationAutoConfiguration.class, MedrecordsAutoConfiguration.class},
        afterName = {"org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
                "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration"})
@EnableConfigurationProperties(MedrecordsProperties.class)
public class MedrecordsActuatorAutoConfiguration {

    /**
     * Creates the auto-configuration.
     */
    public MedrecordsActuatorAutoConfiguration() {
    }

    /**
     * The health component.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    @ConditionalOnEnabledHealthIndicator("medrecords")
    static class HealthConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "medrecordsHealthIndicator")
        @ConditionalOnBean(MedrecordsStatistics.class)
        MedrecordsHealthIndicator medrecordsHealthIndicator(MedrecordsStatistics statistics, Clock clock,
                MedrecordsProperties properties) {
            return new MedrecordsHealthIndicator(statistics, clock, properties.getHealth());
        }
    }

    /**
     * The metrics, bound to every registry and told of each send by the relay.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    @ConditionalOnBean(MeterRegistry.class)
    static class MetricsConfiguration {

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnBean(MedrecordsStatistics.class)
        MedrecordsMetrics medrecordsMetrics(MedrecordsStatistics statistics, ObjectProvider<PracticeProfile> practices,
                Clock clock, MedrecordsProperties properties) {
            return new MedrecordsMetrics(statistics, practices.orderedStream().toList(), clock,
                    properties.getMetrics().getRefresh());
        }
    }
}
