package org.procedura.rules.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.catalog.model.ProcedureDefinitionBuilder.aDefinition;
import static org.procedura.scheduling.model.SchedulingFixtures.CLOCK;
import static org.procedura.scheduling.model.SchedulingFixtures.ESI;
import static org.procedura.scheduling.model.SchedulingFixtures.FRIDAY;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.InMemoryProcedureTypes;
import org.procedura.catalog.model.ProcedureCategory;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.patient.model.InMemoryPatients;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.RuleSetCode;
import org.procedura.referral.model.InMemoryReferrals;
import org.procedura.rules.model.BleedingRiskFactors;
import org.procedura.rules.model.HoldTable;
import org.procedura.rules.model.InMemoryHoldTables;
import org.procedura.rules.model.InMemoryPatientCharts;
import org.procedura.rules.model.InMemoryRuleCheckRecords;
import org.procedura.rules.model.InMemoryRuleSets;
import org.procedura.rules.model.MinimumDuration;
import org.procedura.rules.model.PatientChart;
import org.procedura.rules.model.PatientFacts;
import org.procedura.rules.model.RuleHeader;
import org.procedura.rules.model.RuleScope;
import org.procedura.rules.model.RuleSet;
import org.procedura.rules.model.Severity;
import org.procedura.scheduling.model.InMemoryAppointments;
import org.procedura.scheduling.model.Laterality;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.shared.model.InvalidInputException;

/**
 * The eligibility question on the patient's chart, without Spring: the same rules a booking runs,
 * answered for a date, with the first date they pass when waiting helps.
 */
class EligibilityOnTheChartTest {
  private static final RuleSetCode MEDICARE = new RuleSetCode("MEDICARE_DEFAULT");
  private static final ProcedureSite LEFT_L4_L5 =
      new ProcedureSite(SpinalRegion.LUMBAR, List.of("L4-L5"), Laterality.LEFT);

  /** Pain since then has lasted four weeks on 2026-12-07, a Monday. */
  private static final LocalDate ONSET = LocalDate.of(2026, 11, 9);

  private static final LocalDate FOUR_WEEKS = ONSET.plusWeeks(4);

  private final InMemoryPatientCharts charts = new InMemoryPatientCharts();
  private final InMemoryRuleSets ruleSets = new InMemoryRuleSets();
  private final InMemoryProcedureTypes procedureTypes = new InMemoryProcedureTypes();
  private final BookingEligibility eligibility =
      new BookingEligibility(
          charts,
          ruleSets,
          new InMemoryHoldTables(new HoldTable(Map.of(), Map.of()), BleedingRiskFactors.NONE),
          new InMemoryRuleCheckRecords(CLOCK),
          new InMemoryAppointments(),
          procedureTypes,
          new InMemoryReferrals(new InMemoryPatients()),
          CareSetting.AMBULATORY_SURGERY_CENTER,
          CLOCK);
  private final PatientId patient = PatientId.newId();

  {
    procedureTypes.save(ProcedureType.define(ESI, aDefinition().build()));
    ruleSets.saveNewVersion(
        new RuleSet(
            MEDICARE,
            2,
            List.of(
                new MinimumDuration(
                    new RuleHeader(
                        "ESI_DURATION",
                        Severity.BLOCK,
                        RuleScope.of(ProcedureCategory.EPIDURAL_STEROID_INJECTION),
                        "LCD L39240 family (secondary)"),
                    Period.ofWeeks(4),
                    4,
                    Set.of("B02")))));
    charts.put(
        new PatientChart(
            patient,
            LocalDate.of(1958, 3, 1),
            MEDICARE,
            new PatientFacts(ONSET, 6, false, false, Set.of("M54.16"), Set.of()),
            false,
            List.of(),
            List.of()));
  }

  @Test
  void oneDayShortOfTheDurationIsBlockedAndNamesTheDayItPasses() {
    Eligibility answer = eligibility.explain(question(FOUR_WEEKS.minusDays(1)));

    assertThat(answer.verdict()).isEqualTo(Eligibility.Verdict.BLOCKED);
    assertThat(answer.ruleSetCode()).isEqualTo("MEDICARE_DEFAULT");
    assertThat(answer.ruleSetVersion()).isEqualTo(2);
    assertThat(answer.earliestEligibleOn()).isEqualTo(FOUR_WEEKS);
  }

  @Test
  void onTheDayTheDurationIsReachedThePatientMayBook() {
    Eligibility answer = eligibility.explain(question(FOUR_WEEKS));

    assertThat(answer.verdict()).isEqualTo(Eligibility.Verdict.MAY_BOOK);
    assertThat(answer.findings()).isEmpty();
    assertThat(answer.earliestEligibleOn()).isNull();
  }

  @Test
  void anAvailabilitySearchStartsOnTheFirstDayTheRulesAllow() {
    assertThat(eligibility.firstEligibleDay(patient, ESI, FRIDAY)).isEqualTo(FOUR_WEEKS);
    assertThat(eligibility.firstEligibleDay(patient, ESI, FOUR_WEEKS.plusDays(1)))
        .isEqualTo(FOUR_WEEKS.plusDays(1));
  }

  @Test
  void aDateInThePastIsRefusedAsInput() {
    assertThatThrownBy(() -> eligibility.explain(question(FRIDAY.minusDays(1))))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("date"));
  }

  private EligibilityQuestion question(LocalDate date) {
    return new EligibilityQuestion(patient, ESI, date, LEFT_L4_L5, null, null);
  }
}
