package org.procedura.shared.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import java.time.Clock;
import java.time.ZoneId;
import org.hibernate.validator.constraintvalidation.spi.DefaultConstraintValidatorFactory;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * The application's Problem Details advice and Bean Validation set-up, for the standalone MockMvc
 * slices of the features.
 */
public final class StandaloneProblems {
  private StandaloneProblems() {}

  public static Object advice() {
    return new ProblemDetailsAdvice();
  }

  /**
   * The validator the application runs with, its own constraints known: plausible dates are judged
   * on today's date in the demo clinic's zone.
   */
  public static Validator validator() {
    LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
    validator.setConfigurationInitializer(
        new PlausibleDatesAtTheEdge().plausibleDateValidation()::customize);
    validator.setConstraintValidatorFactory(new Validators());
    validator.afterPropertiesSet();
    return validator;
  }

  private static final class Validators implements ConstraintValidatorFactory {
    private final ConstraintValidatorFactory defaults = new DefaultConstraintValidatorFactory();

    @Override
    public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
      if (key == PlausibleDateValidator.class) {
        return key.cast(
            new PlausibleDateValidator(
                Clock.systemUTC(), new ClinicProperties(ZoneId.of("America/New_York"))));
      }
      return defaults.getInstance(key);
    }

    @Override
    public void releaseInstance(ConstraintValidator<?, ?> instance) {}
  }
}
