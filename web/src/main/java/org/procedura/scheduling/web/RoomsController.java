package org.procedura.scheduling.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.procedura.api.scheduling.AwayRequest;
import org.procedura.api.scheduling.AwayResponse;
import org.procedura.api.scheduling.RoomRequest;
import org.procedura.api.scheduling.RoomResponse;
import org.procedura.api.scheduling.RoomsApi;
import org.procedura.api.scheduling.WeeklyHoursDto;
import org.procedura.scheduling.application.ClinicResources;
import org.procedura.scheduling.model.ResourceRef;
import org.procedura.scheduling.model.Room;
import org.procedura.scheduling.model.RoomId;
import org.procedura.shared.web.EntityTags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RoomsController implements RoomsApi {
  private final ClinicResources resources;
  private final SchedulingWebMapper mapper;
  private final AwayTime away;

  RoomsController(ClinicResources resources, SchedulingWebMapper mapper, AwayTime away) {
    this.resources = resources;
    this.mapper = mapper;
    this.away = away;
  }

  @Override
  public List<RoomResponse> list() {
    return resources.rooms().stream().map(mapper::toResponse).toList();
  }

  @Override
  public ResponseEntity<RoomResponse> get(UUID id) {
    return tagged(ResponseEntity.ok(), resources.room(new RoomId(id)));
  }

  @Override
  public ResponseEntity<RoomResponse> open(RoomRequest request) {
    Room opened = resources.openRoom(mapper.toSetup(request));
    return tagged(ResponseEntity.created(URI.create("/api/v1/rooms/" + opened.getId())), opened);
  }

  @Override
  public ResponseEntity<RoomResponse> revise(UUID id, String ifMatch, RoomRequest request) {
    long seen = EntityTags.versionFromIfMatch(ifMatch);
    return tagged(
        ResponseEntity.ok(), resources.reviseRoom(new RoomId(id), seen, mapper.toSetup(request)));
  }

  @Override
  public WeeklyHoursDto workingHours(UUID id) {
    return mapper.toDto(resources.hours(resource(id)));
  }

  @Override
  public WeeklyHoursDto replaceWorkingHours(UUID id, WeeklyHoursDto hours) {
    return mapper.toDto(resources.replaceHours(resource(id), mapper.toHours(hours)));
  }

  @Override
  public List<AwayResponse> maintenance(UUID id, LocalDate from, LocalDate to) {
    return away.list(resource(id), from, to);
  }

  @Override
  public AwayResponse addMaintenance(UUID id, AwayRequest request) {
    return away.add(resource(id), request);
  }

  private static ResourceRef resource(UUID id) {
    return ResourceRef.of(new RoomId(id));
  }

  private ResponseEntity<RoomResponse> tagged(ResponseEntity.BodyBuilder builder, Room room) {
    return builder.eTag(EntityTags.of(room.getVersion())).body(mapper.toResponse(room));
  }
}
