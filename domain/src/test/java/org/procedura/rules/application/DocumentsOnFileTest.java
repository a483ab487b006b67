package org.procedura.rules.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.patient.model.PatientFixtures.demographics;
import static org.procedura.patient.model.PatientFixtures.mrn;
import static org.procedura.scheduling.model.SchedulingFixtures.CLOCK;
import static org.procedura.scheduling.model.SchedulingFixtures.FRIDAY;

import org.junit.jupiter.api.Test;
import org.procedura.patient.model.InMemoryPatients;
import org.procedura.patient.model.Patient;
import org.procedura.patient.model.PatientId;
import org.procedura.rules.model.DocumentKind;
import org.procedura.rules.model.DocumentOnRecord;
import org.procedura.rules.model.InMemoryPatientDocuments;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.NotFoundException;

class DocumentsOnFileTest {
  private static final Actor NURSE = new Actor("nurse.ng");

  private final InMemoryPatients patients = new InMemoryPatients();
  private final InMemoryPatientDocuments documents = new InMemoryPatientDocuments();
  private final DocumentsOnFile onFile = new DocumentsOnFile(documents, patients, CLOCK);
  private final Patient walter =
      patients.save(Patient.register(mrn("MRN-0301"), demographics().build(), FRIDAY));

  @Test
  void aDocumentReceivedTodayIsOnFileWithWhoRecordedIt() {
    DocumentOnRecord added =
        onFile.add(
            walter.getId(), DocumentKind.PSYCHOLOGICAL_EVALUATION, FRIDAY, "letter 12", NURSE);

    assertThat(onFile.of(walter.getId())).containsExactly(added);
    assertThat(added.recordedBy()).isEqualTo("nurse.ng");
    assertThat(added.recordedAt()).isEqualTo(CLOCK.instant());
  }

  @Test
  void aDocumentDatedTomorrowIsRefusedAndNothingIsKept() {
    assertThatThrownBy(
            () ->
                onFile.add(
                    walter.getId(),
                    DocumentKind.PRIOR_AUTHORIZATION,
                    FRIDAY.plusDays(1),
                    "PA-1",
                    NURSE))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("receivedOn"));
    assertThat(documents.of(walter.getId())).isEmpty();
  }

  @Test
  void anUnknownPatientHasNoDocuments() {
    PatientId nobody = PatientId.newId();

    assertThatThrownBy(
            () -> onFile.add(nobody, DocumentKind.PRIOR_AUTHORIZATION, FRIDAY, "PA-1", NURSE))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> onFile.of(nobody)).isInstanceOf(NotFoundException.class);
  }
}
