package org.procedura.patient.web;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.procedura.api.patient.PatientDemographicsRequest;
import org.procedura.api.patient.PatientResponse;
import org.procedura.api.patient.PatientSummary;
import org.procedura.api.patient.RegisterPatientRequest;
import org.procedura.patient.application.PatientRecord;
import org.procedura.patient.application.RegisterPatientCommand;
import org.procedura.patient.model.Demographics;
import org.procedura.patient.model.MedicalRecordNumber;
import org.procedura.patient.model.Patient;
import org.procedura.patient.model.PersonName;

@Mapper
interface PatientWebMapper {

  @Mapping(target = "demographics", source = ".")
  RegisterPatientCommand toCommand(RegisterPatientRequest request);

  @Mapping(target = "name", source = ".")
  Demographics toDemographics(RegisterPatientRequest request);

  @Mapping(target = "given", source = "givenName")
  @Mapping(target = "family", source = "familyName")
  PersonName toName(RegisterPatientRequest request);

  @Mapping(target = "name", source = ".")
  Demographics toDemographics(PatientDemographicsRequest request);

  @Mapping(target = "given", source = "givenName")
  @Mapping(target = "family", source = "familyName")
  PersonName toName(PatientDemographicsRequest request);

  default PatientResponse toResponse(PatientRecord record) {
    return toResponse(record.patient(), record.possibleDuplicates());
  }

  @Mapping(target = "id", source = "patient.id.value")
  @Mapping(target = "mrn", source = "patient.mrn.value")
  @Mapping(target = "givenName", source = "patient.name.given")
  @Mapping(target = "familyName", source = "patient.name.family")
  @Mapping(target = "dateOfBirth", source = "patient.dateOfBirth")
  @Mapping(target = "sex", source = "patient.demographics.sex")
  @Mapping(target = "contact", source = "patient.demographics.contact")
  @Mapping(target = "version", source = "patient.version")
  PatientResponse toResponse(Patient patient, List<Patient> possibleDuplicates);

  @Mapping(target = "id", source = "id.value")
  @Mapping(target = "mrn", source = "mrn.value")
  @Mapping(target = "givenName", source = "name.given")
  @Mapping(target = "familyName", source = "name.family")
  PatientSummary toSummary(Patient patient);

  default MedicalRecordNumber toMrn(String mrn) {
    return mrn == null || mrn.isBlank() ? null : new MedicalRecordNumber(mrn);
  }
}
