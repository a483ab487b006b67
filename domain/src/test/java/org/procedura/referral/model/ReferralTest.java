package org.procedura.referral.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.patient.model.PatientFixtures.TODAY;
import static org.procedura.referral.model.ReferralFixtures.DECIDED_STAMP;
import static org.procedura.referral.model.ReferralFixtures.RECEIVED_STAMP;
import static org.procedura.referral.model.ReferralFixtures.aReferral;
import static org.procedura.referral.model.ReferralFixtures.storedReferral;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;
import static org.procedura.shared.model.DomainAssertions.assertStale;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.procedura.patient.model.PatientId;
import org.procedura.shared.model.IllegalTransitionException;

class ReferralTest {

  @Test
  void aReceivedReferralStartsItsHistoryWithWhoRecordedItAndWhen() {
    PatientId patient = PatientId.newId();
    ReferralDetails details = aReferral().build();

    Referral referral = Referral.receive(patient, details, RECEIVED_STAMP, TODAY);

    assertThat(referral.getPatientId()).isEqualTo(patient);
    assertThat(referral.getDetails()).isEqualTo(details);
    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.RECEIVED);
    assertThat(referral.getHistory())
        .containsExactly(new StatusChange(null, ReferralStatus.RECEIVED, RECEIVED_STAMP, null));
    assertThat(referral.getVersion()).isNull();
    assertThat(referral.getAppointmentReference()).isNull();
  }

  @Test
  void refusesAReferralReceivedOrWithPainStartingInTheFuture() {
    PatientId patient = PatientId.newId();

    assertInvalid(
        "receivedOn",
        () ->
            Referral.receive(
                patient,
                aReferral().receivedOn(TODAY.plusDays(1)).painOnset(null).build(),
                RECEIVED_STAMP,
                TODAY));
    assertInvalid(
        "painOnset",
        () ->
            Referral.receive(
                patient,
                aReferral().receivedOn(TODAY.plusDays(2)).painOnset(TODAY.plusDays(1)).build(),
                RECEIVED_STAMP,
                TODAY));
  }

  @Test
  void acceptsAReferralReceivedTodayForPainStartingToday() {
    Referral referral =
        Referral.receive(
            PatientId.newId(),
            aReferral().receivedOn(TODAY).painOnset(TODAY).build(),
            RECEIVED_STAMP,
            TODAY);

    assertThat(referral.getDetails().painDurationOn(TODAY).chronic()).isFalse();
  }

  @Test
  void keepsEveryStepWithItsActorTimeAndNote() {
    Referral referral = storedReferral();

    referral.triage("Imaging reviewed", DECIDED_STAMP);
    referral.accept(null, DECIDED_STAMP);
    referral.markScheduled("APPT-42", RECEIVED_STAMP);
    referral.close("Treatment completed", DECIDED_STAMP);

    assertThat(referral.getHistory())
        .extracting(StatusChange::to)
        .containsExactly(
            ReferralStatus.RECEIVED,
            ReferralStatus.TRIAGED,
            ReferralStatus.ACCEPTED,
            ReferralStatus.SCHEDULED,
            ReferralStatus.CLOSED);
    assertThat(referral.getHistory())
        .extracting(StatusChange::note)
        .containsExactly(
            null, "Imaging reviewed", null, "appointment APPT-42", "Treatment completed");
    assertThat(referral.getHistory().get(3).stamp()).isEqualTo(RECEIVED_STAMP);
    assertThat(referral.getAppointmentReference()).isEqualTo("APPT-42");
  }

  @Test
  void aDeclineNeedsAReasonAndKeepsIt() {
    Referral referral = storedReferral();
    referral.triage(null, DECIDED_STAMP);

    assertInvalid("reason", () -> referral.decline("  ", DECIDED_STAMP));
    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.TRIAGED);

    referral.decline("Needs surgical consult first", DECIDED_STAMP);
    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.DECLINED);
    assertThat(referral.getDeclineReason()).isEqualTo("Needs surgical consult first");
  }

  @Test
  void closingNeedsAReason() {
    Referral referral = storedReferral();
    referral.triage(null, DECIDED_STAMP);
    referral.accept(null, DECIDED_STAMP);

    assertInvalid("reason", () -> referral.close(null, DECIDED_STAMP));
    referral.close("Patient withdrew", DECIDED_STAMP);
    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.CLOSED);
    assertThat(referral.getDeclineReason()).isNull();
  }

  @Test
  void schedulingNeedsTheAppointment() {
    Referral referral = storedReferral();
    referral.triage(null, DECIDED_STAMP);
    referral.accept(null, DECIDED_STAMP);

    assertInvalid("appointmentReference", () -> referral.markScheduled(" ", DECIDED_STAMP));
    assertInvalid(
        "appointmentReference", () -> referral.markScheduled("A".repeat(101), DECIDED_STAMP));
    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.ACCEPTED);
  }

  @Test
  void anIllegalStepIsRefusedBeforeItsInputIsLookedAt() {
    Referral referral = storedReferral();

    assertThatThrownBy(() -> referral.decline(null, DECIDED_STAMP))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("referral " + referral.getId() + " cannot go from RECEIVED to DECLINED");
    assertThatThrownBy(() -> referral.markScheduled(null, DECIDED_STAMP))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void notesAreBounded() {
    Referral referral = storedReferral();

    assertInvalid("note", () -> referral.triage("n".repeat(501), DECIDED_STAMP));
    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.RECEIVED);
  }

  @Test
  void refusesAStepDecidedOnAnotherVersion() {
    Referral referral = storedReferral();

    assertStale(1, 0, () -> referral.requireVersion(1));
    referral.requireVersion(0);
  }

  @Test
  void aReferralNeverStoredHasNoVersionToCheck() {
    Referral unsaved =
        Referral.receive(PatientId.newId(), aReferral().build(), RECEIVED_STAMP, TODAY);

    assertThatThrownBy(() -> unsaved.requireVersion(0)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void isRebuiltInTheStatusOfItsLastStep() {
    Referral original = storedReferral();
    original.triage(null, DECIDED_STAMP);

    Referral rebuilt =
        new Referral(
            original.getId(),
            original.getPatientId(),
            original.getDetails(),
            original.getHistory(),
            null,
            1L);

    assertThat(rebuilt.getStatus()).isEqualTo(ReferralStatus.TRIAGED);
    assertThatThrownBy(
            () ->
                new Referral(
                    original.getId(),
                    original.getPatientId(),
                    original.getDetails(),
                    List.of(),
                    null,
                    1L))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
