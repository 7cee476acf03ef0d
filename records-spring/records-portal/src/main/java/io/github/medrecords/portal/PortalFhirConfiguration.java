package io.github.medrecords.portal;

import io.github.medrecords.core.port.RequestRepository;
import io.github.medrecords.core.service.AccountingService;
import io.github.medrecords.core.service.RequestService;
import io.github.medrecords.fhir.FhirRecordsApi;
import io.github.medrecords.fhir.ImagingStudies;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The library's FHIR facade on the starter's services, for {@link FhirEndpoint}. */
@Configuration(proxyBeanMethods = false)
class PortalFhirConfiguration {

    @Bean
    FhirRecordsApi fhirRecordsApi(RequestService requests, RequestRepository repository, AccountingService accounting,
            @Value("${portal.fhir.base-url:${medrecords.notifications.portal-url:http://localhost:8080/}fhir}")
            String baseUrl) {
        // The portal knows no image archive: released images carry no ImagingStudy reference.
        return new FhirRecordsApi(requests, repository, accounting, ImagingStudies.NONE, baseUrl);
    }
}
