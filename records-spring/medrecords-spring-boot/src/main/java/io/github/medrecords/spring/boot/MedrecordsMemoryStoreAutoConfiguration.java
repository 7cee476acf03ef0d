package io.github.medrecords.spring.boot;

import io.github.medrecords.core.port.RequestRepository;
import io.github.medrecords.memory.InMemoryStore;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The in-memory store (records-memory) when the application has neither a store of its own nor a
 * {@code DataSource} for the JDBC store: for tests and demos; requests are lost when the application stops.
 */
@AutoConfiguration(after = MedrecordsStoreAutoConfiguration.class)
@ConditionalOnClass(InMemoryStore.class)
public class MedrecordsMemoryStoreAutoConfiguration {

    /**
     * Creates the auto-configuration.
     */
    public MedrecordsMemoryStoreAutoConfiguration() {
    }

    /**
     * The in-memory store.
     *
     * @return the store, not null
     */
    @Bean
    @ConditionalOnMissingBean(RequestRepository.class)
    public InMemoryStore medrecordsMemoryStore() {
        return InMemoryStore.create();
    }
}
