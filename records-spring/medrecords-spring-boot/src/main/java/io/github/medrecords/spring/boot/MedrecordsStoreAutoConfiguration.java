package io.github.medrecords.spring.boot;

import io.github.medrecords.core.fee.FeeCalculator;
import io.github.medrecords.core.port.RequestRepository;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.core.timeframe.DeadlineRules;
import io.github.medrecords.core.workflow.PatientKeys;
import io.github.medrecords.store.jdbc.JdbcStore;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;

/**
 * The JDBC store (records-store-jdbc) on the application's {@link DataSource}: H2 unless the application
 * configures another database ({@code spring.datasource.url}, PostgreSQL for several instances). Its tables
 * are created or upgraded at start unless {@code medrecords.store.migrate=false}, after the application's own
 * database initialization (its Flyway or Liquibase migrations, schema scripts), which would otherwise find
 * the store's tables in a schema it expects to be its own. The store keeps its own Flyway history table.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(JdbcStore.class)
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(MedrecordsProperties.class)
public class MedrecordsStoreAutoConfiguration {

    /**
     * Creates the auto-configuration.
     */
    public MedrecordsStoreAutoConfiguration() {
    }

    /**
     * The store: requests, history, disclosure log and outbox in the application's database.
     *
     * @param dataSource  the application's data source, not null
     * @param practices  the practices, for reading stored requests back; the store's own lookup unless given
     * @param fees  the fee calculator whose legal limits stored requests are read back under
     * @param deadlines  the deadline rules stored requests are read back under
     * @param patientKeys  how patients are keyed, the service's too
     * @param properties  the properties, not null
     * @return the store, not null
     */
    @Bean
    @ConditionalOnMissingBean(RequestRepository.class)
    @DependsOnDatabaseInitialization
    public JdbcStore medrecordsStore(DataSource dataSource, ObjectProvider<PracticeDirectory> practices,
            ObjectProvider<FeeCalculator> fees, ObjectProvider<DeadlineRules> deadlines,
            ObjectProvider<PatientKeys> patientKeys, MedrecordsProperties properties) {
        JdbcStore.Builder builder = JdbcStore.builder(dataSource).migrate(properties.getStore().isMigrate())
                .decodedRequests(properties.getStore().getDecodedRequests());
        PatientKeys keys = patientKeys.getIfAvailable();
        if (keys != null) {
            builder.patientKeys(keys);
        }
        PracticeDirectory directory = practices.getIfAvailable();
        if (directory != null) {
            builder.practices(directory);
        }
        FeeCalculator calculator = fees.getIfAvailable();
        DeadlineRules rules = deadlines.getIfAvailable();
        if (calculator != null && rules != null) {
            // Read stored requests back under the same law the service applies.
            builder.law(calculator.legalLimits(), rules);
        }
        return builder.build();
    }
}
