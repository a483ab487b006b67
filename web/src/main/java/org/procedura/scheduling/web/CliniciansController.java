package org.procedura.scheduling.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.procedura.api.scheduling.AwayRequest;
import org.procedura.api.scheduling.AwayResponse;
import org.procedura.api.scheduling.ClinicianRequest;
import org.procedura.api.scheduling.ClinicianResponse;
import org.procedura.api.scheduling.CliniciansApi;
import org.procedura.api.scheduling.WeeklyHoursDto;
import org.procedura.scheduling.application.ClinicResources;
import org.procedura.scheduling.model.Clinician;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.ResourceRef;
import org.procedura.shared.web.EntityTags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CliniciansController implements CliniciansApi {
  private final ClinicResources resources;
  private final SchedulingWebMapper mapper;
  private final AwayTime away;

  CliniciansController(ClinicResources resources, SchedulingWebMapper mapper, AwayTime away) {
    this.resources = resources;
    this.mapper = mapper;
    this.away = away;
  }

  @Override
  public List<ClinicianResponse> list() {
    return resources.clinicians().stream().map(mapper::toResponse).toList();
  }

  @Override
  public ResponseEntity<ClinicianResponse> get(UUID id) {
    return tagged(ResponseEntity.ok(), resources.clinician(new ClinicianId(id)));
  }

  @Override
  public ResponseEntity<ClinicianResponse> register(ClinicianRequest request) {
    Clinician registered = resources.registerClinician(mapper.toProfile(request));
    return tagged(
        ResponseEntity.created(URI.create("/api/v1/clinicians/" + registered.getId())), registered);
  }

  @Override
  public ResponseEntity<ClinicianResponse> revise(
      UUID id, String ifMatch, ClinicianRequest request) {
    long seen = EntityTags.versionFromIfMatch(ifMatch);
    return tagged(
        ResponseEntity.ok(),
        resources.reviseClinician(new ClinicianId(id), seen, mapper.toProfile(request)));
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
  public List<AwayResponse> timeOff(UUID id, LocalDate from, LocalDate to) {
    return away.list(resource(id), from, to);
  }

  @Override
  public AwayResponse addTimeOff(UUID id, AwayRequest request) {
    return away.add(resource(id), request);
  }

  private static ResourceRef resource(UUID id) {
    return ResourceRef.of(new ClinicianId(id));
  }

  private ResponseEntity<ClinicianResponse> tagged(
      ResponseEntity.BodyBuilder builder, Clinician clinician) {
    return builder.eTag(EntityTags.of(clinician.getVersion())).body(mapper.toResponse(clinician));
  }
}
