package org.procedura.scheduling.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.catalog.model.ProcedureDefinitionBuilder.aDefinition;
import static org.procedura.scheduling.model.SchedulingFixtures.CLOCK;
import static org.procedura.scheduling.model.SchedulingFixtures.ESI;
import static org.procedura.scheduling.model.SchedulingFixtures.FRONT_DESK;
import static org.procedura.scheduling.model.SchedulingFixtures.MONDAY;
import static org.procedura.scheduling.model.SchedulingFixtures.NPI_5;
import static org.procedura.scheduling.model.SchedulingFixtures.at;
import static org.procedura.scheduling.model.SchedulingFixtures.clinician;
import static org.procedura.scheduling.model.SchedulingFixtures.weekdays;
import static org.procedura.shared.model.DomainAssertions.assertInvalid;

import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.Clinician;
import org.procedura.scheduling.model.Laterality;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.scheduling.model.ResourceRef;

/**
 * A procedure is booked for a purpose: a sacroiliac joint injection says whether it is diagnostic
 * or therapeutic, since the payer rules count them apart; a type of one purpose is booked for it.
 */
class BookedPurposeTest {
  private static final ProcedureTypeCode SI_JOINT = new ProcedureTypeCode("SI_JOINT");
  private static final ProcedureSite LEFT = new ProcedureSite(null, null, Laterality.LEFT);

  private final TestClinic clinic = new TestClinic(CLOCK);
  private final BookProcedure booking = clinic.bookProcedure();
  private final Clinician physician;

  BookedPurposeTest() {
    clinic.procedureTypes.save(
        ProcedureType.define(
            SI_JOINT,
            aDefinition()
                .name("Sacroiliac joint injection")
                .purpose(ProcedurePurpose.DIAGNOSTIC_OR_THERAPEUTIC)
                .anatomy(org.procedura.catalog.model.Anatomies.ONE_SIDE)
                .build()));
    physician = clinic.clinicians.save(clinician("Dr. Diaz", NPI_5, SI_JOINT, ESI));
    clinic.workingTime.replaceHours(ResourceRef.of(physician.getId()), weekdays("08:00", "17:00"));
  }

  private BookProcedureCommand siJoint(ProcedurePurpose purpose) {
    return new BookProcedureCommand(
        clinic.ada.getId(),
        SI_JOINT,
        physician.getId(),
        clinic.suiteA.getId(),
        at(MONDAY, "09:00"),
        LEFT,
        null,
        null,
        purpose);
  }

  private Appointment book(BookProcedureCommand command) {
    return booking.book(command, FRONT_DESK, null);
  }

  @Test
  void aSacroiliacJointInjectionIsBookedForThePurposeItNames() {
    Appointment booked = book(siJoint(ProcedurePurpose.THERAPEUTIC));

    assertThat(clinic.appointments.find(booked.getId()).orElseThrow().getPurpose())
        .isEqualTo(ProcedurePurpose.THERAPEUTIC);
  }

  @Test
  void aSacroiliacJointInjectionWithoutAPurposeIsRefusedAndNothingIsBooked() {
    assertInvalid("purpose", () -> book(siJoint(null)));
    assertInvalid("purpose", () -> book(siJoint(ProcedurePurpose.DIAGNOSTIC_OR_THERAPEUTIC)));

    assertThat(clinic.appointments.count()).isZero();
  }

  @Test
  void aTypeOfOnePurposeIsBookedForItAndRefusesAnother() {
    BookProcedureCommand esi = clinic.esi(at(MONDAY, "10:00"));
    BookProcedureCommand diagnosticEsi =
        new BookProcedureCommand(
            esi.patient(),
            esi.procedureType(),
            esi.clinician(),
            esi.room(),
            esi.start(),
            esi.site(),
            null,
            null,
            ProcedurePurpose.DIAGNOSTIC);

    assertThat(book(esi).getPurpose()).isEqualTo(ProcedurePurpose.THERAPEUTIC);
    assertInvalid("purpose", () -> book(diagnosticEsi));
    assertThat(clinic.appointments.count()).isOne();
  }
}
