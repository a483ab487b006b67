package org.procedura.fhir.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Every resource the FHIR tests receive is validated against the base R4 specification with HAPI's
 * instance validator; any error fails the test. One validator for the whole test JVM: it takes
 * seconds to load the specification.
 */
final class FhirValidation {
  static final FhirContext FHIR = FhirContext.forR4Cached();
  private static FhirValidator validator;

  private FhirValidation() {}

  private static synchronized FhirValidator validator() {
    if (validator == null) {
      var chain =
          new ValidationSupportChain(
              new DefaultProfileValidationSupport(FHIR),
              new CommonCodeSystemsTerminologyService(FHIR),
              new InMemoryTerminologyServerValidationSupport(FHIR),
              new SnapshotGeneratingValidationSupport(FHIR));
      var instanceValidator = new FhirInstanceValidator(chain);
      validator = FHIR.newValidator();
      validator.registerValidatorModule(instanceValidator);
    }
    return validator;
  }

  /** The errors the validator finds in the resource (a Bundle: with every entry). */
  static List<String> errors(IBaseResource resource) {
    return validator().validateWithResult(resource).getMessages().stream()
        .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
        .map(FhirValidation::describe)
        .toList();
  }

  static <T extends IBaseResource> T assertValid(T resource) {
    assertThat(errors(resource))
        .as("R4 validation of %s", FHIR.newJsonParser().encodeResourceToString(resource))
        .isEmpty();
    return resource;
  }

  private static String describe(SingleValidationMessage message) {
    return message.getSeverity() + " " + message.getLocationString() + ": " + message.getMessage();
  }
}
