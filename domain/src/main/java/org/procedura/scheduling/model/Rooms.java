package org.procedura.scheduling.model;

import java.util.List;
import java.util.Optional;

/** The clinic's rooms. */
public interface Rooms {

  Optional<Room> find(RoomId id);

  /** Every room, active or not, ordered by name. */
  List<Room> all();

  /**
   * @throws org.procedura.shared.model.ConflictException when the name is taken
   * @throws org.procedura.shared.model.StaleVersionException when another change came first
   */
  Room save(Room room);
}
