package org.procedura.reports.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.procedura.outcomes.model.DurableRelief.Point;

class ReliefCourseTest {
  private static final LocalDate DONE = LocalDate.of(2026, 3, 2);

  private static Point at(int days, String percent) {
    return new Point(DONE.plusDays(days), percent == null ? null : new BigDecimal(percent));
  }

  @Test
  void endsAtTheLastFollowUpInReliefWhenALaterOneFallsBelowHalf() {
    var course = ReliefCourse.of(DONE, List.of(at(42, "80"), at(91, "50"), at(182, "49.9")));

    assertThat(course).contains(new KaplanMeier.Case(91, true));
  }

  @Test
  void isCensoredAtTheLastFollowUpWhileReliefStillLasts() {
    var course = ReliefCourse.of(DONE, List.of(at(42, "80"), at(91, "60"), at(120, null)));

    assertThat(course).contains(new KaplanMeier.Case(91, false));
  }

  @Test
  void isNoCaseWithoutHalfReliefAtTheFirstFollowUp() {
    assertThat(ReliefCourse.of(DONE, List.of(at(42, "49.9"), at(91, "70")))).isEmpty();
  }
}
