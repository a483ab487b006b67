package org.procedura.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.rules.model.RuleFixtures.DAY;
import static org.procedura.rules.model.RuleFixtures.DIAGNOSTIC_MBB;
import static org.procedura.rules.model.RuleFixtures.ESI;
import static org.procedura.rules.model.RuleFixtures.RFA;
import static org.procedura.rules.model.RuleFixtures.context;
import static org.procedura.rules.model.RuleFixtures.done;
import static org.procedura.rules.model.RuleFixtures.header;
import static org.procedura.rules.model.RuleFixtures.mbbLumbar;
import static org.procedura.rules.model.RuleFixtures.patient;
import static org.procedura.rules.model.RuleFixtures.rfaLumbar;
import static org.procedura.rules.model.RuleFixtures.tfEsiLumbar;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.procedura.scheduling.model.Laterality;

/**
 * The limits see the whole chart: bookings still to come, procedures done the same day and
 * procedures done elsewhere count like those done here; "the same site" is region and side.
 */
class WholeChartRulesTest {
  private final FrequencyInWindow fourEsisAYear =
      new FrequencyInWindow(header("ESI_FREQUENCY", ESI), 4, Period.ofMonths(12), true);
  private final MinimumInterval fourteenDaysBetweenBlocks =
      new MinimumInterval(header("MBB_INTERVAL", DIAGNOSTIC_MBB), Period.ofDays(14), true);
  private final QualifyingBlocks twoBlocksBeforeRfa =
      new QualifyingBlocks(header("RFA_PREREQUISITE", RFA), DIAGNOSTIC_MBB, 2, 80, true);

  private static PastProcedure esiBooked(LocalDate date) {
    return PastProcedure.booked(tfEsiLumbar(date), UUID.randomUUID());
  }

  private static PastProcedure esiElsewhere(LocalDate date) {
    return PastProcedure.elsewhere(tfEsiLumbar(date), null, null);
  }

  @Test
  void withFourEsisBookedInTheComingYearAFifthBeforeThemIsRefusedAndAThirdBookedIsNot() {
    var fourAhead =
        context(
            patient(),
            tfEsiLumbar(DAY),
            esiBooked(DAY.plusMonths(1)),
            esiBooked(DAY.plusMonths(4)),
            esiBooked(DAY.plusMonths(7)),
            esiBooked(DAY.plusMonths(10)));
    var threeAhead =
        context(
            patient(),
            tfEsiLumbar(DAY),
            esiBooked(DAY.plusMonths(1)),
            esiBooked(DAY.plusMonths(4)),
            esiBooked(DAY.plusMonths(7)));

    assertThat(fourEsisAYear.check(fourAhead))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.facts().get("sessionsInWindow")).contains(DAY.plusMonths(10).toString());
              // past the last booking's window, since every earlier day shares a window with four
              assertThat(f.earliestEligibleOn()).isEqualTo(DAY.plusMonths(1).plusMonths(12));
            });
    assertThat(fourEsisAYear.check(threeAhead)).isEmpty();
  }

  @Test
  void aBookedSessionExactlyAYearAfterThePlannedOneNoLongerSharesItsWindow() {
    var atTheEdge =
        context(
            patient(),
            tfEsiLumbar(DAY),
            esiBooked(DAY.plusMonths(3)),
            esiBooked(DAY.plusMonths(6)),
            esiBooked(DAY.plusMonths(9)),
            esiBooked(DAY.plusMonths(12)));
    var aDayInside =
        context(
            patient(),
            tfEsiLumbar(DAY),
            esiBooked(DAY.plusMonths(3)),
            esiBooked(DAY.plusMonths(6)),
            esiBooked(DAY.plusMonths(9)),
            esiBooked(DAY.plusMonths(12).minusDays(1)));

    assertThat(fourEsisAYear.check(atTheEdge)).isEmpty();
    assertThat(fourEsisAYear.check(aDayInside)).hasSize(1);
  }

  @Test
  void sessionsDoneElsewhereAndOneDoneEarlierTheSameDayCountLikeThoseDoneHere() {
    var twoElsewhereOneHereOneToday =
        context(
            patient(),
            tfEsiLumbar(DAY),
            esiElsewhere(DAY.minusMonths(9)),
            esiElsewhere(DAY.minusMonths(6)),
            done(tfEsiLumbar(DAY.minusMonths(3)), 60, null),
            done(tfEsiLumbar(DAY), null, null));
    var twoElsewhereOneHere =
        context(
            patient(),
            tfEsiLumbar(DAY),
            esiElsewhere(DAY.minusMonths(9)),
            esiElsewhere(DAY.minusMonths(6)),
            done(tfEsiLumbar(DAY.minusMonths(3)), 60, null));

    assertThat(fourEsisAYear.check(twoElsewhereOneHereOneToday)).hasSize(1);
    assertThat(fourEsisAYear.check(twoElsewhereOneHere)).isEmpty();
  }

  @Test
  void aBlockBookedThirteenDaysAfterThePlannedOneIsTooCloseAndFourteenIsNot() {
    var thirteenAhead =
        context(
            patient(),
            mbbLumbar(DAY, Laterality.LEFT),
            PastProcedure.booked(mbbLumbar(DAY.plusDays(13), Laterality.LEFT), UUID.randomUUID()));
    var fourteenAhead =
        context(
            patient(),
            mbbLumbar(DAY, Laterality.LEFT),
            PastProcedure.booked(mbbLumbar(DAY.plusDays(14), Laterality.LEFT), UUID.randomUUID()));

    assertThat(fourteenDaysBetweenBlocks.check(thirteenAhead))
        .singleElement()
        .satisfies(f -> assertThat(f.earliestEligibleOn()).isEqualTo(DAY.plusDays(27)));
    assertThat(fourteenDaysBetweenBlocks.check(fourteenAhead)).isEmpty();
  }

  @Test
  void aBlockOnTheOtherSideNeitherStartsTheIntervalNorQualifiesTheRfa() {
    var rightBlockYesterday =
        context(
            patient(),
            mbbLumbar(DAY, Laterality.LEFT),
            done(mbbLumbar(DAY.minusDays(1), Laterality.RIGHT), 90, null));
    var bilateralBlockYesterday =
        context(
            patient(),
            mbbLumbar(DAY, Laterality.LEFT),
            done(mbbLumbar(DAY.minusDays(1), Laterality.BILATERAL), 90, null));
    var rightBlocksOnly =
        context(
            patient(),
            rfaLumbar(DAY, Laterality.LEFT),
            done(mbbLumbar(DAY.minusDays(40), Laterality.RIGHT), 90, null),
            done(mbbLumbar(DAY.minusDays(20), Laterality.RIGHT), 90, null));

    assertThat(fourteenDaysBetweenBlocks.check(rightBlockYesterday)).isEmpty();
    assertThat(fourteenDaysBetweenBlocks.check(bilateralBlockYesterday)).hasSize(1);
    assertThat(twoBlocksBeforeRfa.check(rightBlocksOnly)).hasSize(1);
  }

  @Test
  void aBilateralRfaNeedsItsTwoQualifyingBlocksOnEachSide() {
    var leftTwiceRightOnce =
        context(
            patient(),
            rfaLumbar(DAY, Laterality.BILATERAL),
            done(mbbLumbar(DAY.minusDays(40), Laterality.LEFT), 90, null),
            done(mbbLumbar(DAY.minusDays(20), Laterality.LEFT), 90, null),
            done(mbbLumbar(DAY.minusDays(40), Laterality.RIGHT), 90, null));
    var bilateralTwice =
        context(
            patient(),
            rfaLumbar(DAY, Laterality.BILATERAL),
            done(mbbLumbar(DAY.minusDays(40), Laterality.BILATERAL), 80, null),
            done(mbbLumbar(DAY.minusDays(20), Laterality.BILATERAL), 85, null));

    assertThat(twoBlocksBeforeRfa.check(leftTwiceRightOnce))
        .singleElement()
        .satisfies(f -> assertThat(f.facts()).containsEntry("side", "RIGHT"));
    assertThat(twoBlocksBeforeRfa.check(bilateralTwice)).isEmpty();
  }

  @Test
  void blocksDoneElsewhereQualifyAnRfaAndABookedBlockDoesNot() {
    var elsewhere =
        context(
            patient(),
            rfaLumbar(DAY, Laterality.LEFT),
            PastProcedure.elsewhere(mbbLumbar(DAY.minusDays(60), Laterality.LEFT), 85, null),
            done(mbbLumbar(DAY.minusDays(30), Laterality.LEFT), 90, null));
    var oneBooked =
        context(
            patient(),
            rfaLumbar(DAY, Laterality.LEFT),
            done(mbbLumbar(DAY.minusDays(30), Laterality.LEFT), 90, null),
            PastProcedure.booked(mbbLumbar(DAY.minusDays(1), Laterality.LEFT), UUID.randomUUID()));

    assertThat(twoBlocksBeforeRfa.check(elsewhere)).isEmpty();
    assertThat(twoBlocksBeforeRfa.check(oneBooked)).hasSize(1);
  }

  @Test
  void whileTheSiteIsNotKnownYetSessionsOfTheSameTypeCountAsTheSameRegion() {
    var unknownSite = RuleFixtures.withRegion(tfEsiLumbar(DAY), null);
    var fourAhead =
        context(
            patient(),
            unknownSite,
            esiBooked(DAY.plusMonths(1)),
            esiBooked(DAY.plusMonths(4)),
            esiBooked(DAY.plusMonths(7)),
            esiBooked(DAY.plusMonths(10)));
    var cervicalElsewhere =
        context(
            patient(),
            tfEsiLumbar(DAY),
            esiBooked(DAY.plusMonths(1)),
            esiBooked(DAY.plusMonths(4)),
            esiBooked(DAY.plusMonths(7)),
            PastProcedure.booked(
                RuleFixtures.withRegion(
                    tfEsiLumbar(DAY.plusMonths(10)),
                    org.procedura.catalog.model.SpinalRegion.CERVICAL),
                UUID.randomUUID()));

    assertThat(fourEsisAYear.check(fourAhead)).hasSize(1);
    assertThat(fourEsisAYear.check(cervicalElsewhere)).isEmpty();
  }

  @Test
  void theChartLeavesOutTheBookingBeingChecked() {
    UUID moving = UUID.randomUUID();
    var booked = PastProcedure.booked(tfEsiLumbar(DAY.plusDays(3)), moving);
    var chart =
        new PatientChart(
            new org.procedura.patient.model.PatientId(UUID.randomUUID()),
            LocalDate.of(1960, 1, 1),
            null,
            patient(),
            false,
            java.util.List.of(),
            java.util.List.of(booked));

    assertThat(chart.proceduresBesides(moving)).isEmpty();
    assertThat(chart.proceduresBesides(null)).containsExactly(booked);
    assertThat(chart.ageOn(LocalDate.of(2025, 1, 1))).isEqualTo(65);
    assertThat(chart.ageOn(LocalDate.of(2024, 12, 31))).isEqualTo(64);
  }
}
