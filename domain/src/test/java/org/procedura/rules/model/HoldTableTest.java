package org.procedura.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.BleedingRisk;
import org.procedura.patient.model.AntithromboticClass;
import org.procedura.rules.model.HoldTable.MedicationInUse;
import org.procedura.shared.model.InvalidInputException;

class HoldTableTest {
  private static final ZoneId ZONE = ZoneId.of("America/New_York");
  private static final Instant START = Instant.parse("2027-06-15T13:00:00Z"); // 09:00 local
  private static final Instant END = START.plus(Duration.ofMinutes(20));
  private static final MedicationInUse CLOPIDOGREL =
      new MedicationInUse("Clopidogrel 75 mg", AntithromboticClass.CLOPIDOGREL);
  private final HoldTable table = AsraHolds.table();

  @Test
  void clopidogrelIsHeldSevenDaysBeforeAnIntermediateRiskProcedureAndRestartedADayAfter() {
    List<DrugHold> holds =
        table.holdsFor(List.of(CLOPIDOGREL), BleedingRisk.INTERMEDIATE, false, START, END);

    assertThat(holds)
        .singleElement()
        .satisfies(
            hold -> {
              assertThat(hold.rule()).isEqualTo(HoldRule.days(7));
              assertThat(hold.lastDoseBy()).isEqualTo(START.minus(Duration.ofDays(7)));
              assertThat(hold.restartFrom()).isEqualTo(END.plus(Duration.ofHours(24)));
            });
  }

  @Test
  void aLowRiskProcedureMakesClopidogrelASharedDecisionUnlessPatientFactorsRaiseTheRisk() {
    assertThat(table.holdsFor(List.of(CLOPIDOGREL), BleedingRisk.LOW, false, START, END))
        .singleElement()
        .satisfies(hold -> assertThat(hold.rule()).isEqualTo(HoldRule.SHARED_DECISION));
    assertThat(table.holdsFor(List.of(CLOPIDOGREL), BleedingRisk.LOW, true, START, END))
        .singleElement()
        .satisfies(hold -> assertThat(hold.rule()).isEqualTo(HoldRule.days(7)));
  }

  @Test
  void nsaidsAreHeldOnlyBeforeHighRiskProceduresByTheirHalfLives() {
    var ibuprofen = new MedicationInUse("Ibuprofen", AntithromboticClass.NSAID_IBUPROFEN);
    var piroxicam = new MedicationInUse("Piroxicam", AntithromboticClass.NSAID_PIROXICAM);

    assertThat(
            table.holdsFor(
                List.of(ibuprofen, piroxicam), BleedingRisk.INTERMEDIATE, false, START, END))
        .isEmpty();
    assertThat(table.holdsFor(List.of(ibuprofen, piroxicam), BleedingRisk.HIGH, false, START, END))
        .extracting(DrugHold::rule)
        .containsExactly(HoldRule.days(1), HoldRule.days(10));
  }

  @Test
  void enoxaparinIsHeldByHoursWhateverTheRisk() {
    var therapeutic =
        new MedicationInUse("Enoxaparin 1 mg/kg", AntithromboticClass.ENOXAPARIN_THERAPEUTIC);

    assertThat(table.holdsFor(List.of(therapeutic), BleedingRisk.LOW, false, START, END))
        .singleElement()
        .satisfies(
            hold -> assertThat(hold.lastDoseBy()).isEqualTo(START.minus(Duration.ofHours(24))));
  }

  @Test
  void atCheckInAnUnconfirmedHoldBlocksAndAConfirmedOneDoesNot() {
    var holds = table.holdsFor(List.of(CLOPIDOGREL), BleedingRisk.INTERMEDIATE, false, START, END);

    assertThat(HoldFindings.anyToStop(holds)).isTrue();
    assertThat(HoldFindings.atCheckIn(holds, false, ZONE))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("ANTITHROMBOTIC_HOLD");
              assertThat(f.severity()).isEqualTo(Severity.BLOCK);
              assertThat(f.message()).contains("last dose on 2027-06-08");
            });
    assertThat(HoldFindings.atCheckIn(holds, true, ZONE)).isEmpty();
  }

  @Test
  void atCheckInASharedDecisionSettledAtBookingDoesNotBlock() {
    var shared =
        List.of(
            new DrugHold(
                "Aspirin 81 mg",
                AntithromboticClass.ASPIRIN_SECONDARY_PREVENTION,
                HoldRule.SHARED_DECISION,
                START,
                END));

    assertThat(HoldFindings.anyToStop(shared)).isFalse();
    assertThat(HoldFindings.atCheckIn(shared, false, ZONE)).isEmpty();
  }

  @Test
  void atBookingTheFrontDeskIsToldTheLastDayTheDrugMayBeTaken() {
    var holds = table.holdsFor(List.of(CLOPIDOGREL), BleedingRisk.INTERMEDIATE, false, START, END);
    Instant tenDaysBefore = START.minus(Duration.ofDays(10));

    var found = HoldFindings.atBooking(holds, tenDaysBefore, ZONE);

    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARN);
              assertThat(f.message()).contains("last dose on 2027-06-08");
              assertThat(f.earliestEligibleOn()).isNull();
            });
  }

  @Test
  void anInterlaminarEpiduralInFourDaysCannotKeepASevenDayHoldAndSaysFromWhenItCould() {
    var holds = table.holdsFor(List.of(CLOPIDOGREL), BleedingRisk.INTERMEDIATE, false, START, END);
    Instant fourDaysBefore = START.minus(Duration.ofDays(4));

    var found = HoldFindings.atBooking(holds, fourDaysBefore, ZONE);

    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message()).contains("can no longer be kept");
              assertThat(f.earliestEligibleOn()).isEqualTo(LocalDate.of(2027, 6, 19));
            });
  }

  @Test
  void aHoldRuleHasADurationExactlyWhenItIsAHold() {
    assertThatThrownBy(() -> new HoldRule(HoldRule.Kind.HOLD, null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new HoldRule(HoldRule.Kind.NONE, Duration.ofDays(1)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> HoldRule.days(0)).isInstanceOf(InvalidInputException.class);
  }
}
