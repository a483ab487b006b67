package org.procedura.rules.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.catalog.model.ProcedureDefinitionBuilder.aDefinition;
import static org.procedura.scheduling.model.SchedulingFixtures.CLOCK;
import static org.procedura.scheduling.model.SchedulingFixtures.ESI;
import static org.procedura.scheduling.model.SchedulingFixtures.FRONT_DESK;
import static org.procedura.scheduling.model.SchedulingFixtures.at;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import org.procedura.rules.model.AuthorizationCovers;
import org.procedura.rules.model.AuthorizationOnFile;
import org.procedura.rules.model.BleedingRiskFactors;
import org.procedura.rules.model.Finding;
import org.procedura.rules.model.HoldRule;
import org.procedura.rules.model.HoldTable;
import org.procedura.rules.model.HoldTable.MedicationInUse;
import org.procedura.rules.model.InMemoryAuthorizationVisits;
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
import org.procedura.scheduling.model.Acknowledgement;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.CheckedRules;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.Laterality;
import org.procedura.scheduling.model.Placement;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.scheduling.model.Room;
import org.procedura.scheduling.model.RoomKind;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.RuleViolationException;
import org.procedura.shared.model.Stamp;

/**
 * A procedure booking through the rules, without Spring or a database: the patient's chart, the
 * rule set and the hold table come from in-memory ports, so the refusal a booking gets is the one
 * the rules give.
 */
class BookingRuleChecksTest {
  private static final RuleSetCode MEDICARE = new RuleSetCode("MEDICARE_DEFAULT");
  private static final LocalDate PROCEDURE_DAY = LocalDate.of(2026, 11, 30);
  private static final Actor PHYSICIAN = new Actor("dr.okafor");
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

  private final InMemoryPatientCharts charts = new InMemoryPatientCharts();
  private final InMemoryRuleSets ruleSets = new InMemoryRuleSets();
  private final InMemoryRuleCheckRecords records = new InMemoryRuleCheckRecords(CLOCK);
  private final InMemoryAuthorizationVisits visits = new InMemoryAuthorizationVisits();
  private final BookingRuleChecks checks =
      new BookingRuleChecks(
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
          visits,
          CareSetting.AMBULATORY_SURGERY_CENTER,
          CLOCK);
  private final ProcedureType esi = ProcedureType.define(ESI, aDefinition().build());
  private final Room suite =
      Room.open(
          new Room.Setup(
              "Suite 1",
              RoomKind.PROCEDURE_SUITE,
              Set.of(ImagingModality.FLUOROSCOPY),
              true,
              null));

  {
    ruleSets.saveNewVersion(new RuleSet(MEDICARE, 1, List.of(FOUR_WEEKS_OF_PAIN)));
  }

  @Test
  void refusesABookingWhenThePainIsOneDayShortOfFourWeeks() {
    PatientId patient = patientInPainSince(PROCEDURE_DAY.minusWeeks(4).plusDays(1));
    Appointment booking = procedureFor(patient);

    assertThatThrownBy(() -> checks.check(booking, esi, suite, null))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            refusal ->
                assertThat(refusal.findings())
                    .singleElement()
                    .isInstanceOfSatisfying(
                        Finding.class,
                        finding -> {
                          assertThat(finding.ruleId()).isEqualTo("ESI_DURATION");
                          assertThat(finding.severity()).isEqualTo(Severity.BLOCK);
                          assertThat(finding.earliestEligibleOn())
                              .isEqualTo(PROCEDURE_DAY.plusDays(1));
                        }));
    assertThat(records.of(booking.getId())).isEmpty();
  }

  @Test
  void booksWhenThePainHasLastedExactlyFourWeeks() {
    Appointment booking = procedureFor(patientInPainSince(PROCEDURE_DAY.minusWeeks(4)));

    CheckedRules checked = checks.check(booking, esi, suite, null);
    checks.record(booking.getId(), checked);

    assertThat(checked.ruleSetCode()).isEqualTo("MEDICARE_DEFAULT");
    assertThat(checked.ruleSetVersion()).isEqualTo(1);
    assertThat(records.of(booking.getId()))
        .hasValueSatisfying(recorded -> assertThat(recorded.ruleSetVersion()).isEqualTo(1));
  }

  @Test
  void aHoldWarningRefusesTheBookingUntilAPhysicianAcknowledgesIt() {
    PatientId patient = patientOnApixaban();
    Appointment booking = procedureFor(patient);

    assertThatThrownBy(() -> checks.check(booking, esi, suite, null))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            refusal ->
                assertThat(refusal.findings().stream().map(Finding.class::cast).toList())
                    .extracting(Finding::ruleId, Finding::severity)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ANTITHROMBOTIC_HOLD", Severity.WARN)));
  }

  @Test
  void theFrontDeskCannotAcknowledgeAWarning() {
    Appointment booking = procedureFor(patientOnApixaban());
    var byFrontDesk =
        new Acknowledgement(FRONT_DESK, false, "patient agrees", Set.of("ANTITHROMBOTIC_HOLD"));

    assertThatThrownBy(() -> checks.check(booking, esi, suite, byFrontDesk))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void aPhysiciansAcknowledgementBooksAndTheHoldIsToldAndRecorded() {
    Appointment booking = procedureFor(patientOnApixaban());
    var acknowledgement =
        new Acknowledgement(
            PHYSICIAN, true, "cardiology agrees to the hold", Set.of("ANTITHROMBOTIC_HOLD"));

    CheckedRules checked = checks.check(booking, esi, suite, acknowledgement);
    checks.record(booking.getId(), checked);

    assertThat(checked.acknowledgedRules()).containsExactly("ANTITHROMBOTIC_HOLD");
    // three days before a 09:00 start on the 30th begins at 09:00 on the 27th: last dose the 26th
    assertThat(checks.holdsOf(booking.getId()))
        .singleElement()
        .satisfies(hold -> assertThat(hold.lastDoseOn()).isEqualTo(PROCEDURE_DAY.minusDays(4)));
    assertThat(records.of(booking.getId()).orElseThrow().acknowledgedBy())
        .isEqualTo(PHYSICIAN.username());
  }

  @Test
  void aBookingTheRuleSetAsksAnAuthorizationForTakesAVisitOfTheOneCoveringIt() {
    UUID authorization = UUID.randomUUID();
    PatientId patient = authorizedPatient(authorization, 1);
    visits.approve(authorization, 1);
    Appointment booking = procedureFor(patient);

    checks.check(booking, esi, suite, null);

    assertThat(visits.usedBy(booking.getId().value())).isEqualTo(authorization);
  }

  @Test
  void aBookingThatLostTheLastVisitToAConcurrentOneIsRefused() {
    UUID authorization = UUID.randomUUID();
    PatientId patient = authorizedPatient(authorization, 1);
    visits.approve(authorization, 1);
    visits.use(authorization, UUID.randomUUID()); // booked since the chart was read
    Appointment booking = procedureFor(patient);

    assertThatThrownBy(() -> checks.check(booking, esi, suite, null))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            refusal ->
                assertThat(refusal.findings())
                    .singleElement()
                    .satisfies(f -> assertThat(((Finding) f).message()).contains("no visit left")));
    assertThat(visits.usedBy(booking.getId().value())).isNull();
  }

  @Test
  void aBookingNoAuthorizationIsAskedForGivesBackTheVisitItUsed() {
    UUID authorization = UUID.randomUUID();
    PatientId patient = patientInPainSince(PROCEDURE_DAY.minusMonths(6));
    visits.approve(authorization, 1);
    Appointment booking = procedureFor(patient);
    visits.use(authorization, booking.getId().value());

    checks.check(booking, esi, suite, null);

    assertThat(visits.usedBy(booking.getId().value())).isNull();
  }

  private PatientId authorizedPatient(UUID authorization, int visitsApproved) {
    ruleSets.saveNewVersion(
        new RuleSet(
            MEDICARE,
            2,
            List.of(
                FOUR_WEEKS_OF_PAIN,
                new AuthorizationCovers(
                    new RuleHeader(
                        "PRIOR_AUTHORIZATION",
                        Severity.BLOCK,
                        RuleScope.of(ProcedureCategory.EPIDURAL_STEROID_INJECTION),
                        "payer"),
                    Set.of()))));
    PatientId patient = PatientId.newId();
    charts.put(
        new PatientChart(
            patient,
            LocalDate.of(1970, 1, 1),
            MEDICARE,
            new PatientFacts(
                PROCEDURE_DAY.minusMonths(6), 6, false, false, Set.of("M54.16"), Set.of()),
            false,
            List.of(),
            List.of(),
            List.of(
                new AuthorizationOnFile(
                    authorization,
                    "PA-77",
                    true,
                    Set.of(ESI),
                    SpinalRegion.LUMBAR,
                    Laterality.LEFT,
                    PROCEDURE_DAY.minusDays(1),
                    PROCEDURE_DAY.plusDays(1),
                    visitsApproved,
                    List.of()))));
    return patient;
  }

  private PatientId patientInPainSince(LocalDate onset) {
    return chart(new PatientFacts(onset, 6, false, false, Set.of("M54.16"), Set.of()), List.of());
  }

  private PatientId patientOnApixaban() {
    return chart(
        new PatientFacts(PROCEDURE_DAY.minusMonths(6), 6, false, false, Set.of("M54.16"), Set.of()),
        List.of(new MedicationInUse("Apixaban 5 mg", AntithromboticClass.APIXABAN)));
  }

  private PatientId chart(PatientFacts facts, List<MedicationInUse> antithrombotics) {
    PatientId patient = PatientId.newId();
    charts.put(
        new PatientChart(
            patient, LocalDate.of(1970, 1, 1), MEDICARE, facts, false, antithrombotics, List.of()));
    return patient;
  }

  private Appointment procedureFor(PatientId patient) {
    var start = at(PROCEDURE_DAY, "09:00");
    return Appointment.bookProcedure(
        patient,
        ESI,
        new ProcedureSite(SpinalRegion.LUMBAR, List.of("L4-L5"), Laterality.LEFT),
        null,
        new Placement(
            ClinicianId.newId(),
            suite.getId(),
            new TimeSlot(start, start.plus(Duration.ofMinutes(30))),
            Duration.ofMinutes(10)),
        new Stamp(CLOCK.instant(), FRONT_DESK));
  }
}
