package org.procedura.scheduling.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.model.DomainException;
import org.procedura.shared.model.RuleViolationException;
import org.springframework.stereotype.Component;

/**
 * How long bookings and availability searches take, by what they came to, for the API and the
 * console alike: {@code procedura.bookings} (kind: procedure, visit or reschedule) and {@code
 * procedura.availability.searches}, both with an {@code outcome} tag (done, rules, conflict,
 * refused, error) and histogram buckets for percentiles. No patient is named in any tag.
 */
@Component
public class BookingTimers {
  static final String BOOKINGS = "procedura.bookings";
  static final String SEARCHES = "procedura.availability.searches";

  private final MeterRegistry registry;

  BookingTimers(MeterRegistry registry) {
    this.registry = registry;
  }

  public <T> T booking(String kind, Supplier<T> work) {
    return timed(BOOKINGS, "kind", kind, work);
  }

  public <T> T availability(Supplier<T> work) {
    return timed(SEARCHES, "kind", "slots", work);
  }

  private <T> T timed(String name, String tag, String value, Supplier<T> work) {
    Timer.Sample sample = Timer.start(registry);
    String outcome = "error";
    try {
      T result = work.get();
      outcome = "done";
      return result;
    } catch (RuntimeException e) {
      outcome = outcomeOf(e);
      throw e;
    } finally {
      sample.stop(
          Timer.builder(name)
              .tag(tag, value)
              .tag("outcome", outcome)
              .publishPercentileHistogram()
              .register(registry));
    }
  }

  static String outcomeOf(RuntimeException e) {
    return switch (e) {
      case RuleViolationException ignored -> "rules";
      case ConflictException ignored -> "conflict";
      case DomainException ignored -> "refused";
      default -> "error";
    };
  }
}
