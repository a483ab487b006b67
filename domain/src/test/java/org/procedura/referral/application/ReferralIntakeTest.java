package org.procedura.referral.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.catalog.model.ProcedureDefinitionBuilder.aDefinition;
import static org.procedura.patient.model.PatientFixtures.CLINIC_ZONE;
import static org.procedura.patient.model.PatientFixtures.CLOCK;
import static org.procedura.patient.model.PatientFixtures.TODAY;
import static org.procedura.patient.model.PatientFixtures.demographics;
import static org.procedura.referral.model.ReferralFixtures.FRONT_DESK;
import static org.procedura.referral.model.ReferralFixtures.PHYSICIAN;
import static org.procedura.referral.model.ReferralFixtures.aReferral;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;
import static org.procedura.shared.model.DomainAssertions.assertStale;

import java.time.Clock;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.InMemoryProcedureTypes;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.patient.application.PatientRegister;
import org.procedura.patient.application.RegisterPatientCommand;
import org.procedura.patient.model.InMemoryClinicalProfiles;
import org.procedura.patient.model.InMemoryPatients;
import org.procedura.patient.model.PatientId;
import org.procedura.referral.model.InMemoryReferrals;
import org.procedura.referral.model.Referral;
import org.procedura.referral.model.ReferralDetails;
import org.procedura.referral.model.ReferralId;
import org.procedura.referral.model.ReferralStatus;
import org.procedura.referral.model.StatusChange;
import org.procedura.referral.model.Urgency;
import org.procedura.shared.model.IllegalTransitionException;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.PageQuery;
import org.procedura.shared.model.Stamp;

class ReferralIntakeTest {
  private static final PageQuery FIRST_PAGE = new PageQuery(0, 20);

  private final InMemoryPatients patients = new InMemoryPatients();
  private final InMemoryClinicalProfiles profiles = new InMemoryClinicalProfiles();
  private final InMemoryReferrals referrals = new InMemoryReferrals(patients);
  private final InMemoryProcedureTypes catalog = new InMemoryProcedureTypes();
  private final PatientRegister register =
      new PatientRegister(patients, profiles, CLOCK, new SplittableRandom(11));
  private final ReferralIntake intake = intakeAt(CLOCK);
  private final PatientId ada =
      register.register(new RegisterPatientCommand(null, demographics().build())).patient().getId();

  ReferralIntakeTest() {
    catalog.save(ProcedureType.define(new ProcedureTypeCode("ESI_TF_LUMB"), aDefinition().build()));
    catalog.save(
        ProcedureType.define(
            new ProcedureTypeCode("RETIRED"), aDefinition().active(false).build()));
  }

  private ReferralIntake intakeAt(Clock clock) {
    return new ReferralIntake(referrals, patients, register, catalog, clock);
  }

  private ReferralView receive(ReferralDetails details) {
    return intake.receive(new ReceiveReferralCommand(ada, null, details), FRONT_DESK);
  }

  private ReferralId accepted(ReferralDetails details) {
    ReferralId id = receive(details).referral().getId();
    intake.triage(id, 0, null, PHYSICIAN);
    intake.accept(id, 1, null, PHYSICIAN);
    return id;
  }

  @Test
  void recordsAReferralForARegisteredPatientWithWhoRecordedItAndWhen() {
    ReferralView view = receive(aReferral().build());

    Referral stored = intake.get(view.referral().getId()).referral();
    assertThat(stored.getPatientId()).isEqualTo(ada);
    assertThat(stored.getStatus()).isEqualTo(ReferralStatus.RECEIVED);
    assertThat(stored.getVersion()).isZero();
    assertThat(stored.getHistory())
        .containsExactly(
            new StatusChange(
                null, ReferralStatus.RECEIVED, new Stamp(CLOCK.instant(), FRONT_DESK), null));
    assertThat(view.today()).isEqualTo(TODAY);
  }

  @Test
  void stampsEachStepToTheSecond() {
    Clock fractional = Clock.fixed(Instant.parse("2026-11-21T12:00:07.5Z"), CLINIC_ZONE);

    ReferralView view =
        intakeAt(fractional)
            .receive(new ReceiveReferralCommand(ada, null, aReferral().build()), FRONT_DESK);

    assertThat(view.referral().getHistory().getFirst().stamp().at())
        .isEqualTo(Instant.parse("2026-11-21T12:00:07Z"));
  }

  @Test
  void refusesAReferralForAnUnknownPatient() {
    var command = new ReceiveReferralCommand(PatientId.newId(), null, aReferral().build());

    assertInvalid("patientId", () -> intake.receive(command, FRONT_DESK));
    assertThat(referrals.count()).isZero();
  }

  @Test
  void registersANewPatientWithTheReferral() {
    var newPatient =
        new RegisterPatientCommand(null, demographics().named("Grace", "Hopper").build());

    ReferralView view =
        intake.receive(
            new ReceiveReferralCommand(null, newPatient, aReferral().build()), FRONT_DESK);

    var patient = patients.find(view.referral().getPatientId()).orElseThrow();
    assertThat(patient.getName().family()).isEqualTo("Hopper");
    assertThat(profiles.find(patient.getId())).isPresent();
  }

  @Test
  void namesTheFieldsOfAnInvalidNewPatientWithinNewPatient() {
    var unborn = new RegisterPatientCommand(null, demographics().bornOn(TODAY.plusDays(1)).build());
    int before = patients.count();

    assertInvalid(
        "newPatient.dateOfBirth",
        () ->
            intake.receive(
                new ReceiveReferralCommand(null, unborn, aReferral().build()), FRONT_DESK));
    assertThat(patients.count()).isEqualTo(before);
    assertThat(referrals.count()).isZero();
  }

  @Test
  void needsEitherAPatientOrANewPatientButNotBoth() {
    var newPatient = new RegisterPatientCommand(null, demographics().build());

    assertInvalid("patientId", () -> new ReceiveReferralCommand(null, null, aReferral().build()));
    assertInvalid(
        "patientId", () -> new ReceiveReferralCommand(ada, newPatient, aReferral().build()));
    assertInvalid("details", () -> new ReceiveReferralCommand(ada, null, null));
  }

  @Test
  void theRequestedProcedureMustBeOfferedByTheCatalog() {
    assertInvalid(
        "requestedProcedureType", () -> receive(aReferral().requesting("NO_SUCH_TYPE").build()));
    assertInvalid(
        "requestedProcedureType", () -> receive(aReferral().requesting("RETIRED").build()));
    assertThat(referrals.count()).isZero();
    assertThat(
            receive(aReferral().requesting(null).build())
                .referral()
                .getDetails()
                .requestedProcedureType())
        .isNull();
  }

  @Test
  void refusesAPainOnsetInTheFuture() {
    assertInvalid(
        "painOnset",
        () ->
            receive(
                aReferral().receivedOn(TODAY.plusDays(1)).painOnset(TODAY.plusDays(1)).build()));
    assertThat(referrals.count()).isZero();
  }

  @Test
  void aPhysicianTriagesAndAcceptsEachStepRaisingTheVersion() {
    ReferralId id = receive(aReferral().build()).referral().getId();

    intake.triage(id, 0, "Seen the MRI", PHYSICIAN);
    ReferralView accepted = intake.accept(id, 1, null, PHYSICIAN);

    assertThat(accepted.referral().getStatus()).isEqualTo(ReferralStatus.ACCEPTED);
    assertThat(accepted.referral().getVersion()).isEqualTo(2);
    assertThat(accepted.referral().getHistory().getLast().stamp())
        .isEqualTo(new Stamp(CLOCK.instant(), PHYSICIAN));
  }

  @Test
  void aDeclinedReferralKeepsTheReasonAndCanBeClosed() {
    ReferralId id = receive(aReferral().build()).referral().getId();
    intake.triage(id, 0, null, PHYSICIAN);

    intake.decline(id, 1, "Refer to neurosurgery", PHYSICIAN);
    ReferralView closed = intake.close(id, 2, "Referring office informed", FRONT_DESK);

    assertThat(closed.referral().getStatus()).isEqualTo(ReferralStatus.CLOSED);
    assertThat(closed.referral().getDeclineReason()).isEqualTo("Refer to neurosurgery");
  }

  @Test
  void refusesAStepDecidedOnAStaleVersionAndKeepsTheEarlierOne() {
    ReferralId id = receive(aReferral().build()).referral().getId();
    intake.triage(id, 0, null, PHYSICIAN);

    assertStale(0, 1, () -> intake.accept(id, 0, null, PHYSICIAN));
    assertThat(intake.get(id).referral().getStatus()).isEqualTo(ReferralStatus.TRIAGED);
  }

  @Test
  void refusesAnIllegalStepAndChangesNothing() {
    ReferralId id = receive(aReferral().build()).referral().getId();

    assertThatThrownBy(() -> intake.accept(id, 0, null, PHYSICIAN))
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> {
              assertThat(e.currentState()).isEqualTo("RECEIVED");
              assertThat(e.requestedState()).isEqualTo("ACCEPTED");
            });
    Referral stored = intake.get(id).referral();
    assertThat(stored.getStatus()).isEqualTo(ReferralStatus.RECEIVED);
    assertThat(stored.getVersion()).isZero();
  }

  @Test
  void theSchedulingModuleMarksAnAcceptedReferralScheduled() {
    ReferralId id = accepted(aReferral().build());

    ReferralView scheduled = intake.markScheduled(id, patientOf(id), "APPT-0001", FRONT_DESK);

    assertThat(scheduled.referral().getStatus()).isEqualTo(ReferralStatus.SCHEDULED);
    assertThat(scheduled.referral().getAppointmentReference()).isEqualTo("APPT-0001");
    assertThat(intake.toSchedule(FIRST_PAGE).content()).isEmpty();
  }

  @Test
  void onlyAnAcceptedReferralCanBeScheduled() {
    ReferralId id = receive(aReferral().build()).referral().getId();

    assertThatThrownBy(() -> intake.markScheduled(id, patientOf(id), "APPT-0001", FRONT_DESK))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(
            () ->
                intake.markScheduled(
                    ReferralId.newId(), PatientId.newId(), "APPT-0001", FRONT_DESK))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void listsReferralsInAStatusLongestWaitingFirstWithTheDaysWaited() {
    receive(aReferral().receivedOn(TODAY.minusDays(2)).painOnset(null).build());
    receive(aReferral().receivedOn(TODAY.minusDays(9)).painOnset(null).build());
    receive(aReferral().receivedOn(TODAY).painOnset(null).build());
    accepted(aReferral().receivedOn(TODAY.minusDays(30)).painOnset(null).build());

    var page = intake.worklist(ReferralStatus.RECEIVED, FIRST_PAGE);

    assertThat(page.totalElements()).isEqualTo(3);
    assertThat(page.content()).extracting(WaitingReferral::daysWaiting).containsExactly(9L, 2L, 0L);
    assertThat(page.content().getFirst().referral().mrn())
        .isEqualTo(patients.find(ada).orElseThrow().getMrn());
  }

  @Test
  void theListToScheduleHasTheAcceptedReferralsLongestWaitingFirstWithTheirUrgency() {
    ReferralId routineOld =
        accepted(aReferral().receivedOn(TODAY.minusDays(20)).painOnset(null).build());
    ReferralId urgentNew =
        accepted(
            aReferral()
                .receivedOn(TODAY.minusDays(1))
                .painOnset(null)
                .urgency(Urgency.URGENT)
                .build());
    ReferralId routineMiddle =
        accepted(aReferral().receivedOn(TODAY.minusDays(5)).painOnset(null).build());
    ReferralId scheduled =
        accepted(aReferral().receivedOn(TODAY.minusDays(40)).painOnset(null).build());
    intake.markScheduled(scheduled, patientOf(scheduled), "APPT-9", FRONT_DESK);
    receive(aReferral().receivedOn(TODAY.minusDays(50)).painOnset(null).build());

    var page = intake.toSchedule(FIRST_PAGE);

    assertThat(page.content())
        .extracting(w -> w.referral().id())
        .containsExactly(routineOld, routineMiddle, urgentNew);
    assertThat(page.content())
        .extracting(WaitingReferral::daysWaiting)
        .containsExactly(20L, 5L, 1L);
    assertThat(page.content())
        .extracting(w -> w.referral().urgency())
        .containsExactly(Urgency.ROUTINE, Urgency.ROUTINE, Urgency.URGENT);
  }

  @Test
  void pagesAWorklist() {
    for (int days = 1; days <= 5; days++) {
      receive(aReferral().receivedOn(TODAY.minusDays(days)).painOnset(null).build());
    }

    var second = intake.worklist(ReferralStatus.RECEIVED, new PageQuery(1, 2));

    assertThat(second.totalElements()).isEqualTo(5);
    assertThat(second.content()).extracting(WaitingReferral::daysWaiting).containsExactly(3L, 2L);
  }

  @Test
  void countsTheDaysWaitedInTheClinicsZone() {
    receive(aReferral().receivedOn(TODAY.minusDays(1)).painOnset(null).build());
    // 23:30 on 2026-11-21 in New York is already the 22nd in UTC: still one day waited
    Clock lateEvening = Clock.fixed(Instant.parse("2026-11-22T04:30:00Z"), CLINIC_ZONE);

    var page = intakeAt(lateEvening).worklist(ReferralStatus.RECEIVED, FIRST_PAGE);

    assertThat(page.content().getFirst().daysWaiting()).isEqualTo(1);
  }

  @Test
  void aLaterAppointmentFromAScheduledReferralOnlyLinksToIt() {
    ReferralId id = accepted(aReferral().build());
    intake.markScheduled(id, patientOf(id), "APPT-1", FRONT_DESK);

    ReferralView again = intake.markScheduled(id, patientOf(id), "APPT-2", FRONT_DESK);

    assertThat(again.referral().getStatus()).isEqualTo(ReferralStatus.SCHEDULED);
    assertThat(again.referral().getAppointmentReference()).isEqualTo("APPT-1");
  }

  @Test
  void refusesToScheduleAReferralForAnotherPatient() {
    ReferralId id = accepted(aReferral().build());

    assertInvalid(
        "referralId", () -> intake.markScheduled(id, PatientId.newId(), "APPT-1", FRONT_DESK));
    assertThat(intake.get(id).referral().getStatus()).isEqualTo(ReferralStatus.ACCEPTED);
  }

  private PatientId patientOf(ReferralId id) {
    return intake.get(id).referral().getPatientId();
  }
}
