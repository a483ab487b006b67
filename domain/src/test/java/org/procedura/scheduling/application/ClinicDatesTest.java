package org.procedura.scheduling.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.procedura.scheduling.model.AppointmentKind;

class ClinicDatesTest {

  @Test
  void acceptsTheFirstAndLastDayWithinReach() {
    assertThat(ClinicDates.requireWithinReach(LocalDate.of(1900, 1, 1), "from"))
        .isEqualTo(LocalDate.of(1900, 1, 1));
    assertThat(ClinicDates.requireWithinReach(LocalDate.of(2999, 12, 31), "to"))
        .isEqualTo(LocalDate.of(2999, 12, 31));
  }

  @Test
  void refusesADayJustOutsideOrAtTheEndsOfTime() {
    assertInvalid("from", () -> ClinicDates.requireWithinReach(LocalDate.of(1899, 12, 31), "from"));
    assertInvalid("to", () -> ClinicDates.requireWithinReach(LocalDate.of(3000, 1, 1), "to"));
    assertInvalid("date", () -> ClinicDates.requireWithinReach(LocalDate.MAX, "date"));
  }

  @Test
  void anAvailabilitySearchReachingPastTheLastDayIsRefused() {
    assertInvalid(
        "to",
        () ->
            new AvailabilityQuery(
                null,
                AppointmentKind.CONSULT,
                LocalDate.of(2999, 12, 30),
                LocalDate.MAX,
                null,
                null,
                10));
  }
}
