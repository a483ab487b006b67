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
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.procedura.scheduling.model.AppointmentId;
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

  @Test
  void isRecordedOnTimeOnTheLastDayOfItsWindowAndLateTheDayAfter() {
    LocalDate closes = DUE.plusDays(7);
    FollowUp onTime = FollowUp.plan(course(), sixWeeks(), PROCEDURE_DAY);
    FollowUp late = FollowUp.plan(course(), sixWeeks(), PROCEDURE_DAY);

    onTime.record(Contact.CALL, List.of(Measure.nrs(4)), BASELINE, closes, by(DONE));
    late.record(Contact.CALL, List.of(Measure.nrs(4)), BASELINE, closes.plusDays(1), by(DONE));

    assertThat(onTime.getStatus()).isEqualTo(FollowUpStatus.DONE);
    assertThat(onTime.isRecordedLate()).isFalse();
    assertThat(late.getStatus()).isEqualTo(FollowUpStatus.DONE);
    assertThat(late.isRecordedLate()).isTrue();
  }

  @Test
  void aMissedFollowUpRecordedLateIsDoneMarkedLateAndShowsItsRelief() {
    LocalDate dayAfterClose = DUE.plusDays(8);
    followUp.markMissed(dayAfterClose);

    followUp.record(
        Contact.CALL, List.of(Measure.nrs(3)), BASELINE, dayAfterClose.plusDays(20), by(DONE));

    assertThat(followUp.getStatus()).isEqualTo(FollowUpStatus.DONE);
    assertThat(followUp.isRecordedLate()).isTrue();
    assertThat(followUp.getClosure()).isNull();
    assertThat(Relief.shownBy(BASELINE, followUp.getMeasures()))
        .hasValueSatisfying(relief -> assertThat(relief).isEqualByComparingTo("62.5"));
  }

  @Test
  void aMissedFollowUpCanStillBeBookedAsAVisitAndRecordedThere() {
    followUp.markMissed(DUE.plusDays(8));

    followUp.bookAsVisit(new AppointmentId(UUID.randomUUID()));
    followUp.record(Contact.VISIT, List.of(Measure.nrs(4)), BASELINE, DUE.plusDays(10), by(DONE));

    assertThat(followUp.getStatus()).isEqualTo(FollowUpStatus.DONE);
    assertThat(followUp.getContact()).isEqualTo(Contact.VISIT);
  }

  @Test
  void closingNeedsAReasonAndAnOtherReasonNeedsANote() {
    assertThatThrownBy(() -> new FollowUp.Closure(null, "no answer", by(DONE)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> new FollowUp.Closure(ClosureReason.OTHER, "  ", by(DONE)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("note");
    assertThatThrownBy(
            () -> new FollowUp.Closure(ClosureReason.PATIENT_DECLINED, "x".repeat(501), by(DONE)))
        .isInstanceOf(InvalidInputException.class);
    assertThat(new FollowUp.Closure(ClosureReason.PATIENT_DECEASED, null, by(DONE)).note())
        .isNull();
    assertThat(new FollowUp.Closure(ClosureReason.OTHER, " moved abroad ", by(DONE)).note())
        .isEqualTo("moved abroad");
  }

  @Test
  void closesAMissedFollowUpWithItsReasonAndThenRefusesARecording() {
    followUp.markMissed(DUE.plusDays(8));
    var why = new FollowUp.Closure(ClosureReason.PATIENT_UNREACHABLE, "three calls", by(DONE));

    followUp.close(why);

    assertThat(followUp.getStatus()).isEqualTo(FollowUpStatus.CLOSED);
    assertThat(followUp.getClosure()).isEqualTo(why);
    assertThatThrownBy(
            () ->
                followUp.record(
                    Contact.CALL, List.of(Measure.nrs(4)), Map.of(), DUE.plusDays(9), by(DONE)))
        .as("refused for its status before its measures are looked at")
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("CLOSED to DONE");
    assertThatThrownBy(() -> followUp.bookAsVisit(new AppointmentId(UUID.randomUUID())))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> followUp.close(why))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("CLOSED to CLOSED");
  }

  @Test
  void closesNeitherADueNorADoneFollowUp() {
    var why = new FollowUp.Closure(ClosureReason.PATIENT_DECLINED, null, by(DONE));

    assertThatThrownBy(() -> followUp.close(why))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("DUE to CLOSED");
    followUp.record(Contact.CALL, List.of(Measure.nrs(4)), BASELINE, DUE, by(DONE));
    assertThatThrownBy(() -> followUp.close(why))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("DONE to CLOSED");
    assertThat(followUp.getClosure()).isNull();
  }

  @Test
  void theTransitionTableIsTheDocumentedStatusMachine() {
    Map<FollowUpStatus, Set<FollowUpStatus>> allowed =
        Map.of(
            FollowUpStatus.DUE, Set.of(FollowUpStatus.DONE, FollowUpStatus.MISSED),
            FollowUpStatus.MISSED, Set.of(FollowUpStatus.DONE, FollowUpStatus.CLOSED),
            FollowUpStatus.DONE, Set.of(),
            FollowUpStatus.CLOSED, Set.of());
    for (FollowUpStatus from : FollowUpStatus.values()) {
      for (FollowUpStatus to : FollowUpStatus.values()) {
        assertThat(from.mayBecome(to))
            .as(from + " -> " + to)
            .isEqualTo(allowed.get(from).contains(to));
      }
    }
  }
}
