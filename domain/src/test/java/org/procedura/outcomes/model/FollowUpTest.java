package org.procedura.outcomes.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.outcomes.model.OutcomeFixtures.DONE;
import static org.procedura.outcomes.model.OutcomeFixtures.PROCEDURE_DAY;
import static org.procedura.outcomes.model.OutcomeFixtures.by;
import static org.procedura.outcomes.model.OutcomeFixtures.course;
import static org.procedura.outcomes.model.OutcomeFixtures.sixWeeks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.procedura.shared.model.IllegalTransitionException;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.UnprocessableException;

class FollowUpTest {
  private static final Map<Scale, Measure> BASELINE = Map.of(Scale.NRS, Measure.nrs(8));
  private static final LocalDate DUE = PROCEDURE_DAY.plusWeeks(6);

  private final FollowUp followUp = FollowUp.plan(course(), sixWeeks(), PROCEDURE_DAY);

  @Test
  void isDueAfterTheProtocolsIntervalWithinItsWindow() {
    assertThat(followUp.getWindow().due()).isEqualTo(LocalDate.of(2026, 2, 26));
    assertThat(followUp.getWindow().opens()).isEqualTo(DUE.minusDays(7));
    assertThat(followUp.getWindow().closes()).isEqualTo(DUE.plusDays(7));
    assertThat(followUp.getStatus()).isEqualTo(FollowUpStatus.DUE);
  }

  @Test
  void recordsACallAssessedAgainstTheBaseline() {
    var assessed = followUp.record(Contact.CALL, List.of(Measure.nrs(4)), BASELINE, DUE, by(DONE));

    assertThat(followUp.getStatus()).isEqualTo(FollowUpStatus.DONE);
    assertThat(assessed.getFirst().percentChange()).isEqualByComparingTo("50");
    assertThat(Relief.shownBy(BASELINE, followUp.getMeasures()))
        .hasValueSatisfying(relief -> assertThat(relief).isEqualByComparingTo("50"));
  }

  @Test
  void refusesToBeDoneBeforeItsWindowOpensOrTwice() {
    assertThatThrownBy(
            () ->
                followUp.record(
                    Contact.CALL, List.of(Measure.nrs(4)), BASELINE, DUE.minusDays(8), by(DONE)))
        .isInstanceOf(UnprocessableException.class);
    followUp.record(Contact.CALL, List.of(Measure.nrs(4)), BASELINE, DUE.minusDays(7), by(DONE));
    assertThatThrownBy(
            () -> followUp.record(Contact.CALL, List.of(Measure.nrs(4)), BASELINE, DUE, by(DONE)))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void aVisitNeedsItsAppointmentAndEachScaleComesOnce() {
    assertThatThrownBy(
            () -> followUp.record(Contact.VISIT, List.of(Measure.nrs(4)), BASELINE, DUE, by(DONE)))
        .isInstanceOf(UnprocessableException.class);
    assertThatThrownBy(
            () ->
                followUp.record(
                    Contact.CALL, List.of(Measure.nrs(4), Measure.nrs(5)), BASELINE, DUE, by(DONE)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void isMissedOnlyTheDayAfterItsWindowClosed() {
    LocalDate closes = DUE.plusDays(7);

    assertThat(followUp.missedBy(closes)).isFalse();
    assertThatThrownBy(() -> followUp.markMissed(closes))
        .isInstanceOf(UnprocessableException.class);
    followUp.markMissed(closes.plusDays(1));
    assertThat(followUp.getStatus()).isEqualTo(FollowUpStatus.MISSED);
    assertThat(followUp.overdueOn(closes.plusDays(1))).isFalse();
  }
}
