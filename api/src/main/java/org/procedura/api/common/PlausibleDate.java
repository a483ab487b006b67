package org.procedura.api.common;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A date or time the clinic could mean, on the range its {@link Range} names. The server checks it
 * (a 400 naming the field) and states the exact range in the field's OpenAPI description. Applies
 * to {@code LocalDate}, {@code OffsetDateTime} and {@code Instant}; null passes.
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface PlausibleDate {
  Range value();

  String message() default "is outside the range of dates the clinic accepts";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  enum Range {
    /** A day of the patient's history: from 1900-01-01 up to today. */
    HISTORY,
    /** A day or moment of the clinic's calendar: a few years around today. */
    CALENDAR
  }
}
