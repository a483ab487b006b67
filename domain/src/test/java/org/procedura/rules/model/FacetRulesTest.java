package org.procedura.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.rules.model.RuleFixtures.DAY;
import static org.procedura.rules.model.RuleFixtures.DIAGNOSTIC_MBB;
import static org.procedura.rules.model.RuleFixtures.RFA;
import static org.procedura.rules.model.RuleFixtures.context;
import static org.procedura.rules.model.RuleFixtures.done;
import static org.procedura.rules.model.RuleFixtures.header;
import static org.procedura.rules.model.RuleFixtures.inSetting;
import static org.procedura.rules.model.RuleFixtures.mbbLumbar;
import static org.procedura.rules.model.RuleFixtures.patient;
import static org.procedura.rules.model.RuleFixtures.rfaLumbar;

import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ProcedureCategory;
import org.procedura.scheduling.model.Laterality;
import org.procedura.shared.model.InvalidInputException;

class FacetRulesTest {
  private final QualifyingBlocks twoBlocksBeforeRfa =
      new QualifyingBlocks(header("RFA_PREREQUISITE", RFA), DIAGNOSTIC_MBB, 2, 80, true);
  private final MinimumInterval secondBlockAfterFourteenDays =
      new MinimumInterval(header("MBB_INTERVAL", DIAGNOSTIC_MBB), Period.ofDays(14), true);
  private final DocumentOnFile authorizationInHospital =
      new DocumentOnFile(
          header("PRIOR_AUTH", RuleScope.of(ProcedureCategory.FACET)),
          DocumentKind.PRIOR_AUTHORIZATION,
          Set.of(CareSetting.HOSPITAL_OUTPATIENT));

  @Test
  void anRfaNeedsTwoBlocksOfAtLeastEightyPercentAtTheSameRegionAndSide() {
    var eighty = done(mbbLumbar(DAY.minusDays(40), Laterality.LEFT), 80, null);
    var ninety = done(mbbLumbar(DAY.minusDays(20), Laterality.LEFT), 90, null);
    var seventyNine = done(mbbLumbar(DAY.minusDays(20), Laterality.LEFT), 79, null);
    var otherSide = done(mbbLumbar(DAY.minusDays(20), Laterality.RIGHT), 90, null);
    var unmeasured = done(mbbLumbar(DAY.minusDays(20), Laterality.LEFT), null, null);

    assertThat(
            twoBlocksBeforeRfa.check(
                context(patient(), rfaLumbar(DAY, Laterality.LEFT), eighty, ninety)))
        .isEmpty();
    assertThat(
            twoBlocksBeforeRfa.check(
                context(patient(), rfaLumbar(DAY, Laterality.LEFT), eighty, seventyNine)))
        .hasSize(1);
    assertThat(
            twoBlocksBeforeRfa.check(
                context(patient(), rfaLumbar(DAY, Laterality.LEFT), eighty, otherSide)))
        .hasSize(1);
    assertThat(
            twoBlocksBeforeRfa.check(
                context(patient(), rfaLumbar(DAY, Laterality.LEFT), eighty, unmeasured)))
        .hasSize(1);
  }

  @Test
  void blocksOnBothSidesQualifyForEitherSide() {
    var bilateral = done(mbbLumbar(DAY.minusDays(40), Laterality.BILATERAL), 85, null);
    var left = done(mbbLumbar(DAY.minusDays(20), Laterality.LEFT), 85, null);

    assertThat(
            twoBlocksBeforeRfa.check(
                context(patient(), rfaLumbar(DAY, Laterality.LEFT), bilateral, left)))
        .isEmpty();
  }

  @Test
  void theSecondBlockComesOnDayFourteenNotDayThirteen() {
    var first = done(mbbLumbar(DAY.minusDays(13), Laterality.LEFT), 85, null);
    var firstTwoWeeksAgo = done(mbbLumbar(DAY.minusDays(14), Laterality.LEFT), 85, null);

    assertThat(
            secondBlockAfterFourteenDays.check(
                context(patient(), mbbLumbar(DAY, Laterality.LEFT), first)))
        .singleElement()
        .satisfies(f -> assertThat(f.earliestEligibleOn()).isEqualTo(DAY.plusDays(1)));
    assertThat(
            secondBlockAfterFourteenDays.check(
                context(patient(), mbbLumbar(DAY, Laterality.LEFT), firstTwoWeeksAgo)))
        .isEmpty();
  }

  @Test
  void aPriorAuthorizationIsNeededOnlyInAHospitalOutpatientSetting() {
    var inHospital = inSetting(mbbLumbar(DAY, Laterality.LEFT), CareSetting.HOSPITAL_OUTPATIENT);
    var withAuthorization =
        new PatientFacts(
            DAY.minusYears(1), 6, false, false, Set.of(), Set.of(DocumentKind.PRIOR_AUTHORIZATION));

    assertThat(authorizationInHospital.check(context(patient(), mbbLumbar(DAY, Laterality.LEFT))))
        .isEmpty();
    assertThat(authorizationInHospital.check(context(patient(), inHospital))).hasSize(1);
    assertThat(authorizationInHospital.check(context(withAuthorization, inHospital))).isEmpty();
  }

  @Test
  void aRuleSetChecksOnlyTheRulesWhoseScopeCoversTheProcedureInTheirOrder() {
    var rules =
        new RuleSet(
            new org.procedura.patient.model.RuleSetCode("MEDICARE_DEFAULT"),
            1,
            List.of(twoBlocksBeforeRfa, secondBlockAfterFourteenDays, authorizationInHospital));
    var rfaInHospital = inSetting(rfaLumbar(DAY, Laterality.LEFT), CareSetting.HOSPITAL_OUTPATIENT);

    assertThat(rules.check(context(patient(), rfaInHospital)))
        .extracting(Finding::ruleId)
        .containsExactly("RFA_PREREQUISITE");
  }

  @Test
  void aRuleSetRefusesTwoRulesWithOneId() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new RuleSet(
                    new org.procedura.patient.model.RuleSetCode("MEDICARE_DEFAULT"),
                    1,
                    List.of(twoBlocksBeforeRfa, twoBlocksBeforeRfa)))
        .isInstanceOf(InvalidInputException.class);
  }
}
