package io.github.medrecords.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI's validator against base R4, offline: the core profiles and value sets from the R4 validation
 * resources, HL7's common code systems and in-memory terminology; no terminology server. One instance for all
 * tests (building it reads the R4 definitions, a few seconds).
 */
final class R4Validation {

    static final FhirContext CONTEXT = FhirContext.forR4Cached();
    private static final FhirValidator VALIDATOR = create();

    private R4Validation() {
    }

    private static FhirValidator create() {
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(CONTEXT),
                new CommonCodeSystemsTerminologyService(CONTEXT), new InMemoryTerminologyServerValidationSupport(CONTEXT),
                new SnapshotGeneratingValidationSupport(CONTEXT));
        FhirValidator validator = CONTEXT.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(chain));
        return validator;
    }

    /** Validates what would be sent: the resource's JSON, read back. */
    static ValidationResult validate(IBaseResource resource) {
        String json = CONTEXT.newJsonParser().encodeResourceToString(resource);
        synchronized (VALIDATOR) {
            return VALIDATOR.validateWithResult(json);
        }
    }

    static List<SingleValidationMessage> errors(IBaseResource resource) {
        return validate(resource).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .toList();
    }

    static List<SingleValidationMessage> warnings(IBaseResource resource) {
        return validate(resource).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.WARNING).toList();
    }

    static String describe(List<SingleValidationMessage> messages) {
        StringBuilder b = new StringBuilder();
        messages.forEach(m -> b.append('\n').append(m.getSeverity()).append(' ').append(m.getLocationString())
                .append(": ").append(m.getMessage()));
        return b.toString();
    }
}
