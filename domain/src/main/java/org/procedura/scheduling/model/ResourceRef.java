package org.procedura.scheduling.model;

import java.util.UUID;
import org.procedura.shared.model.Check;

/** Something that can be booked only once at a time: a clinician, a room or a patient. */
public record ResourceRef(Kind kind, UUID id) {
  public enum Kind {
    CLINICIAN,
    ROOM,
    PATIENT
  }

  public ResourceRef {
    Check.present(kind, "resource.kind");
    Check.present(id, "resource.id");
  }

  public static ResourceRef of(ClinicianId clinician) {
    return new ResourceRef(Kind.CLINICIAN, clinician.value());
  }

  public static ResourceRef of(RoomId room) {
    return new ResourceRef(Kind.ROOM, room.value());
  }

  public static ResourceRef ofPatient(UUID patient) {
    return new ResourceRef(Kind.PATIENT, patient);
  }
}
