package org.procedura.history.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.history.model.OutsideFixtures.CLOCK;
import static org.procedura.history.model.OutsideFixtures.ESI_TF_LUMB;
import static org.procedura.history.model.OutsideFixtures.TODAY;
import static org.procedura.history.model.OutsideFixtures.anOutsideEsi;
import static org.procedura.shared.model.DomainAssertions.assertConflict;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;
import static org.procedura.shared.model.DomainAssertions.assertStale;

import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.InMemoryProcedureTypes;
import org.procedura.catalog.model.ProcedureDefinitionBuilder;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.history.model.InMemoryOutsideProcedures;
import org.procedura.history.model.OutsideProcedure;
import org.procedura.history.model.OutsideProcedureId;
import org.procedura.patient.model.InMemoryPatients;
import org.procedura.patient.model.MedicalRecordNumber;
import org.procedura.patient.model.Patient;
import org.procedura.patient.model.PatientFixtures;
import org.procedura.patient.model.PatientId;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.NotFoundException;

class OutsideHistoryTest {
  private static final Actor NURSE = new Actor("nurse");
  private static final Actor PHYSICIAN = new Actor("physician");

  private final InMemoryPatients patients = new InMemoryPatients();
  private final InMemoryProcedureTypes types = new InMemoryProcedureTypes();
  private final InMemoryOutsideProcedures procedures = new InMemoryOutsideProcedures();
  private final OutsideHistory history = new OutsideHistory(procedures, patients, types, CLOCK);
  private PatientId patient;

  @BeforeEach
  void aPatientAndTheCatalog() {
    patient =
        patients
            .save(
                Patient.register(
                    new MedicalRecordNumber("MRN-0001"),
                    PatientFixtures.demographics().build(),
                    TODAY))
            .getId();
    types.save(ProcedureType.define(ESI_TF_LUMB.getCode(), ESI_TF_LUMB.getDefinition()));
  }

  @Test
  void recordsTwoOutsideEsisAndListsThemTheEarliestFirst() {
    OutsideProcedure later =
        history.record(patient, anOutsideEsi().on(TODAY.minusMonths(4)).build(), NURSE);
    OutsideProcedure earlier =
        history.record(patient, anOutsideEsi().on(TODAY.minusMonths(8)).build(), NURSE);

    assertThat(later.getVersion()).isZero();
    assertThat(later.getRecorded().by()).isEqualTo(NURSE);
    assertThat(later.getRecorded().at()).isEqualTo(CLOCK.instant().truncatedTo(ChronoUnit.SECONDS));
    assertThat(history.list(patient))
        .extracting(OutsideProcedure::getId)
        .containsExactly(earlier.getId(), later.getId());
    assertThat(procedures.of(patient)).hasSize(2);
  }

  @Test
  void refusesAProcedureTypeOutsideTheCatalogNamingTheField() {
    var unknown = anOutsideEsi().type(new ProcedureTypeCode("NO_SUCH_TYPE")).build();

    assertInvalid("procedureType", () -> history.record(patient, unknown, NURSE));
    assertThat(procedures.allOf(patient)).isEmpty();
  }

  @Test
  void acceptsATypeTheClinicNoLongerOffers() {
    types.save(
        ProcedureType.define(
            new ProcedureTypeCode("OLD_BLOCK"),
            ProcedureDefinitionBuilder.aDefinition().active(false).build()));

    OutsideProcedure recorded =
        history.record(
            patient, anOutsideEsi().type(new ProcedureTypeCode("OLD_BLOCK")).build(), NURSE);

    assertThat(recorded.isCurrent()).isTrue();
  }

  @Test
  void answersNotFoundForAnUnknownPatient() {
    assertThatThrownBy(() -> history.record(PatientId.newId(), anOutsideEsi().build(), NURSE))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> history.list(PatientId.newId())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void findsARecordOnlyUnderItsOwnPatient() {
    OutsideProcedure recorded = history.record(patient, anOutsideEsi().build(), NURSE);
    PatientId other =
        patients
            .save(
                Patient.register(
                    new MedicalRecordNumber("MRN-0002"),
                    PatientFixtures.demographics().named("Grace", "Hopper").build(),
                    TODAY))
            .getId();

    assertThat(history.get(patient, recorded.getId()).getId()).isEqualTo(recorded.getId());
    assertThatThrownBy(() -> history.get(other, recorded.getId()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> history.get(patient, OutsideProcedureId.newId()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void correctsOnTheVersionSeenAndRefusesAStaleOne() {
    OutsideProcedure recorded = history.record(patient, anOutsideEsi().build(), NURSE);
    var corrected = anOutsideEsi().on(TODAY.minusMonths(5)).build();

    OutsideProcedure saved = history.correct(patient, recorded.getId(), 0, corrected, PHYSICIAN);

    assertThat(saved.getVersion()).isEqualTo(1);
    assertThat(saved.getDetails()).isEqualTo(corrected);
    assertThat(saved.getCorrected().by()).isEqualTo(PHYSICIAN);
    assertStale(0, 1, () -> history.correct(patient, recorded.getId(), 0, corrected, PHYSICIAN));
  }

  @Test
  void enteredInErrorItLeavesTheCountedHistoryButStaysListedAndFinal() {
    OutsideProcedure recorded = history.record(patient, anOutsideEsi().build(), NURSE);

    OutsideProcedure removed =
        history.enterInError(patient, recorded.getId(), 0, "another patient's letter", PHYSICIAN);

    assertThat(removed.isCurrent()).isFalse();
    assertThat(procedures.of(patient)).isEmpty();
    assertThat(history.list(patient)).hasSize(1);
    assertConflict(
        "ENTERED_IN_ERROR",
        () -> history.enterInError(patient, recorded.getId(), 1, "again", PHYSICIAN));
    assertConflict(
        "ENTERED_IN_ERROR",
        () -> history.correct(patient, recorded.getId(), 1, anOutsideEsi().build(), PHYSICIAN));
  }
}
