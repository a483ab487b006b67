package org.procedura.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.rules.model.RuleFixtures.DAY;
import static org.procedura.rules.model.RuleFixtures.ESI;
import static org.procedura.rules.model.RuleFixtures.context;
import static org.procedura.rules.model.RuleFixtures.done;
import static org.procedura.rules.model.RuleFixtures.header;
import static org.procedura.rules.model.RuleFixtures.ilEsiLumbar;
import static org.procedura.rules.model.RuleFixtures.patient;
import static org.procedura.rules.model.RuleFixtures.tfEsiLumbar;
import static org.procedura.rules.model.RuleFixtures.withImaging;
import static org.procedura.rules.model.RuleFixtures.withLevels;
import static org.procedura.rules.model.RuleFixtures.withRegion;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.scheduling.model.Laterality;

class EsiRulesTest {
  private final MinimumDuration duration =
      new MinimumDuration(header("ESI_DURATION", ESI), Period.ofWeeks(4), 4, Set.of("B02"));
  private final AllowedImaging imaging =
      new AllowedImaging(
          header("ESI_IMAGING", ESI),
          Set.of(ImagingModality.FLUOROSCOPY, ImagingModality.CT),
          true,
          Set.of(ImagingModality.ULTRASOUND));
  private final LevelsPerSession interlaminarLevels =
      new LevelsPerSession(
          header("ESI_IL_LEVELS", RuleScope.of(ilEsiLumbar(DAY).type())), 1, false);
  private final FrequencyInWindow frequency =
      new FrequencyInWindow(header("ESI_FREQUENCY", ESI), 4, Period.ofMonths(12), true);
  private final DurableReliefForRepeat repeat =
      new DurableReliefForRepeat(
          header("ESI_REPEAT", ESI), Period.ofMonths(12), Period.ofMonths(3), Period.ofDays(14));

  @Test
  void painOfExactlyFourWeeksPassesAndOneDayLessIsRefusedWithTheDateItWillPass() {
    assertThat(duration.check(context(patient(DAY.minusWeeks(4), 4), tfEsiLumbar(DAY)))).isEmpty();

    var found =
        duration.check(context(patient(DAY.minusWeeks(4).plusDays(1), 4), tfEsiLumbar(DAY)));

    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("ESI_DURATION");
              assertThat(f.earliestEligibleOn()).isEqualTo(DAY.plusDays(1));
              assertThat(f.facts())
                  .containsEntry("painOnset", DAY.minusWeeks(4).plusDays(1).toString());
            });
  }

  @Test
  void conservativeCareOfFourWeeksPassesThreeDoNotAndNoneRecordedDoesNot() {
    assertThat(duration.check(context(patient(DAY.minusYears(1), 4), tfEsiLumbar(DAY)))).isEmpty();
    assertThat(duration.check(context(patient(DAY.minusYears(1), 3), tfEsiLumbar(DAY)))).hasSize(1);
    assertThat(duration.check(context(patient(DAY.minusYears(1), null), tfEsiLumbar(DAY))))
        .hasSize(1);
  }

  @Test
  void acuteHerpesZosterIsExemptFromTheDurations() {
    var zoster = new PatientFacts(DAY.minusDays(3), 0, false, false, Set.of("B02.29"), Set.of());

    assertThat(duration.check(context(zoster, tfEsiLumbar(DAY)))).isEmpty();
  }

  @Test
  void coversFluoroscopyOrCtWithContrastAndUltrasoundOnlyWhenContrastIsContraindicated() {
    var allergic = new PatientFacts(DAY.minusYears(1), 6, true, false, Set.of(), Set.of());

    assertThat(imaging.check(context(patient(), tfEsiLumbar(DAY)))).isEmpty();
    assertThat(
            imaging.check(
                context(patient(), withImaging(tfEsiLumbar(DAY), ImagingModality.CT, true))))
        .isEmpty();
    assertThat(
            imaging.check(
                context(
                    patient(), withImaging(tfEsiLumbar(DAY), ImagingModality.FLUOROSCOPY, false))))
        .hasSize(1);
    assertThat(
            imaging.check(
                context(
                    patient(), withImaging(tfEsiLumbar(DAY), ImagingModality.ULTRASOUND, false))))
        .hasSize(1);
    assertThat(
            imaging.check(
                context(
                    allergic, withImaging(tfEsiLumbar(DAY), ImagingModality.ULTRASOUND, false))))
        .isEmpty();
    assertThat(
            imaging.check(
                context(
                    allergic, withImaging(tfEsiLumbar(DAY), ImagingModality.FLUOROSCOPY, false))))
        .isEmpty();
    assertThat(imaging.check(context(allergic, withImaging(tfEsiLumbar(DAY), null, false))))
        .hasSize(1);
  }

  @Test
  void anInterlaminarEsiTreatsOneLevelAndNeverBothSides() {
    assertThat(
            interlaminarLevels.check(
                context(patient(), withLevels(ilEsiLumbar(DAY), null, "L4-L5"))))
        .isEmpty();
    assertThat(
            interlaminarLevels.check(
                context(patient(), withLevels(ilEsiLumbar(DAY), null, "L3-L4", "L4-L5"))))
        .hasSize(1);
    assertThat(
            interlaminarLevels.check(
                context(patient(), withLevels(ilEsiLumbar(DAY), Laterality.BILATERAL, "L4-L5"))))
        .hasSize(1);
  }

  @Test
  void theFourthSessionInTwelveMonthsPassesAndTheFifthIsRefusedUntilTheOldestAges() {
    var three =
        context(
            patient(),
            tfEsiLumbar(DAY),
            esiDone(DAY.minusMonths(11)),
            esiDone(DAY.minusMonths(7)),
            esiDone(DAY.minusMonths(3)));
    var four =
        context(
            patient(),
            tfEsiLumbar(DAY),
            esiDone(DAY.minusMonths(11)),
            esiDone(DAY.minusMonths(7)),
            esiDone(DAY.minusMonths(5)),
            esiDone(DAY.minusMonths(3)));

    assertThat(frequency.check(three)).isEmpty();
    assertThat(frequency.check(four))
        .singleElement()
        .satisfies(
            f -> assertThat(f.earliestEligibleOn()).isEqualTo(DAY.minusMonths(11).plusMonths(12)));
  }

  @Test
  void aSessionExactlyTwelveMonthsAgoNoLongerCounts() {
    var atTheEdge =
        context(
            patient(),
            tfEsiLumbar(DAY),
            esiDone(DAY.minusMonths(12)),
            esiDone(DAY.minusMonths(7)),
            esiDone(DAY.minusMonths(5)),
            esiDone(DAY.minusMonths(3)));

    assertThat(frequency.check(atTheEdge)).isEmpty();
  }

  @Test
  void theRollingWindowFollowsTheCalendarAcrossALeapDay() {
    LocalDate leapDay = LocalDate.of(2028, 2, 29);
    // 2028-02-29 minus 12 months is 2027-02-28: a session on that day is a year and a day ago
    var onTheEdge =
        new PastProcedure[] {
          esiDone(LocalDate.of(2027, 2, 28)), esiDone(LocalDate.of(2027, 6, 1)),
          esiDone(LocalDate.of(2027, 9, 1)), esiDone(LocalDate.of(2027, 12, 1))
        };
    var inside =
        new PastProcedure[] {
          esiDone(LocalDate.of(2027, 3, 1)), esiDone(LocalDate.of(2027, 6, 1)),
          esiDone(LocalDate.of(2027, 9, 1)), esiDone(LocalDate.of(2027, 12, 1))
        };

    assertThat(frequency.check(context(patient(), tfEsiLumbar(leapDay), onTheEdge))).isEmpty();
    assertThat(frequency.check(context(patient(), tfEsiLumbar(leapDay), inside)))
        .singleElement()
        .satisfies(f -> assertThat(f.earliestEligibleOn()).isEqualTo(LocalDate.of(2028, 3, 1)));
  }

  @Test
  void sessionsInAnotherRegionDoNotCount() {
    var cervical =
        done(
            withRegion(tfEsiLumbar(DAY.minusMonths(1)), SpinalRegion.CERVICAL),
            60,
            Period.ofMonths(4));

    assertThat(
            frequency.check(
                context(
                    patient(),
                    tfEsiLumbar(DAY),
                    esiDone(DAY.minusMonths(11)),
                    esiDone(DAY.minusMonths(7)),
                    esiDone(DAY.minusMonths(5)),
                    cervical)))
        .isEmpty();
  }

  @Test
  void aRepeatNeedsHalfReliefForThreeMonthsAndExactlyThreeMonthsIsEnough() {
    LocalDate last = DAY.minusMonths(4);

    assertThat(
            repeat.check(
                context(
                    patient(), tfEsiLumbar(DAY), done(tfEsiLumbar(last), 70, Period.ofMonths(3)))))
        .isEmpty();
    assertThat(
            repeat.check(
                context(
                    patient(),
                    tfEsiLumbar(DAY),
                    done(tfEsiLumbar(last), 70, Period.ofMonths(3).minusDays(1)))))
        .hasSize(1);
    assertThat(
            repeat.check(context(patient(), tfEsiLumbar(DAY), done(tfEsiLumbar(last), null, null))))
        .hasSize(1);
  }

  @Test
  void afterAFailedEsiAnotherApproachMayFollowFromDayFourteen() {
    var failedTransforaminal = done(tfEsiLumbar(DAY.minusDays(14)), 20, null);
    var failedYesterday = done(tfEsiLumbar(DAY.minusDays(13)), 20, null);

    assertThat(repeat.check(context(patient(), ilEsiLumbar(DAY), failedTransforaminal))).isEmpty();
    assertThat(repeat.check(context(patient(), ilEsiLumbar(DAY), failedYesterday))).hasSize(1);
    assertThat(repeat.check(context(patient(), tfEsiLumbar(DAY), failedTransforaminal)))
        .as("the same approach again")
        .hasSize(1);
  }

  private static PastProcedure esiDone(LocalDate date) {
    return done(tfEsiLumbar(date), 70, Period.ofMonths(4));
  }
}
