package org.procedura.shared.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.procedura.api.common.PlausibleDate;
import org.procedura.shared.model.PlausibleDates;

/** Checks {@link PlausibleDate} at the edge with the same ranges the use cases enforce. */
class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, Object> {
  private final Clock clock;
  private final ClinicProperties clinic;
  private PlausibleDate.Range range;

  PlausibleDateValidator(Clock clock, ClinicProperties clinic) {
    this.clock = clock;
    this.clinic = clinic;
  }

  @Override
  public void initialize(PlausibleDate annotation) {
    range = annotation.value();
  }

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Optional<String> problem = problemWith(value, clock.withZone(clinic.zone()));
    problem.ifPresent(
        message -> {
          context.disableDefaultConstraintViolation();
          context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
        });
    return problem.isEmpty();
  }

  private Optional<String> problemWith(Object value, Clock clinicClock) {
    LocalDate today = LocalDate.now(clinicClock);
    return switch (value) {
      case LocalDate day ->
          range == PlausibleDate.Range.HISTORY
              ? PlausibleDates.historyProblem(day, today)
              : PlausibleDates.calendarProblem(day, today);
      case OffsetDateTime time -> problemWith(time.toInstant(), clinicClock);
      case Instant moment ->
          range == PlausibleDate.Range.HISTORY
              ? PlausibleDates.historyProblem(moment, clinicClock)
              : PlausibleDates.calendarProblem(moment, clinicClock);
      default ->
          throw new IllegalStateException(
              "@PlausibleDate does not apply to " + value.getClass().getName());
    };
  }
}
