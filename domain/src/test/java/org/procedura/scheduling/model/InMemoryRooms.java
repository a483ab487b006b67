package org.procedura.scheduling.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.StaleVersionException;

/**
 * The rooms in memory, behaving like the database adapter: copies, versions from 0, stale changes
 * and a name of another room refused, {@link #all()} ordered by name then id.
 */
public final class InMemoryRooms implements Rooms {
  private final Map<RoomId, Room> stored = new LinkedHashMap<>();

  @Override
  public Optional<Room> find(RoomId id) {
    return Optional.ofNullable(stored.get(id)).map(InMemoryRooms::copy);
  }

  @Override
  public List<Room> all() {
    return stored.values().stream()
        .sorted(Comparator.comparing(Room::getName).thenComparing(room -> room.getId().toString()))
        .map(InMemoryRooms::copy)
        .toList();
  }

  @Override
  public Room save(Room room) {
    RoomId id = room.getId();
    long newVersion;
    if (room.getVersion() == null) {
      if (stored.containsKey(id)) {
        throw new IllegalStateException("room " + id + " is already stored");
      }
      newVersion = 0;
    } else {
      Room current = stored.get(id);
      if (current == null) {
        throw new NotFoundException("room", id);
      }
      if (!current.getVersion().equals(room.getVersion())) {
        throw new StaleVersionException("room " + id, room.getVersion(), current.getVersion());
      }
      newVersion = current.getVersion() + 1;
    }
    boolean nameTaken =
        stored.values().stream()
            .anyMatch(other -> !other.getId().equals(id) && other.getName().equals(room.getName()));
    if (nameTaken) {
      throw new ConflictException("ROOM_NAME_IN_USE", "a room is already named " + room.getName());
    }
    Room saved = new Room(id, room.getSetup(), newVersion);
    stored.put(id, saved);
    return copy(saved);
  }

  private static Room copy(Room room) {
    return new Room(room.getId(), room.getSetup(), room.getVersion());
  }
}
