package org.procedura.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.rules.model.RuleFixtures.DAY;
import static org.procedura.rules.model.RuleFixtures.inSetting;
import static org.procedura.rules.model.RuleFixtures.mbbLumbar;
import static org.procedura.rules.model.RuleFixtures.patient;
import static org.procedura.rules.model.RuleFixtures.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ProcedureCategory;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.scheduling.model.Laterality;

/**
 * A prior authorization covers a procedure by its CPT codes, its dates, its region and side and its
 * visits left; each at its boundary.
 */
class AuthorizationCoversTest {
  private static final LocalDate FROM = DAY.minusDays(10);
  private static final LocalDate TO = DAY.plusDays(10);
  private final AuthorizationCovers rule =
      new AuthorizationCovers(
          RuleFixtures.header(
              "PRIOR_AUTHORIZATION_HOSPITAL",
              new RuleScope(
                  Set.of(ProcedureCategory.FACET, ProcedureCategory.NEUROMODULATION),
                  Set.of(),
                  null)),
          Set.of(CareSetting.HOSPITAL_OUTPATIENT));

  private static ProcedureFacts leftMbbOn(LocalDate day) {
    return inSetting(mbbLumbar(day, Laterality.LEFT), CareSetting.HOSPITAL_OUTPATIENT);
  }

  private static AuthorizationOnFile approved(
      Laterality side, int visits, AuthorizationOnFile.Visit... used) {
    return new AuthorizationOnFile(
        UUID.randomUUID(),
        "PA-1",
        true,
        Set.of(new ProcedureTypeCode("MBB_LUMB"), new ProcedureTypeCode("FACET_IA")),
        SpinalRegion.LUMBAR,
        side,
        FROM,
        TO,
        visits,
        List.of(used));
  }

  private List<Finding> check(ProcedureFacts planned, AuthorizationOnFile... onFile) {
    return rule.check(new RuleContext(patient(), planned, List.of(), List.of(onFile)));
  }

  private static AuthorizationOnFile.Visit booked() {
    return new AuthorizationOnFile.Visit(UUID.randomUUID(), false);
  }

  @Test
  void coversTheProcedureOnTheFirstAndOnTheLastDayOfItsDates() {
    AuthorizationOnFile a = approved(Laterality.LEFT, 2);

    assertThat(check(leftMbbOn(FROM), a)).isEmpty();
    assertThat(check(leftMbbOn(TO), a)).isEmpty();
    assertThat(rule.covering(new RuleContext(patient(), leftMbbOn(TO), List.of(), List.of(a))))
        .contains(a);
  }

  @Test
  void theDayAfterItsLastDayIsRefusedAsLapsed() {
    assertThat(check(leftMbbOn(TO.plusDays(1)), approved(Laterality.LEFT, 2)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.BLOCK);
              assertThat(f.message()).contains("lapsed");
              assertThat(f.earliestEligibleOn()).isNull();
            });
  }

  @Test
  void theDayBeforeItsFirstDayIsRefusedWithItsFirstDayAsTheWayOut() {
    assertThat(check(leftMbbOn(FROM.minusDays(1)), approved(Laterality.LEFT, 2)))
        .singleElement()
        .satisfies(f -> assertThat(f.earliestEligibleOn()).isEqualTo(FROM));
  }

  @Test
  void theLastVisitLeftCoversItAndNoneLeftIsRefused() {
    assertThat(check(leftMbbOn(DAY), approved(Laterality.LEFT, 2, booked()))).isEmpty();
    assertThat(check(leftMbbOn(DAY), approved(Laterality.LEFT, 2, booked(), booked())))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message()).contains("no visit left");
              assertThat(f.facts()).containsEntry("visits", "2 of 2");
            });
  }

  @Test
  void aCompletedVisitIsConsumedAndTheAppointmentBeingCheckedDoesNotCountAgainstItself() {
    var mine = new AuthorizationOnFile.Visit(UUID.randomUUID(), false);
    var consumed = new AuthorizationOnFile.Visit(UUID.randomUUID(), true);
    AuthorizationOnFile full = approved(Laterality.LEFT, 2, consumed, mine);

    assertThat(check(leftMbbOn(DAY), full)).hasSize(1);
    assertThat(check(leftMbbOn(DAY), full.without(mine.appointment()))).isEmpty();
  }

  @Test
  void anotherSideIsRefusedAndABilateralAuthorizationCoversEitherSide() {
    assertThat(check(leftMbbOn(DAY), approved(Laterality.RIGHT, 2)))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("another region or side"));
    assertThat(check(leftMbbOn(DAY), approved(Laterality.BILATERAL, 2))).isEmpty();
  }

  @Test
  void anotherProcedureIsRefused() {
    ProcedureFacts scsTrial =
        inSetting(
            procedure(
                "SCS_TRIAL",
                ProcedureCategory.NEUROMODULATION,
                ProcedurePurpose.DIAGNOSTIC,
                DAY,
                null),
            CareSetting.HOSPITAL_OUTPATIENT);

    assertThat(check(scsTrial, approved(Laterality.LEFT, 2)))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("does not cover this procedure"));
  }

  @Test
  void onlyARequestedOrDeniedAuthorizationIsNoneApproved() {
    AuthorizationOnFile requested =
        new AuthorizationOnFile(
            UUID.randomUUID(),
            null,
            false,
            Set.of(new ProcedureTypeCode("MBB_LUMB")),
            null,
            null,
            FROM,
            TO,
            1,
            List.of());

    assertThat(check(leftMbbOn(DAY), requested))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("no approved prior authorization"));
    assertThat(check(leftMbbOn(DAY))).hasSize(1);
  }

  @Test
  void ofSeveralThatCoverItTheOneLapsingFirstIsUsed() {
    AuthorizationOnFile later = approved(Laterality.LEFT, 2);
    AuthorizationOnFile sooner =
        new AuthorizationOnFile(
            UUID.randomUUID(),
            "PA-2",
            true,
            later.coveredTypes(),
            null,
            null,
            FROM,
            DAY,
            1,
            List.of());

    assertThat(
            rule.covering(
                new RuleContext(patient(), leftMbbOn(DAY), List.of(), List.of(later, sooner))))
        .contains(sooner);
  }

  @Test
  void inAnAmbulatorySurgeryCenterNoAuthorizationIsAskedFor() {
    ProcedureFacts inAsc = mbbLumbar(DAY, Laterality.LEFT);

    assertThat(rule.appliesTo(inAsc)).isFalse();
    assertThat(rule.appliesTo(leftMbbOn(DAY))).isTrue();
  }

  @Test
  void itsParametersMakeTheSameRuleAgain() {
    assertThat(
            RuleParameters.rule(
                rule.header(), RuleParameters.kindOf(rule), RuleParameters.of(rule)))
        .isEqualTo(rule);
  }
}
