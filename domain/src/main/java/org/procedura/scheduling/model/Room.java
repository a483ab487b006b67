package org.procedura.scheduling.model;

import java.util.EnumSet;
import java.util.Set;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedureType.ProcedureDefinition;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.StaleVersionException;

/**
 * A procedure suite, operating room or consult room, with the imaging it has and the care setting
 * it is in (payers treat a hospital outpatient department differently from an office or an ASC); a
 * room without a setting of its own is in the clinic's.
 */
public final class Room {
  private final RoomId id;
  private Setup setup;
  private final Long version;

  public record Setup(
      String name,
      RoomKind kind,
      Set<ImagingModality> imaging,
      boolean active,
      CareSetting careSetting) {
    public Setup {
      name = Check.text(name, "name", 60);
      Check.present(kind, "kind");
      imaging =
          imaging == null || imaging.isEmpty()
              ? Set.of()
              : Set.copyOf(EnumSet.copyOf(Check.noNulls(imaging, "imaging")));
    }
  }

  public Room(RoomId id, Setup setup, Long version) {
    this.id = Check.present(id, "id");
    this.setup = Check.present(setup, "setup");
    this.version = version;
  }

  public static Room open(Setup setup) {
    return new Room(RoomId.newId(), setup, null);
  }

  public void revise(long seenVersion, Setup revised) {
    if (version == null) {
      throw new IllegalStateException("room " + id + " was never stored");
    }
    if (seenVersion != version) {
      throw new StaleVersionException("room " + id, seenVersion, version);
    }
    this.setup = Check.present(revised, "setup");
  }

  /**
   * A procedure needs a procedure suite or an operating room (only an operating room when the
   * catalog says so) equipped with one of the modalities that may guide it.
   */
  public boolean suits(ProcedureDefinition procedure) {
    if (!setup.active() || setup.kind() == RoomKind.CONSULT_ROOM) {
      return false;
    }
    if (procedure.operatingRoomRequired() && setup.kind() != RoomKind.OPERATING_ROOM) {
      return false;
    }
    return !procedure.imaging().guided()
        || procedure.imaging().modalities().stream().anyMatch(setup.imaging()::contains);
  }

  /** Consults and follow-up visits happen in consult rooms. */
  public boolean suitsVisits() {
    return setup.active() && setup.kind() == RoomKind.CONSULT_ROOM;
  }

  public RoomId getId() {
    return id;
  }

  public Setup getSetup() {
    return setup;
  }

  public String getName() {
    return setup.name();
  }

  public Long getVersion() {
    return version;
  }
}
