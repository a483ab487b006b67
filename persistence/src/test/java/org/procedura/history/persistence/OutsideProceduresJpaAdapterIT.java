package org.procedura.history.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.ProcedureTypes;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.history.model.EnteredInError;
import org.procedura.history.model.OutsideProcedure;
import org.procedura.history.model.OutsideProcedureDetails;
import org.procedura.history.model.OutsideProcedures;
import org.procedura.history.model.OutsideRelief;
import org.procedura.patient.model.AdministrativeSex;
import org.procedura.patient.model.ContactDetails;
import org.procedura.patient.model.Demographics;
import org.procedura.patient.model.MedicalRecordNumber;
import org.procedura.patient.model.Patient;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.Patients;
import org.procedura.patient.model.PersonName;
import org.procedura.scheduling.model.Laterality;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.StaleVersionException;
import org.procedura.shared.model.Stamp;
import org.procedura.testing.RealDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class OutsideProceduresJpaAdapterIT extends RealDatabaseTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
  private static final Stamp RECORDED =
      new Stamp(Instant.parse("2026-11-21T12:00:00Z"), new Actor("nurse"));
  private static final Stamp CORRECTED =
      new Stamp(Instant.parse("2026-11-21T14:30:00Z"), new Actor("physician"));
  private static final ProcedureSite LEFT_L4_L5_L5_S1 =
      new ProcedureSite(SpinalRegion.LUMBAR, List.of("L5-S1", "L4-L5"), Laterality.LEFT);

  @Autowired OutsideProcedures procedures;
  @Autowired ProcedureTypes types;
  @Autowired Patients patients;
  @Autowired TransactionTemplate transaction;

  @Test
  void storesAndReloadsEveryPart() {
    PatientId patient = newPatient();
    var details =
        new OutsideProcedureDetails(
            TODAY.minusMonths(5),
            esi(),
            LEFT_L4_L5_L5_S1,
            new OutsideRelief(70, Period.ofWeeks(10), null),
            "Dr. Rivera, Valley Spine Center",
            "letter from Dr. Rivera, 2026-10-02");

    OutsideProcedure saved = record(patient, details);
    OutsideProcedure reloaded = find(saved);

    assertThat(saved.getVersion()).isZero();
    assertThat(reloaded.getPatient()).isEqualTo(patient);
    assertThat(reloaded.getDetails()).isEqualTo(details);
    assertThat(reloaded.getDetails().site().levels()).containsExactly("L5-S1", "L4-L5");
    assertThat(reloaded.getRecorded()).isEqualTo(RECORDED);
    assertThat(reloaded.getCorrected()).isNull();
    assertThat(reloaded.getEnteredInError()).isNull();
    assertThat(reloaded.getVersion()).isZero();
  }

  @Test
  void keepsAProcedureWithoutSiteOrRelief() {
    PatientId patient = newPatient();
    var trigger =
        new OutsideProcedureDetails(
            TODAY.minusDays(3),
            new ProcedureTypeCode("TPI"),
            null,
            null,
            null,
            "discharge summary, St. Luke's");

    OutsideProcedure reloaded = find(record(patient, trigger));

    assertThat(reloaded.getDetails().site()).isEqualTo(ProcedureSite.NONE);
    assertThat(reloaded.getDetails().relief()).isEqualTo(OutsideRelief.UNKNOWN);
    assertThat(reloaded.getDetails().performedBy()).isNull();
  }

  @Test
  void keepsACorrectionAndAnEntryInErrorWithTheirStamps() {
    PatientId patient = newPatient();
    OutsideProcedure saved = record(patient, esiOn(TODAY.minusMonths(4)));
    var stillLasting =
        new OutsideProcedureDetails(
            TODAY.minusMonths(4),
            esi(),
            LEFT_L4_L5_L5_S1,
            new OutsideRelief(80, null, TODAY.minusDays(10)),
            null,
            "clinic note, 2026-11-11");

    OutsideProcedure corrected =
        change(saved, p -> p.correct(0, stillLasting, type(esi()), CORRECTED, TODAY));
    OutsideProcedure removed =
        change(corrected, p -> p.enterInError(1, "another patient's letter", CORRECTED));

    assertThat(corrected.getVersion()).isEqualTo(1);
    assertThat(corrected.getDetails()).isEqualTo(stillLasting);
    assertThat(corrected.getCorrected()).isEqualTo(CORRECTED);
    assertThat(removed.getVersion()).isEqualTo(2);
    assertThat(find(saved).getEnteredInError())
        .isEqualTo(new EnteredInError("another patient's letter", CORRECTED));
    assertThat(find(saved).getRecorded()).isEqualTo(RECORDED);
  }

  @Test
  void listsThePatientsOwnTheEarliestFirstAndLeavesThoseEnteredInErrorOutOfTheCurrent() {
    PatientId patient = newPatient();
    PatientId someoneElse = newPatient();
    OutsideProcedure recent = record(patient, esiOn(TODAY.minusMonths(3)));
    OutsideProcedure oldest = record(patient, esiOn(TODAY.minusYears(2)));
    OutsideProcedure wrong = record(patient, esiOn(TODAY.minusMonths(6)));
    record(someoneElse, esiOn(TODAY.minusMonths(5)));
    change(wrong, p -> p.enterInError(0, "duplicate of the letter of 2026-05-02", CORRECTED));

    List<OutsideProcedure> current = transaction.execute(status -> procedures.of(patient));
    List<OutsideProcedure> all = transaction.execute(status -> procedures.allOf(patient));

    assertThat(current)
        .extracting(OutsideProcedure::getId)
        .containsExactly(oldest.getId(), recent.getId());
    assertThat(all)
        .extracting(OutsideProcedure::getId)
        .containsExactly(oldest.getId(), wrong.getId(), recent.getId());
  }

  @Test
  void refusesAChangeMadeOnAStaleCopy() {
    OutsideProcedure saved = record(newPatient(), esiOn(TODAY.minusMonths(4)));
    OutsideProcedure stale = find(saved);
    change(saved, p -> p.correct(0, esiOn(TODAY.minusMonths(5)), type(esi()), CORRECTED, TODAY));
    stale.enterInError(0, "duplicate", CORRECTED);

    assertThatThrownBy(() -> transaction.execute(status -> procedures.save(stale)))
        .isInstanceOf(StaleVersionException.class);
    assertThat(find(saved).isCurrent()).isTrue();
  }

  private OutsideProcedure record(PatientId patient, OutsideProcedureDetails details) {
    return transaction.execute(
        status ->
            procedures.save(
                OutsideProcedure.record(
                    patient, details, type(details.procedureType()), RECORDED, TODAY)));
  }

  private OutsideProcedure change(OutsideProcedure procedure, Consumer<OutsideProcedure> step) {
    return transaction.execute(
        status -> {
          OutsideProcedure loaded = procedures.find(procedure.getId()).orElseThrow();
          step.accept(loaded);
          return procedures.save(loaded);
        });
  }

  private OutsideProcedure find(OutsideProcedure procedure) {
    return transaction.execute(status -> procedures.find(procedure.getId()).orElseThrow());
  }

  private ProcedureType type(ProcedureTypeCode code) {
    return types.find(code).orElseThrow();
  }

  private static ProcedureTypeCode esi() {
    return new ProcedureTypeCode("ESI_TF_LUMB");
  }

  private static OutsideProcedureDetails esiOn(LocalDate day) {
    return new OutsideProcedureDetails(
        day,
        esi(),
        LEFT_L4_L5_L5_S1,
        new OutsideRelief(60, null, null),
        null,
        "letter from Dr. Rivera");
  }

  private PatientId newPatient() {
    return transaction.execute(
        status ->
            patients
                .save(
                    Patient.register(
                        new MedicalRecordNumber("O" + UUID.randomUUID().toString().substring(0, 8)),
                        new Demographics(
                            new PersonName("Outside", "History"),
                            LocalDate.of(1961, 7, 9),
                            AdministrativeSex.FEMALE,
                            ContactDetails.NONE),
                        TODAY))
                .getId());
  }
}
