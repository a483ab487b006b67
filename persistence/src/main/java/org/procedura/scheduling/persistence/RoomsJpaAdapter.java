package org.procedura.scheduling.persistence;

import java.util.List;
import java.util.Optional;
import org.procedura.scheduling.model.Room;
import org.procedura.scheduling.model.RoomId;
import org.procedura.scheduling.model.Rooms;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.persistence.Constraints;
import org.procedura.shared.persistence.Versions;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

@Component
class RoomsJpaAdapter implements Rooms {
  private final RoomJpaRepository repository;
  private final ResourcePersistenceMapper mapper;

  RoomsJpaAdapter(RoomJpaRepository repository, ResourcePersistenceMapper mapper) {
    this.repository = repository;
    this.mapper = mapper;
  }

  @Override
  public Optional<Room> find(RoomId id) {
    return repository.findById(id.toString()).map(mapper::toDomain);
  }

  @Override
  public List<Room> all() {
    return repository.findAllByOrderByNameAscIdAsc().stream().map(mapper::toDomain).toList();
  }

  @Override
  public Room save(Room room) {
    String id = room.getId().toString();
    RoomJpaEntity entity;
    if (room.getVersion() == null) {
      entity = new RoomJpaEntity();
      entity.setId(id);
    } else {
      entity = Versions.loadAt(repository, id, room.getVersion(), "room");
    }
    mapper.copyToEntity(room, entity);
    try {
      return mapper.toDomain(Versions.saveAndFlush(repository, entity, "room " + id));
    } catch (DataIntegrityViolationException e) {
      if (Constraints.violated(e, "uk_room_name")) {
        throw new ConflictException(
            "ROOM_NAME_IN_USE", "a room is already named " + room.getName());
      }
      throw e;
    }
  }
}
