package org.procedura.referral.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.patient.model.AdministrativeSex;
import org.procedura.patient.model.ContactDetails;
import org.procedura.patient.model.Demographics;
import org.procedura.patient.model.Icd10Code;
import org.procedura.patient.model.Laterality;
import org.procedura.patient.model.MedicalRecordNumber;
import org.procedura.patient.model.Patient;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.Patients;
import org.procedura.patient.model.PersonName;
import org.procedura.referral.model.ConservativeCare;
import org.procedura.referral.model.Referral;
import org.procedura.referral.model.ReferralDetails;
import org.procedura.referral.model.ReferralDiagnosis;
import org.procedura.referral.model.ReferralId;
import org.procedura.referral.model.ReferralStatus;
import org.procedura.referral.model.ReferralWorkItem;
import org.procedura.referral.model.Referrals;
import org.procedura.referral.model.ReferringProvider;
import org.procedura.referral.model.StatusChange;
import org.procedura.referral.model.Urgency;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Npi;
import org.procedura.shared.model.PageQuery;
import org.procedura.shared.model.PageResult;
import org.procedura.shared.model.StaleVersionException;
import org.procedura.shared.model.Stamp;
import org.procedura.testing.RealDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class ReferralsJpaAdapterIT extends RealDatabaseTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
  private static final Stamp RECEIVED =
      new Stamp(Instant.parse("2026-11-21T12:00:00Z"), new Actor("frontdesk"));
  private static final Stamp DECIDED =
      new Stamp(Instant.parse("2026-11-21T15:00:00Z"), new Actor("physician"));

  @Autowired Referrals referrals;
  @Autowired Patients patients;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;

  @Test
  void storesAndReloadsEveryPartOfAReferral() {
    Patient patient = patient("Stores", "Everything");
    ReferralDetails details =
        new ReferralDetails(
            new ReferringProvider(
                "Dr. Jane Family", new Npi("1234567893"), "Main Street Primary Care", "fax 555"),
            TODAY.minusDays(2),
            "Low back pain radiating to the left leg",
            List.of(
                new ReferralDiagnosis(
                    new Icd10Code("M54.16"), "Lumbar radiculopathy", Laterality.LEFT),
                new ReferralDiagnosis(new Icd10Code("M51.26"), null, null)),
            TODAY.minusMonths(5),
            new ConservativeCare(6, List.of("ibuprofen", "gabapentin"), "home exercise"),
            Urgency.URGENT,
            new ProcedureTypeCode("ESI_TF_LUMB"),
            "Prefers mornings");
    Referral saved = save(Referral.receive(patient.getId(), details, RECEIVED, TODAY));

    Referral reloaded = find(saved.getId());

    assertThat(reloaded.getVersion()).isZero();
    assertThat(reloaded.getPatientId()).isEqualTo(patient.getId());
    assertThat(reloaded.getDetails()).isEqualTo(details);
    assertThat(reloaded.getStatus()).isEqualTo(ReferralStatus.RECEIVED);
    assertThat(reloaded.getHistory())
        .containsExactly(new StatusChange(null, ReferralStatus.RECEIVED, RECEIVED, null));
  }

  @Test
  void aReferralWithoutTheOptionalPartsIsStoredToo() {
    ReferralDetails bare =
        new ReferralDetails(
            new ReferringProvider("Dr. Bare", new Npi("1987654328"), null, null),
            TODAY,
            "Neck pain",
            List.of(),
            null,
            null,
            Urgency.ROUTINE,
            null,
            null);
    Referral saved =
        save(Referral.receive(patient("Bare", "Referral").getId(), bare, RECEIVED, TODAY));

    assertThat(find(saved.getId()).getDetails()).isEqualTo(bare);
  }

  @Test
  void eachStepRaisesTheVersionAndKeepsTheWholeHistory() {
    Referral referral = save(receivedFor(patient("Every", "Step"), TODAY.minusDays(1)));

    Referral triaged = step(referral.getId(), r -> r.triage("MRI reviewed", DECIDED));
    Referral accepted = step(referral.getId(), r -> r.accept(null, DECIDED));
    Referral scheduled = step(referral.getId(), r -> r.markScheduled("APPT-7", RECEIVED));

    assertThat(triaged.getVersion()).isEqualTo(1);
    assertThat(accepted.getVersion()).isEqualTo(2);
    assertThat(scheduled.getVersion()).isEqualTo(3);
    Referral reloaded = find(referral.getId());
    assertThat(reloaded.getStatus()).isEqualTo(ReferralStatus.SCHEDULED);
    assertThat(reloaded.getAppointmentReference()).isEqualTo("APPT-7");
    assertThat(reloaded.getHistory())
        .containsExactly(
            new StatusChange(null, ReferralStatus.RECEIVED, RECEIVED, null),
            new StatusChange(
                ReferralStatus.RECEIVED, ReferralStatus.TRIAGED, DECIDED, "MRI reviewed"),
            new StatusChange(ReferralStatus.TRIAGED, ReferralStatus.ACCEPTED, DECIDED, null),
            new StatusChange(
                ReferralStatus.ACCEPTED, ReferralStatus.SCHEDULED, RECEIVED, "appointment APPT-7"));
  }

  @Test
  void refusesAStepTakenOnAStaleCopy() {
    Referral referral = save(receivedFor(patient("Stale", "Copy"), TODAY));
    Referral stale = find(referral.getId());
    step(referral.getId(), r -> r.triage(null, DECIDED));
    stale.triage("second opinion", DECIDED);

    assertThatThrownBy(() -> save(stale)).isInstanceOf(StaleVersionException.class);
    assertThat(find(referral.getId()).getHistory()).hasSize(2);
  }

  @Test
  void listsAStatusLongestWaitingFirstWithThePatientAndPages() {
    Patient patient = patient("Worklist", "Order");
    // received long before any other test's referrals, so these lead the list
    Referral newest = save(receivedFor(patient, LocalDate.of(2001, 3, 3)));
    Referral oldest = save(receivedFor(patient, LocalDate.of(2001, 1, 1)));
    Referral middle = save(receivedFor(patient, LocalDate.of(2001, 2, 2)));
    Referral triaged = save(receivedFor(patient, LocalDate.of(2000, 12, 31)));
    step(triaged.getId(), r -> r.triage(null, DECIDED));

    PageResult<ReferralWorkItem> first = worklist(ReferralStatus.RECEIVED, new PageQuery(0, 2));
    PageResult<ReferralWorkItem> second = worklist(ReferralStatus.RECEIVED, new PageQuery(1, 2));

    assertThat(first.content())
        .extracting(ReferralWorkItem::id)
        .containsExactly(oldest.getId(), middle.getId());
    assertThat(second.content().getFirst().id()).isEqualTo(newest.getId());
    assertThat(first.totalElements()).isGreaterThanOrEqualTo(3);
    ReferralWorkItem item = first.content().getFirst();
    assertThat(item.patientId()).isEqualTo(patient.getId());
    assertThat(item.mrn()).isEqualTo(patient.getMrn());
    assertThat(item.patientName()).isEqualTo(new PersonName("Worklist", "Order"));
    assertThat(item.status()).isEqualTo(ReferralStatus.RECEIVED);
    assertThat(item.urgency()).isEqualTo(Urgency.ROUTINE);
    assertThat(item.receivedOn()).isEqualTo(LocalDate.of(2001, 1, 1));
    assertThat(item.referringProvider()).isEqualTo("Dr. Jane Family");
    assertThat(item.requestedProcedureType()).isEqualTo(new ProcedureTypeCode("MBB_LUMB"));
    assertThat(worklist(ReferralStatus.TRIAGED, new PageQuery(0, 100)).content())
        .extracting(ReferralWorkItem::id)
        .contains(triaged.getId())
        .doesNotContain(oldest.getId());
  }

  @Test
  void theWorklistQueryCanUseTheStatusAndReceivedIndex() {
    List<Map<String, Object>> plan =
        jdbc.queryForList(
            "explain select id from referral where status = 'RECEIVED'"
                + " order by received_on, recorded_at, id limit 20");

    assertThat(String.valueOf(plan.getFirst().get("possible_keys")))
        .contains("ix_referral_status_received");
  }

  @Test
  void theDatabaseRefusesAReferralOfNoPatientOrForAProcedureNotInTheCatalog() {
    Referral orphan = receivedFor(PatientId.newId(), TODAY);
    ReferralDetails unknownType =
        new ReferralDetails(
            new ReferringProvider("Dr. A", new Npi("1234567893"), null, null),
            TODAY,
            "Pain",
            null,
            null,
            null,
            Urgency.ROUTINE,
            new ProcedureTypeCode("NOT_IN_CATALOG"),
            null);
    Referral unknown =
        Referral.receive(patient("Unknown", "Type").getId(), unknownType, RECEIVED, TODAY);

    assertThatThrownBy(() -> save(orphan)).isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> save(unknown)).isInstanceOf(DataIntegrityViolationException.class);
  }

  private Referral receivedFor(Patient patient, LocalDate receivedOn) {
    return receivedFor(patient.getId(), receivedOn);
  }

  private static Referral receivedFor(PatientId patientId, LocalDate receivedOn) {
    ReferralDetails details =
        new ReferralDetails(
            new ReferringProvider("Dr. Jane Family", new Npi("1234567893"), null, null),
            receivedOn,
            "Axial low back pain",
            null,
            null,
            null,
            Urgency.ROUTINE,
            new ProcedureTypeCode("MBB_LUMB"),
            null);
    return Referral.receive(patientId, details, RECEIVED, TODAY);
  }

  private Referral save(Referral referral) {
    return transaction.execute(status -> referrals.save(referral));
  }

  private Referral find(ReferralId id) {
    return transaction.execute(status -> referrals.find(id).orElseThrow());
  }

  private Referral step(ReferralId id, java.util.function.Consumer<Referral> change) {
    return transaction.execute(
        status -> {
          Referral referral = referrals.find(id).orElseThrow();
          change.accept(referral);
          return referrals.save(referral);
        });
  }

  private PageResult<ReferralWorkItem> worklist(ReferralStatus status, PageQuery page) {
    return transaction.execute(tx -> referrals.withStatus(status, page));
  }

  private Patient patient(String given, String family) {
    return transaction.execute(
        status ->
            patients.save(
                Patient.register(
                    new MedicalRecordNumber("R" + UUID.randomUUID().toString().substring(0, 8)),
                    new Demographics(
                        new PersonName(given, family),
                        LocalDate.of(1961, 6, 6),
                        AdministrativeSex.FEMALE,
                        ContactDetails.NONE),
                    TODAY)));
  }
}
