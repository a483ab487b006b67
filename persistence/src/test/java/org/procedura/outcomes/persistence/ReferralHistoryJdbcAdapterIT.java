package org.procedura.outcomes.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.procedura.scheduling.persistence.SchedulingFixtures.patient;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.outcomes.model.ReferralHistory;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.Patients;
import org.procedura.referral.model.Referral;
import org.procedura.referral.model.ReferralDetails;
import org.procedura.referral.model.Referrals;
import org.procedura.referral.model.ReferringProvider;
import org.procedura.referral.model.Urgency;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Npi;
import org.procedura.shared.model.Stamp;
import org.procedura.testing.RealDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class ReferralHistoryJdbcAdapterIT extends RealDatabaseTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
  private static final Stamp RECEIVED =
      new Stamp(Instant.parse("2026-11-21T12:00:00Z"), new Actor("frontdesk"));
  private static final Stamp DECIDED =
      new Stamp(Instant.parse("2026-11-21T15:00:00Z"), new Actor("dr.okafor"));

  @Autowired ReferralHistory history;
  @Autowired Referrals referrals;
  @Autowired Patients patients;
  @Autowired TransactionTemplate transaction;

  @Test
  void listsThePatientsReferralsTheEarliestReceivedFirstWithTheirStatus() {
    PatientId patient = transaction.execute(s -> patients.save(patient())).getId();
    PatientId other = transaction.execute(s -> patients.save(patient())).getId();
    Referral recent = save(referral(patient, TODAY.minusDays(2), "Neck pain", "MBB_CERV"));
    Referral older = referral(patient, TODAY.minusMonths(3), "Low back pain", "ESI_TF_LUMB");
    older.triage("routine", DECIDED);
    older.decline("conservative care first", DECIDED);
    save(older);
    save(referral(other, TODAY.minusDays(1), "Hip pain", "SI_JOINT"));

    assertThat(history.of(patient))
        .extracting(
            ReferralHistory.Entry::id,
            ReferralHistory.Entry::receivedOn,
            ReferralHistory.Entry::status,
            ReferralHistory.Entry::reason,
            ReferralHistory.Entry::requestedProcedureType)
        .containsExactly(
            tuple(
                older.getId().value(),
                TODAY.minusMonths(3),
                "DECLINED",
                "Low back pain",
                "ESI_TF_LUMB"),
            tuple(recent.getId().value(), TODAY.minusDays(2), "RECEIVED", "Neck pain", "MBB_CERV"));
  }

  @Test
  void aPatientWithoutReferralsHasNoHistory() {
    PatientId patient = transaction.execute(s -> patients.save(patient())).getId();

    assertThat(history.of(patient)).isEmpty();
  }

  private Referral save(Referral referral) {
    return transaction.execute(s -> referrals.save(referral));
  }

  private static Referral referral(
      PatientId patient, LocalDate receivedOn, String reason, String procedureType) {
    return Referral.receive(
        patient,
        new ReferralDetails(
            new ReferringProvider("Dr. Jane Family", new Npi("1234567893"), null, null),
            receivedOn,
            reason,
            null,
            null,
            null,
            Urgency.ROUTINE,
            new ProcedureTypeCode(procedureType),
            null),
        RECEIVED,
        TODAY);
  }
}
