package org.procedura.rules.web;

import java.util.List;
import java.util.UUID;
import org.procedura.api.rules.DocumentRequest;
import org.procedura.api.rules.DocumentResponse;
import org.procedura.api.rules.DocumentsApi;
import org.procedura.patient.model.PatientId;
import org.procedura.rules.application.DocumentsOnFile;
import org.procedura.rules.model.DocumentOnRecord;
import org.procedura.shared.web.ClinicTime;
import org.procedura.shared.web.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DocumentsController implements DocumentsApi {
  private final DocumentsOnFile documents;
  private final RulesWebMapper mapper;
  private final ClinicTime time;
  private final CurrentActor actor;

  DocumentsController(
      DocumentsOnFile documents, RulesWebMapper mapper, ClinicTime time, CurrentActor actor) {
    this.documents = documents;
    this.mapper = mapper;
    this.time = time;
    this.actor = actor;
  }

  @Override
  public List<DocumentResponse> list(UUID patientId) {
    return documents.of(new PatientId(patientId)).stream().map(this::toResponse).toList();
  }

  @Override
  public ResponseEntity<DocumentResponse> add(UUID patientId, DocumentRequest request) {
    var added =
        documents.add(
            new PatientId(patientId),
            mapper.toKind(request.kind()),
            request.receivedOn(),
            request.reference(),
            actor.get());
    return ResponseEntity.status(HttpStatus.CREATED).body(toResponse(added));
  }

  private DocumentResponse toResponse(DocumentOnRecord document) {
    return new DocumentResponse(
        document.id(),
        mapper.toDto(document.kind()),
        document.receivedOn(),
        document.reference(),
        document.recordedBy(),
        time.toOffset(document.recordedAt()));
  }
}
