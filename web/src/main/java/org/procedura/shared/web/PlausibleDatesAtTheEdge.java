package org.procedura.shared.web;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.procedura.api.common.PlausibleDate;
import org.procedura.shared.model.PlausibleDates;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.util.ClassUtils;

/**
 * {@link PlausibleDate} at the edge: validated with {@link PlausibleDates}, and each field or
 * parameter carrying it states its range in the OpenAPI document, written from the same constants.
 */
@Configuration(proxyBeanMethods = false)
class PlausibleDatesAtTheEdge {

  @Bean
  ValidationConfigurationCustomizer plausibleDateValidation() {
    return configuration -> {
      if (configuration instanceof HibernateValidatorConfiguration hibernate) {
        ConstraintMapping mapping = hibernate.createConstraintMapping();
        mapping
            .constraintDefinition(PlausibleDate.class)
            .includeExistingValidators(false)
            .validatedBy(PlausibleDateValidator.class);
        hibernate.addMapping(mapping);
      }
    };
  }

  @Bean
  PropertyCustomizer plausibleDateFields() {
    return (property, type) -> {
      if (property != null && type.getCtxAnnotations() != null) {
        Arrays.stream(type.getCtxAnnotations())
            .filter(PlausibleDate.class::isInstance)
            .map(PlausibleDate.class::cast)
            .findFirst()
            .ifPresent(annotation -> describe(property, annotation));
      }
      return property;
    };
  }

  @Bean
  ParameterCustomizer plausibleDateParameters() {
    return (parameter, methodParameter) -> {
      if (parameter != null) {
        annotationOn(methodParameter).ifPresent(annotation -> describe(parameter, annotation));
      }
      return parameter;
    };
  }

  static String rangeOf(PlausibleDate.Range range) {
    return switch (range) {
      case HISTORY ->
          "A day of the patient's history: from "
              + PlausibleDates.HISTORY_STARTS
              + " up to today (the clinic's day; a time counts by its day in the clinic).";
      case CALENDAR ->
          "On the clinic's calendar: from "
              + PlausibleDates.CALENDAR_YEARS_BACK
              + " years before to "
              + PlausibleDates.CALENDAR_YEARS_AHEAD
              + " years after today (the clinic's day; a time counts by its day in the clinic).";
    };
  }

  private static void describe(Schema<?> property, PlausibleDate annotation) {
    property.setDescription(joined(property.getDescription(), rangeOf(annotation.value())));
  }

  private static void describe(Parameter parameter, PlausibleDate annotation) {
    parameter.setDescription(joined(parameter.getDescription(), rangeOf(annotation.value())));
  }

  private static String joined(String description, String range) {
    return description == null || description.isBlank()
        ? range
        : description.contains(range) ? description : description + " " + range;
  }

  /** The annotation on the parameter, or on the same parameter of the interface it implements. */
  private static Optional<PlausibleDate> annotationOn(MethodParameter parameter) {
    PlausibleDate direct = parameter.getParameterAnnotation(PlausibleDate.class);
    if (direct != null || parameter.getMethod() == null) {
      return Optional.ofNullable(direct);
    }
    Method method = parameter.getMethod();
    for (Class<?> api : ClassUtils.getAllInterfacesForClassAsSet(method.getDeclaringClass())) {
      try {
        Method declared = api.getMethod(method.getName(), method.getParameterTypes());
        for (Annotation annotation :
            declared.getParameterAnnotations()[parameter.getParameterIndex()]) {
          if (annotation instanceof PlausibleDate plausible) {
            return Optional.of(plausible);
          }
        }
      } catch (NoSuchMethodException notThere) {
        // another interface of the controller
      }
    }
    return Optional.empty();
  }
}
