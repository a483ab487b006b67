package org.procedura.patient.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.procedura.api.common.PageResponse;
import org.procedura.api.patient.PatientDemographicsRequest;
import org.procedura.api.patient.PatientResponse;
import org.procedura.api.patient.PatientSummary;
import org.procedura.api.patient.PatientsApi;
import org.procedura.api.patient.RegisterPatientRequest;
import org.procedura.patient.application.CorrectDemographicsCommand;
import org.procedura.patient.application.PatientRecord;
import org.procedura.patient.application.PatientRegister;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.PatientSearch;
import org.procedura.shared.model.PageQuery;
import org.procedura.shared.web.EntityTags;
import org.procedura.shared.web.PageResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PatientController implements PatientsApi {
  private final PatientRegister register;
  private final PatientWebMapper mapper;

  PatientController(PatientRegister register, PatientWebMapper mapper) {
    this.register = register;
    this.mapper = mapper;
  }

  @Override
  public ResponseEntity<PatientResponse> register(RegisterPatientRequest request) {
    PatientRecord registered = register.register(mapper.toCommand(request));
    URI location = URI.create("/api/v1/patients/" + registered.patient().getId());
    return withTag(ResponseEntity.created(location), registered);
  }

  @Override
  public ResponseEntity<PatientResponse> get(UUID id) {
    return withTag(ResponseEntity.ok(), register.get(new PatientId(id)));
  }

  @Override
  public ResponseEntity<PatientResponse> correctDemographics(
      UUID id, String ifMatch, PatientDemographicsRequest request) {
    var command =
        new CorrectDemographicsCommand(
            new PatientId(id),
            EntityTags.versionFromIfMatch(ifMatch),
            mapper.toDemographics(request));
    return withTag(ResponseEntity.ok(), register.correctDemographics(command));
  }

  @Override
  public PageResponse<PatientSummary> search(
      String name, LocalDate dateOfBirth, String mrn, int page, int size) {
    var search = new PatientSearch(name, dateOfBirth, mapper.toMrn(mrn));
    return PageResponses.of(register.search(search, new PageQuery(page, size)), mapper::toSummary);
  }

  private ResponseEntity<PatientResponse> withTag(
      ResponseEntity.BodyBuilder builder, PatientRecord record) {
    return builder
        .eTag(EntityTags.of(record.patient().getVersion()))
        .body(mapper.toResponse(record));
  }
}
