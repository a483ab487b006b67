package org.procedura.patient.application;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.random.RandomGenerator;
import org.procedura.patient.model.ClinicalProfile;
import org.procedura.patient.model.ClinicalProfiles;
import org.procedura.patient.model.MedicalRecordNumber;
import org.procedura.patient.model.Patient;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.PatientSearch;
import org.procedura.patient.model.Patients;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.PageQuery;
import org.procedura.shared.model.PageResult;
import org.procedura.shared.model.PlausibleDates;

/**
 * The front desk's work on patients: register (which opens the patient's empty clinical profile),
 * look up, correct.
 */
public class PatientRegister {
  static final int MRN_ATTEMPTS = 5;

  private final Patients patients;
  private final ClinicalProfiles profiles;
  private final Clock clock;
  private final RandomGenerator random;

  public PatientRegister(
      Patients patients, ClinicalProfiles profiles, Clock clock, RandomGenerator random) {
    this.patients = patients;
    this.profiles = profiles;
    this.clock = clock;
    this.random = random;
  }

  @Transactional
  public PatientRecord register(RegisterPatientCommand command) {
    MedicalRecordNumber mrn = command.mrn() != null ? command.mrn() : unusedMrn();
    if (command.mrn() != null && patients.existsWithMrn(mrn)) {
      throw new ConflictException("MRN_IN_USE", "MRN " + mrn + " belongs to another patient");
    }
    Patient saved = patients.save(Patient.register(mrn, command.demographics(), today()));
    profiles.save(ClinicalProfile.openFor(saved.getId()));
    return withPossibleDuplicates(saved);
  }

  @Transactional
  public PatientRecord get(PatientId id) {
    return withPossibleDuplicates(load(id));
  }

  @Transactional
  public PatientRecord correctDemographics(CorrectDemographicsCommand command) {
    Patient patient = load(command.patientId());
    patient.correctDemographics(command.seenVersion(), command.demographics(), today());
    return withPossibleDuplicates(patients.save(patient));
  }

  @Transactional
  public PageResult<Patient> search(PatientSearch search, PageQuery page) {
    PlausibleDates.inHistory(search.dateOfBirth(), today(), "dateOfBirth");
    return patients.search(search, page);
  }

  private Patient load(PatientId id) {
    return patients.find(id).orElseThrow(() -> new NotFoundException("patient", id));
  }

  private PatientRecord withPossibleDuplicates(Patient patient) {
    var namesakes =
        patients.bornOnWithName(patient.getDateOfBirth(), patient.getName()).stream()
            .filter(patient::couldBeSamePersonAs)
            .toList();
    return new PatientRecord(patient, namesakes);
  }

  private MedicalRecordNumber unusedMrn() {
    for (int attempt = 0; attempt < MRN_ATTEMPTS; attempt++) {
      MedicalRecordNumber candidate = MedicalRecordNumber.assign(random);
      if (!patients.existsWithMrn(candidate)) {
        return candidate;
      }
    }
    throw new ConflictException(
        "MRN_EXHAUSTED", "no unused MRN found; register the patient with an explicit MRN");
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
