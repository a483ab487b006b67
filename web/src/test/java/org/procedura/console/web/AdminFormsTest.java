package org.procedura.console.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.procedura.identity.model.Role;
import org.procedura.outcomes.model.FollowUpStep;
import org.procedura.scheduling.model.WorkingWindow;
import org.procedura.shared.model.InvalidInputException;
import org.springframework.util.LinkedMultiValueMap;

/** How the administrators' forms are read: without Spring, each rule on both sides. */
class AdminFormsTest {
  private final WorkingTimeForm workingTime = new WorkingTimeForm(null, null);

  @Test
  void readsAnEnumByItsNameAndRefusesAnyOtherNamingTheField() {
    assertThat(FormValues.oneOf(Role.class, "NURSE", "roles")).isEqualTo(Role.NURSE);

    assertThatThrownBy(() -> FormValues.oneOf(Role.class, "nurse", "roles"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("roles"));
  }

  @Test
  void skipsAnEmptyHoursRowAndReadsAFullOne() {
    var form = hoursForm(new String[][] {{"MONDAY", "08:00", "12:00"}, {"MONDAY", "", ""}});

    assertThat(workingTime.hours(form).windows())
        .containsExactly(
            new WorkingWindow(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)));
  }

  @Test
  void refusesAHoursRowWithOnlyOneOfItsTimes() {
    var form = hoursForm(new String[][] {{"TUESDAY", "08:00", ""}});

    assertThatThrownBy(() -> workingTime.hours(form))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Tuesday needs both its start and its end");
  }

  @Test
  void refusesOverlappingWindowsButNotTouchingOnes() {
    var touching =
        hoursForm(new String[][] {{"FRIDAY", "08:00", "12:00"}, {"FRIDAY", "12:00", "16:00"}});
    var overlapping =
        hoursForm(new String[][] {{"FRIDAY", "08:00", "12:01"}, {"FRIDAY", "12:00", "16:00"}});

    assertThat(workingTime.hours(touching).windows()).hasSize(2);
    assertThatThrownBy(() -> workingTime.hours(overlapping))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("overlap");
  }

  @Test
  void aFollowUpIsShownInTheUnitItWasGivenInAndReadBackTheSame() {
    for (Period after : List.of(Period.ofWeeks(6), Period.ofMonths(3), Period.ofDays(10))) {
      var step = new FollowUpStep("after " + after, after, 7);

      var row = ProtocolPages.StepRow.of(step);

      assertThat(row.step()).isEqualTo(step);
    }
    assertThat(ProtocolPages.StepRow.of(new FollowUpStep("6 weeks", Period.ofWeeks(6), 7)).unit())
        .isEqualTo("WEEKS");
    assertThat(ProtocolPages.StepRow.of(new FollowUpStep("1 year", Period.ofYears(1), 7)).amount())
        .isEqualTo("12");
  }

  @Test
  void aRefusalNamesItsFieldUnlessItsMessageAlreadyDoes() {
    assertThat(
            ConsoleProblem.of(new InvalidInputException("password", "must have 12 characters"))
                .detail())
        .isEqualTo("password: must have 12 characters");
    assertThat(
            ConsoleProblem.of(new InvalidInputException("parameters.count", "count is required"))
                .detail())
        .isEqualTo("count is required");
  }

  private static LinkedMultiValueMap<String, String> hoursForm(String[][] rows) {
    var form = new LinkedMultiValueMap<String, String>();
    for (String[] row : rows) {
      form.add("day", row[0]);
      form.add("start", row[1]);
      form.add("end", row[2]);
    }
    return form;
  }
}
