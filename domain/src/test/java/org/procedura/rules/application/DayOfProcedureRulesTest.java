package org.procedura.rules.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.catalog.model.ProcedureDefinitionBuilder.aDefinition;
import static org.procedura.scheduling.model.SchedulingFixtures.CLOCK;
import static org.procedura.scheduling.model.SchedulingFixtures.ESI;
import static org.procedura.scheduling.model.SchedulingFixtures.FRONT_DESK;
import static org.procedura.scheduling.model.SchedulingFixtures.MONDAY;
import static org.procedura.scheduling.model.SchedulingFixtures.at;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.BleedingRisk;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedureCategory;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.patient.model.AntithromboticClass;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.RuleSetCode;
import org.procedura.rules.model.AllowedImaging;
import org.procedura.rules.model.BleedingRiskFactors;
import org.procedura.rules.model.Finding;
import org.procedura.rules.model.HoldRule;
import org.procedura.rules.model.HoldTable;
import org.procedura.rules.model.HoldTable.MedicationInUse;
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
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.CheckedRules;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.HoldInstruction;
import org.procedura.scheduling.model.Laterality;
import org.procedura.scheduling.model.Placement;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.scheduling.model.Room;
import org.procedura.scheduling.model.RoomKind;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.shared.model.Stamp;

/**
 * The rules run again on the day of the procedure, without Spring: the chart, the rule set, the
 * hold table and the booking's recorded check come from in-memory ports. Today (the clock) is
 * Friday the 20th; the procedures are later, so a rule judged on the procedure's day and one judged
 * today give different answers.
 */
class DayOfProcedureRulesTest {
  private static final RuleSetCode MEDICARE = new RuleSetCode("MEDICARE_DEFAULT");
  private static final LocalDate LATER_DAY = LocalDate.of(2026, 11, 30);
  private static final MinimumDuration FOUR_WEEKS_OF_PAIN =
      new MinimumDuration(
          new RuleHeader(
              "ESI_DURATION",
              Severity.BLOCK,
              RuleScope.of(ProcedureCategory.EPIDURAL_STEROID_INJECTION),
              "LCD L39240 family (secondary)"),
          Period.ofWeeks(4),
          4,
          Set.of("B02"));
  private static final AllowedImaging FLUOROSCOPY_ONLY =
      new AllowedImaging(
          new RuleHeader(
              "ESI_IMAGING",
              Severity.BLOCK,
              RuleScope.of(ProcedureCategory.EPIDURAL_STEROID_INJECTION),
              "LCD L39240"),
          Set.of(ImagingModality.FLUOROSCOPY),
          false,
          Set.of());

  private final InMemoryPatientCharts charts = new InMemoryPatientCharts();
  private final InMemoryRuleSets ruleSets = new InMemoryRuleSets();
  private final InMemoryRuleCheckRecords records = new InMemoryRuleCheckRecords(CLOCK);
  private final DayOfProcedureRules rules =
      new DayOfProcedureRules(
          charts,
          ruleSets,
          new InMemoryHoldTables(
              new HoldTable(
                  Map.of(
                      AntithromboticClass.APIXABAN,
                      Map.of(
                          BleedingRisk.HIGH, HoldRule.days(3),
                          BleedingRisk.INTERMEDIATE, HoldRule.days(3),
                          BleedingRisk.LOW, HoldRule.SHARED_DECISION)),
                  Map.of(AntithromboticClass.APIXABAN, Duration.ofHours(24))),
              BleedingRiskFactors.NONE),
          records,
          CareSetting.AMBULATORY_SURGERY_CENTER,
          CLOCK);
  private final ProcedureType esi = ProcedureType.define(ESI, aDefinition().build());
  private final Room fluoroscopySuite = suite(ImagingModality.FLUOROSCOPY);

  {
    ruleSets.saveNewVersion(
        new RuleSet(MEDICARE, 1, List.of(FOUR_WEEKS_OF_PAIN, FLUOROSCOPY_ONLY)));
  }

  @Test
  void theDurationOfPainIsJudgedOnTheProcedureDayNotToday() {
    PatientChart fourWeeks = chartInPainSince(LATER_DAY.minusWeeks(4), List.of());

    assertThat(ruleIds(evaluate(procedureOn(fourWeeks, LATER_DAY), fourWeeks))).isEmpty();
  }

  @Test
  void painOneDayShortOfFourWeeksOnTheProcedureDayIsABlock() {
    PatientChart short1 = chartInPainSince(LATER_DAY.minusWeeks(4).plusDays(1), List.of());

    assertThat(evaluate(procedureOn(short1, LATER_DAY), short1).findings())
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.ruleId()).isEqualTo("ESI_DURATION");
              assertThat(finding.earliestEligibleOn()).isEqualTo(LATER_DAY.plusDays(1));
            });
  }

  @Test
  void theRoomsImagingIsTheGuidanceJudged() {
    PatientChart chart = chartInPainSince(LATER_DAY.minusMonths(3), List.of());
    Appointment procedure = procedureOn(chart, LATER_DAY);

    assertThat(ruleIds(rules.evaluate(procedure, esi, chart, Optional.of(fluoroscopySuite))))
        .isEmpty();
    assertThat(
            ruleIds(
                rules.evaluate(
                    procedure, esi, chart, Optional.of(suite(ImagingModality.ULTRASOUND)))))
        .containsExactly("ESI_IMAGING");
  }

  @Test
  void withoutARoomNoGuidanceIsOnOffer() {
    PatientChart chart = chartInPainSince(LATER_DAY.minusMonths(3), List.of());

    assertThat(ruleIds(rules.evaluate(procedureOn(chart, LATER_DAY), esi, chart, Optional.empty())))
        .containsExactly("ESI_IMAGING");
  }

  @Test
  void aHoldThatCanNoLongerBeKeptIsABlockWithoutAPlanRecorded() {
    // Monday 09:00 less three days: last dose Thursday the 19th, and today is the 20th
    PatientChart chart = chartOnApixaban();
    Appointment procedure = procedureOn(chart, MONDAY);

    assertThat(evaluate(procedure, chart).findings())
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.ruleId()).isEqualTo("ANTITHROMBOTIC_HOLD");
              assertThat(finding.severity()).isEqualTo(Severity.BLOCK);
            });
  }

  @Test
  void theHoldTheBookingsPlanBeganIsJudgedByThatPlan() {
    PatientChart chart = chartOnApixaban();
    Appointment procedure = procedureOn(chart, MONDAY);
    records.record(procedure.getId(), planWithLastDoseOn(MONDAY.minusDays(4)));

    assertThat(evaluate(procedure, chart).findings())
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.ruleId()).isEqualTo("ANTITHROMBOTIC_HOLD");
              assertThat(finding.severity()).isEqualTo(Severity.WARN);
            });
  }

  @Test
  void aPlanWhoseLastDoseIsAfterTheHoldNeededDoesNotRescueIt() {
    PatientChart chart = chartOnApixaban();
    Appointment procedure = procedureOn(chart, MONDAY);
    records.record(procedure.getId(), planWithLastDoseOn(MONDAY.minusDays(3)));

    assertThat(evaluate(procedure, chart).findings())
        .singleElement()
        .satisfies(finding -> assertThat(finding.severity()).isEqualTo(Severity.BLOCK));
  }

  private RuleEvaluation.Evaluated evaluate(Appointment procedure, PatientChart chart) {
    return rules.evaluate(procedure, esi, chart, Optional.of(fluoroscopySuite));
  }

  private static List<String> ruleIds(RuleEvaluation.Evaluated evaluated) {
    return evaluated.findings().stream().map(Finding::ruleId).toList();
  }

  private static CheckedRules planWithLastDoseOn(LocalDate lastDose) {
    return new CheckedRules(
        MEDICARE.value(),
        1,
        Set.of("ANTITHROMBOTIC_HOLD"),
        null,
        List.of(
            new HoldInstruction(
                "Apixaban 5 mg",
                "APIXABAN",
                lastDose,
                at(MONDAY, "09:00").plus(Duration.ofDays(1)))));
  }

  private PatientChart chartInPainSince(LocalDate onset, List<MedicationInUse> antithrombotics) {
    PatientChart chart =
        new PatientChart(
            PatientId.newId(),
            LocalDate.of(1970, 1, 1),
            MEDICARE,
            new PatientFacts(onset, 6, false, false, Set.of("M54.16"), Set.of()),
            false,
            antithrombotics,
            List.of());
    charts.put(chart);
    return chart;
  }

  private PatientChart chartOnApixaban() {
    return chartInPainSince(
        LATER_DAY.minusMonths(6),
        List.of(new MedicationInUse("Apixaban 5 mg", AntithromboticClass.APIXABAN)));
  }

  private Appointment procedureOn(PatientChart chart, LocalDate day) {
    var start = at(day, "09:00");
    return Appointment.bookProcedure(
        chart.patient(),
        ESI,
        new ProcedureSite(SpinalRegion.LUMBAR, List.of("L4-L5"), Laterality.LEFT),
        null,
        new Placement(
            ClinicianId.newId(),
            fluoroscopySuite.getId(),
            new TimeSlot(start, start.plus(Duration.ofMinutes(30))),
            Duration.ofMinutes(10)),
        new Stamp(CLOCK.instant(), FRONT_DESK));
  }

  private static Room suite(ImagingModality imaging) {
    return Room.open(
        new Room.Setup("Suite 1", RoomKind.PROCEDURE_SUITE, Set.of(imaging), true, null));
  }
}
