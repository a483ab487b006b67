package org.procedura.fhir.web;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.procedura.patient.application.PatientRegister;
import org.procedura.patient.model.MedicalRecordNumber;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.PatientSearch;

/** Patients: read by id, searched by MRN identifier, name and birth date (as the front desk). */
class PatientProvider implements IResourceProvider {
  private final PatientRegister register;

  PatientProvider(PatientRegister register) {
    this.register = register;
  }

  @Override
  public Class<Patient> getResourceType() {
    return Patient.class;
  }

  @Read
  public Patient read(@IdParam IdType id) {
    return PatientResources.of(register.get(new PatientId(FhirIds.uuid(id))).patient());
  }

  @Search
  public IBundleProvider search(
      @OptionalParam(name = Patient.SP_IDENTIFIER) TokenParam identifier,
      @OptionalParam(name = Patient.SP_NAME) StringParam name,
      @OptionalParam(name = Patient.SP_BIRTHDATE) DateParam birthDate,
      @Offset Integer offset,
      @Count Integer count) {
    var search =
        new PatientSearch(name == null ? null : name.getValue(), day(birthDate), mrn(identifier));
    return Paging.bundle(register.search(search, Paging.page(offset, count)), PatientResources::of);
  }

  static MedicalRecordNumber mrn(TokenParam identifier) {
    if (identifier == null) {
      return null;
    }
    if (identifier.getSystem() != null
        && !identifier.getSystem().isEmpty()
        && !identifier.getSystem().equals(FhirSystems.MRN)) {
      throw new InvalidRequestException(
          "identifier: only the clinic's MRN system " + FhirSystems.MRN + " is searched");
    }
    return new MedicalRecordNumber(identifier.getValue());
  }

  private static LocalDate day(DateParam date) {
    if (date == null) {
      return null;
    }
    return FhirDates.day(date, Patient.SP_BIRTHDATE);
  }
}
