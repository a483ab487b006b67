package org.procedura.referral.web;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.procedura.api.patient.RegisterPatientRequest;
import org.procedura.api.referral.ReferralRequest;
import org.procedura.api.referral.ReferralResponse;
import org.procedura.api.referral.ReferralStatus;
import org.procedura.api.referral.ReferralWorklistEntry;
import org.procedura.api.referral.StatusChangeResponse;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.patient.application.RegisterPatientCommand;
import org.procedura.patient.model.Demographics;
import org.procedura.patient.model.Icd10Code;
import org.procedura.patient.model.MedicalRecordNumber;
import org.procedura.patient.model.PainDuration;
import org.procedura.patient.model.PersonName;
import org.procedura.referral.application.ReferralView;
import org.procedura.referral.application.WaitingReferral;
import org.procedura.referral.model.ReferralDetails;
import org.procedura.referral.model.StatusChange;
import org.procedura.shared.model.Npi;

@Mapper
interface ReferralWebMapper {

  ReferralDetails toDetails(ReferralRequest request);

  org.procedura.referral.model.ReferralStatus toStatus(ReferralStatus status);

  @Mapping(target = "demographics", source = ".")
  RegisterPatientCommand toNewPatient(RegisterPatientRequest request);

  @Mapping(target = "name", source = ".")
  Demographics toDemographics(RegisterPatientRequest request);

  @Mapping(target = "given", source = "givenName")
  @Mapping(target = "family", source = "familyName")
  PersonName toName(RegisterPatientRequest request);

  @Mapping(target = "id", source = "referral.id.value")
  @Mapping(target = "patientId", source = "referral.patientId.value")
  @Mapping(target = "status", source = "referral.status")
  @Mapping(target = ".", source = "referral.details")
  @Mapping(target = "painDuration", source = ".", qualifiedByName = "painDuration")
  @Mapping(target = "chronicPain", source = ".", qualifiedByName = "chronicPain")
  @Mapping(target = "declineReason", source = "referral.declineReason")
  @Mapping(target = "appointmentReference", source = "referral.appointmentReference")
  @Mapping(target = "history", source = "referral.history")
  @Mapping(target = "version", source = "referral.version")
  ReferralResponse toResponse(ReferralView view);

  @Mapping(target = "at", source = "stamp.at")
  @Mapping(target = "by", source = "stamp.by.username")
  StatusChangeResponse toResponse(StatusChange change);

  @Mapping(target = "id", source = "referral.id.value")
  @Mapping(target = "patientId", source = "referral.patientId.value")
  @Mapping(target = "mrn", source = "referral.mrn.value")
  @Mapping(target = "givenName", source = "referral.patientName.given")
  @Mapping(target = "familyName", source = "referral.patientName.family")
  @Mapping(target = ".", source = "referral")
  ReferralWorklistEntry toWorklistEntry(WaitingReferral waiting);

  @Named("painDuration")
  default String painDuration(ReferralView view) {
    PainDuration duration = view.painDuration();
    return duration == null ? null : duration.length().toString();
  }

  @Named("chronicPain")
  default Boolean chronicPain(ReferralView view) {
    PainDuration duration = view.painDuration();
    return duration == null ? null : duration.chronic();
  }

  default Npi toNpi(String npi) {
    return npi == null ? null : Npi.named(npi, "referringProvider.npi");
  }

  default String fromNpi(Npi npi) {
    return npi.value();
  }

  default Icd10Code toIcd10(String code) {
    return code == null ? null : new Icd10Code(code);
  }

  default String fromIcd10(Icd10Code code) {
    return code.value();
  }

  default ProcedureTypeCode toProcedureType(String code) {
    return code == null || code.isBlank() ? null : new ProcedureTypeCode(code);
  }

  default String fromProcedureType(ProcedureTypeCode code) {
    return code == null ? null : code.value();
  }

  default MedicalRecordNumber toMrn(String mrn) {
    return mrn == null || mrn.isBlank() ? null : new MedicalRecordNumber(mrn);
  }
}
