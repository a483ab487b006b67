package org.procedura.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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
  void clopidogrelIsHeldSevenDaysBeforeAnIntermediateRiskProcedureAndRestartedADayAfterItsEnd() {
    List<DrugHold> holds =
        table.holdsFor(List.of(CLOPIDOGREL), BleedingRisk.INTERMEDIATE, false, START, END, ZONE);

    assertThat(holds)
        .singleElement()
        .satisfies(
            hold -> {
              assertThat(hold.rule()).isEqualTo(HoldRule.days(7));
              assertThat(hold.lastDoseOn()).isEqualTo(LocalDate.of(2027, 6, 7));
              assertThat(hold.lastDoseBy()).isEqualTo(Instant.parse("2027-06-08T04:00:00Z"));
              assertThat(hold.restartFrom()).isEqualTo(END.plus(Duration.ofHours(24)));
            });
  }

  @Test
  void aLowRiskProcedureMakesClopidogrelASharedDecisionUnlessPatientFactorsRaiseTheRisk() {
    assertThat(table.holdsFor(List.of(CLOPIDOGREL), BleedingRisk.LOW, false, START, END, ZONE))
        .singleElement()
        .satisfies(hold -> assertThat(hold.rule()).isEqualTo(HoldRule.SHARED_DECISION));
    assertThat(table.holdsFor(List.of(CLOPIDOGREL), BleedingRisk.LOW, true, START, END, ZONE))
        .singleElement()
        .satisfies(hold -> assertThat(hold.rule()).isEqualTo(HoldRule.days(7)));
  }

  @Test
  void nsaidsAreHeldOnlyBeforeHighRiskProceduresByTheirHalfLives() {
    var ibuprofen = new MedicationInUse("Ibuprofen", AntithromboticClass.NSAID_IBUPROFEN);
    var piroxicam = new MedicationInUse("Piroxicam", AntithromboticClass.NSAID_PIROXICAM);

    assertThat(
            table.holdsFor(
                List.of(ibuprofen, piroxicam), BleedingRisk.INTERMEDIATE, false, START, END, ZONE))
        .isEmpty();
    assertThat(
            table.holdsFor(
                List.of(ibuprofen, piroxicam), BleedingRisk.HIGH, false, START, END, ZONE))
        .extracting(DrugHold::rule)
        .containsExactly(HoldRule.days(1), HoldRule.days(10));
  }

  @Test
  void enoxaparinIsHeldByHoursWhateverTheRisk() {
    var therapeutic =
        new MedicationInUse("Enoxaparin 1 mg/kg", AntithromboticClass.ENOXAPARIN_THERAPEUTIC);

    assertThat(table.holdsFor(List.of(therapeutic), BleedingRisk.LOW, false, START, END, ZONE))
        .singleElement()
        .satisfies(
            hold -> {
              assertThat(hold.lastDoseOn()).isEqualTo(LocalDate.of(2027, 6, 13));
              assertThat(hold.lastDoseBy()).isBeforeOrEqualTo(START.minus(Duration.ofHours(24)));
            });
  }

  @Test
  void atCheckInAnUnconfirmedHoldBlocksAndAConfirmedOneDoesNot() {
    var holds =
        table.holdsFor(List.of(CLOPIDOGREL), BleedingRisk.INTERMEDIATE, false, START, END, ZONE);

    assertThat(HoldFindings.anyToStop(holds)).isTrue();
    assertThat(HoldFindings.atCheckIn(holds, false, ZONE))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("ANTITHROMBOTIC_HOLD");
              assertThat(f.severity()).isEqualTo(Severity.BLOCK);
              assertThat(f.message()).contains("last dose on 2027-06-07");
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
                null,
                null,
                END));

    assertThat(HoldFindings.anyToStop(shared)).isFalse();
    assertThat(HoldFindings.atCheckIn(shared, false, ZONE)).isEmpty();
  }

  @Test
  void atBookingTheFrontDeskIsToldTheLastDayTheDrugMayBeTaken() {
    var holds =
        table.holdsFor(List.of(CLOPIDOGREL), BleedingRisk.INTERMEDIATE, false, START, END, ZONE);

    var onTheLastDay = HoldFindings.atBooking(holds, Map.of(), LocalDate.of(2027, 6, 7), ZONE);

    assertThat(onTheLastDay)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARN);
              assertThat(f.message()).contains("last dose on 2027-06-07");
              assertThat(f.facts()).containsEntry("lastDoseOn", "2027-06-07");
              assertThat(f.facts())
                  .containsEntry("restartFrom", END.plus(Duration.ofDays(1)).toString());
              assertThat(f.earliestEligibleOn()).isNull();
            });
  }

  @Test
  void aHoldThatCanNoLongerBeKeptBlocksFromTheDayAfterItsLastDayAndSaysFromWhenItCould() {
    var holds =
        table.holdsFor(List.of(CLOPIDOGREL), BleedingRisk.INTERMEDIATE, false, START, END, ZONE);

    var dayAfter = HoldFindings.atBooking(holds, Map.of(), LocalDate.of(2027, 6, 8), ZONE);

    assertThat(dayAfter)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.BLOCK);
              assertThat(f.message()).contains("can no longer be kept");
              // stopping after a last dose on 8 June, 7 whole days pass by 16 June at midnight
              assertThat(f.earliestEligibleOn()).isEqualTo(LocalDate.of(2027, 6, 16));
            });
  }

  @Test
  void aHoldAlreadyBegunByTheBookingsPlanIsJudgedByThatPlanOnAnyLaterDay() {
    var holds =
        table.holdsFor(List.of(CLOPIDOGREL), BleedingRisk.INTERMEDIATE, false, START, END, ZONE);
    var plan = Map.of(AntithromboticClass.CLOPIDOGREL, LocalDate.of(2027, 6, 7));

    var onTheDay = HoldFindings.atBooking(holds, plan, LocalDate.of(2027, 6, 15), ZONE);

    assertThat(onTheDay).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARN);
  }

  /**
   * For every drug class and bleeding risk the table holds: a dose at the last moment of the day
   * named keeps the whole hold before the start; a dose at the same hour of the day after does not.
   */
  @ParameterizedTest
  @EnumSource(AntithromboticClass.class)
  void theLastDoseDayNamedKeepsTheWholeHoldAndTheDayAfterDoesNot(AntithromboticClass drug) {
    for (BleedingRisk risk : BleedingRisk.values()) {
      for (Instant start : List.of(START, Instant.parse("2027-06-15T04:00:00Z"))) {
        var holds =
            table.holdsFor(
                List.of(new MedicationInUse("drug", drug)),
                risk,
                false,
                start,
                start.plusSeconds(1200),
                ZONE);
        for (DrugHold hold : holds) {
          if (hold.rule().kind() != HoldRule.Kind.HOLD) {
            continue;
          }
          Instant lastMoment =
              hold.lastDoseOn().plusDays(1).atStartOfDay(ZONE).toInstant().minusNanos(1);
          assertThat(Duration.between(lastMoment, start))
              .as("%s before a %s-risk procedure, a dose late on %s", drug, risk, hold.lastDoseOn())
              .isGreaterThanOrEqualTo(hold.rule().hold());
          assertThat(Duration.between(lastMoment.plus(Duration.ofDays(1)), start))
              .as("%s before a %s-risk procedure, a dose late the day after", drug, risk)
              .isLessThan(hold.rule().hold());
          assertThat(hold.lastDoseBy()).isBeforeOrEqualTo(start.minus(hold.rule().hold()));
        }
      }
    }
  }

  @Test
  void hourCountedHoldsNameTheDayWholeHoursBeforeAndDayCountedOnesWholeDaysBefore() {
    var apixaban = new MedicationInUse("Apixaban 5 mg", AntithromboticClass.APIXABAN);
    var enoxaparin =
        new MedicationInUse("Enoxaparin 40 mg", AntithromboticClass.ENOXAPARIN_PROPHYLACTIC);

    // 09:00 on 15 June: apixaban's 72 hours reach back to 09:00 on 12 June, so the 11th is the last
    // whole day; enoxaparin's 12 hours reach back to 21:00 on the 14th, so the 13th is.
    assertThat(
            table.holdsFor(
                List.of(apixaban, enoxaparin), BleedingRisk.INTERMEDIATE, false, START, END, ZONE))
        .extracting(DrugHold::lastDoseOn)
        .containsExactly(LocalDate.of(2027, 6, 11), LocalDate.of(2027, 6, 13));
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
