package org.procedura.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.catalog.model.ProcedurePurpose.DIAGNOSTIC;
import static org.procedura.catalog.model.ProcedurePurpose.DIAGNOSTIC_OR_THERAPEUTIC;
import static org.procedura.catalog.model.ProcedurePurpose.THERAPEUTIC;
import static org.procedura.rules.model.RuleFixtures.DAY;
import static org.procedura.rules.model.RuleFixtures.context;
import static org.procedura.rules.model.RuleFixtures.done;
import static org.procedura.rules.model.RuleFixtures.header;
import static org.procedura.rules.model.RuleFixtures.patient;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedureCategory;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.patient.model.RuleSetCode;
import org.procedura.scheduling.model.Laterality;

/**
 * Sacroiliac joint injections told apart by what they were booked for: at most 2 diagnostic and 4
 * therapeutic in 12 months, and a therapeutic one only after a diagnostic block of at least 75 % on
 * the same side.
 */
class SacroiliacRulesTest {
  private static final ProcedureTypeCode SI_JOINT = new ProcedureTypeCode("SI_JOINT");
  private static final RuleScope SI = RuleScope.of(SI_JOINT);

  private final FrequencyInWindow diagnosticLimit =
      new FrequencyInWindow(
          header("SI_DIAGNOSTIC_FREQUENCY", SI.only(DIAGNOSTIC)), 2, Period.ofMonths(12), false);
  private final FrequencyInWindow therapeuticLimit =
      new FrequencyInWindow(
          header("SI_FREQUENCY", SI.only(THERAPEUTIC)), 4, Period.ofMonths(12), false);
  private final QualifyingBlocks diagnosticBlockFirst =
      new QualifyingBlocks(
          header("SI_DIAGNOSTIC_BLOCK_RELIEF", SI.only(THERAPEUTIC)),
          SI.only(DIAGNOSTIC),
          1,
          75,
          true);

  static ProcedureFacts siJoint(ProcedurePurpose purpose, LocalDate date, Laterality side) {
    return new ProcedureFacts(
        SI_JOINT,
        ProcedureCategory.SACROILIAC_JOINT,
        purpose,
        null,
        List.of(),
        side,
        date,
        ImagingModality.FLUOROSCOPY,
        false,
        CareSetting.OFFICE);
  }

  private static PastProcedure diagnostic(LocalDate date, Integer relief) {
    return done(siJoint(DIAGNOSTIC, date, Laterality.LEFT), relief, null);
  }

  private static PastProcedure therapeutic(LocalDate date) {
    return done(siJoint(THERAPEUTIC, date, Laterality.LEFT), 60, null);
  }

  @Test
  void aThirdDiagnosticInTwelveMonthsIsRefusedASecondAllowed() {
    var planned = siJoint(DIAGNOSTIC, DAY, Laterality.LEFT);
    var first = diagnostic(DAY.minusMonths(6), 80);
    var second = diagnostic(DAY.minusMonths(5), 80);

    assertThat(diagnosticLimit.check(context(patient(), planned, first))).isEmpty();
    assertThat(diagnosticLimit.check(context(patient(), planned, first, second)))
        .singleElement()
        .satisfies(
            f -> assertThat(f.earliestEligibleOn()).isEqualTo(DAY.minusMonths(6).plusMonths(12)));
  }

  @Test
  void therapeuticInjectionsDoNotCountTowardsTheDiagnosticLimitNorTheOtherWayRound() {
    var therapeutics =
        new PastProcedure[] {
          therapeutic(DAY.minusMonths(8)), therapeutic(DAY.minusMonths(6)),
          therapeutic(DAY.minusMonths(4)), diagnostic(DAY.minusMonths(3), 80),
          diagnostic(DAY.minusMonths(2), 80)
        };

    assertThat(
            therapeuticLimit.check(
                context(patient(), siJoint(THERAPEUTIC, DAY, Laterality.LEFT), therapeutics)))
        .as("the fourth therapeutic, after two diagnostic")
        .isEmpty();
    assertThat(
            therapeuticLimit.check(
                context(
                    patient(),
                    siJoint(THERAPEUTIC, DAY, Laterality.LEFT),
                    therapeutic(DAY.minusMonths(10)),
                    therapeutic(DAY.minusMonths(8)),
                    therapeutic(DAY.minusMonths(6)),
                    therapeutic(DAY.minusMonths(4)))))
        .as("the fifth therapeutic")
        .hasSize(1);
    assertThat(
            diagnosticLimit.check(
                context(
                    patient(),
                    siJoint(DIAGNOSTIC, DAY, Laterality.LEFT),
                    therapeutic(DAY.minusMonths(2)),
                    diagnostic(DAY.minusMonths(1), 80))))
        .isEmpty();
  }

  @Test
  void eachLimitAppliesToTheBookingsOfItsPurposeOnly() {
    var rules =
        new RuleSet(
            new RuleSetCode("MEDICARE_DEFAULT"),
            1,
            List.of(diagnosticLimit, therapeuticLimit, diagnosticBlockFirst));
    var twoDiagnostic =
        new PastProcedure[] {
          diagnostic(DAY.minusMonths(6), 80), diagnostic(DAY.minusMonths(5), 80)
        };

    assertThat(
            rules.check(
                context(patient(), siJoint(DIAGNOSTIC, DAY, Laterality.LEFT), twoDiagnostic)))
        .extracting(Finding::ruleId)
        .containsExactly("SI_DIAGNOSTIC_FREQUENCY");
    assertThat(
            rules.check(
                context(patient(), siJoint(THERAPEUTIC, DAY, Laterality.LEFT), twoDiagnostic)))
        .isEmpty();
  }

  @Test
  void aTherapeuticInjectionNeedsAnEarlierDiagnosticBlockOfSeventyFivePercentOnTheSameSide() {
    var planned = siJoint(THERAPEUTIC, DAY, Laterality.LEFT);

    assertThat(diagnosticBlockFirst.check(context(patient(), planned))).hasSize(1);
    assertThat(
            diagnosticBlockFirst.check(
                context(patient(), planned, diagnostic(DAY.minusMonths(1), 74))))
        .hasSize(1);
    assertThat(
            diagnosticBlockFirst.check(
                context(patient(), planned, diagnostic(DAY.minusMonths(1), 75))))
        .isEmpty();
    assertThat(
            diagnosticBlockFirst.check(
                context(
                    patient(),
                    planned,
                    done(siJoint(DIAGNOSTIC, DAY.minusMonths(1), Laterality.RIGHT), 90, null))))
        .as("a block on the other side")
        .hasSize(1);
    assertThat(
            diagnosticBlockFirst.check(
                context(
                    patient(),
                    planned,
                    done(siJoint(THERAPEUTIC, DAY.minusMonths(1), Laterality.LEFT), 90, null))))
        .as("an earlier therapeutic injection")
        .hasSize(1);
  }

  @Test
  void anInjectionBookedBeforePurposesWereKeptCountsAsEither() {
    var unknown =
        done(siJoint(DIAGNOSTIC_OR_THERAPEUTIC, DAY.minusMonths(1), Laterality.LEFT), 80, null);

    assertThat(
            diagnosticBlockFirst.check(
                context(patient(), siJoint(THERAPEUTIC, DAY, Laterality.LEFT), unknown)))
        .isEmpty();
    assertThat(diagnosticLimit.appliesTo(siJoint(THERAPEUTIC, DAY, Laterality.LEFT))).isFalse();
    assertThat(diagnosticBlockFirst.appliesTo(siJoint(DIAGNOSTIC, DAY, Laterality.LEFT))).isFalse();
    assertThat(Set.of(diagnosticLimit, therapeuticLimit))
        .allMatch(rule -> rule.appliesTo(siJoint(DIAGNOSTIC_OR_THERAPEUTIC, DAY, Laterality.LEFT)));
  }
}
