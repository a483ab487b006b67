package org.procedura.scheduling.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.patient.model.AdministrativeSex;
import org.procedura.patient.model.ContactDetails;
import org.procedura.patient.model.Demographics;
import org.procedura.patient.model.MedicalRecordNumber;
import org.procedura.patient.model.Patient;
import org.procedura.patient.model.PersonName;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.Clinician;
import org.procedura.scheduling.model.Laterality;
import org.procedura.scheduling.model.Placement;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.scheduling.model.Room;
import org.procedura.scheduling.model.RoomKind;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Npi;
import org.procedura.shared.model.Stamp;

/** Unsaved patients, clinicians, rooms and appointments with unique names for the adapter tests. */
public final class SchedulingFixtures {
  static final Actor FRONT_DESK = new Actor("frontdesk");
  static final ProcedureTypeCode TF_LUMBAR = new ProcedureTypeCode("ESI_TF_LUMB");
  private static int npiSequence = (int) (System.nanoTime() % 100_000_000);

  private SchedulingFixtures() {}

  public static Patient patient() {
    return Patient.register(
        new MedicalRecordNumber("S" + unique(12)),
        new Demographics(
            new PersonName("Pat", "Ient" + unique(6)),
            LocalDate.of(1970, 1, 1),
            AdministrativeSex.OTHER,
            ContactDetails.NONE),
        LocalDate.of(2026, 1, 1));
  }

  public static Clinician clinician() {
    return Clinician.register(
        new Clinician.Profile("Dr. " + unique(8), npi(), Set.of(TF_LUMBAR), true));
  }

  public static Room room() {
    return Room.open(
        new Room.Setup(
            "Suite " + unique(8),
            RoomKind.PROCEDURE_SUITE,
            Set.of(ImagingModality.FLUOROSCOPY),
            true,
            CareSetting.AMBULATORY_SURGERY_CENTER));
  }

  /** A 30-minute lumbar TF-ESI with 10 minutes of turnover, far enough ahead to be bookable. */
  public static Appointment procedure(
      Patient patient, Clinician clinician, Room room, Instant start) {
    return Appointment.bookProcedure(
        patient.getId(),
        TF_LUMBAR,
        ProcedurePurpose.THERAPEUTIC,
        new ProcedureSite(SpinalRegion.LUMBAR, java.util.List.of("L4-L5"), Laterality.LEFT),
        null,
        new Placement(
            clinician.getId(),
            room.getId(),
            TimeSlot.of(start, Duration.ofMinutes(30)),
            Duration.ofMinutes(10)),
        new Stamp(start.minus(1, ChronoUnit.DAYS), FRONT_DESK));
  }

  public static Instant nextMonday9am() {
    return Instant.parse("2027-03-01T14:00:00Z");
  }

  private static synchronized Npi npi() {
    String firstNine = String.format("1%08d", npiSequence++ % 100_000_000);
    for (int check = 0; check < 10; check++) {
      try {
        return new Npi(firstNine + check);
      } catch (RuntimeException wrongCheckDigit) {
        // try the next digit; exactly one is right
      }
    }
    throw new IllegalStateException("no check digit for " + firstNine);
  }

  private static String unique(int length) {
    return UUID.randomUUID().toString().replace("-", "").substring(0, length).toUpperCase();
  }
}
