package org.procedura.patient.persistence;

import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.procedura.patient.model.ContactDetails;
import org.procedura.patient.model.Demographics;
import org.procedura.patient.model.MedicalRecordNumber;
import org.procedura.patient.model.Patient;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.PersonName;

@Mapper
interface PatientPersistenceMapper {

  default Patient toDomain(PatientJpaEntity entity) {
    return new Patient(
        new PatientId(UUID.fromString(entity.getId())),
        new MedicalRecordNumber(entity.getMrn()),
        toDemographics(entity),
        entity.getVersion());
  }

  @Mapping(target = "name", source = ".")
  @Mapping(target = "contact", source = ".")
  Demographics toDemographics(PatientJpaEntity entity);

  @Mapping(target = "given", source = "givenName")
  @Mapping(target = "family", source = "familyName")
  PersonName toName(PatientJpaEntity entity);

  ContactDetails toContact(PatientJpaEntity entity);

  @Mapping(target = "id", source = "id.value")
  @Mapping(target = "mrn", source = "mrn.value")
  @Mapping(target = "version", ignore = true)
  @Mapping(target = "givenName", source = "demographics.name.given")
  @Mapping(target = "familyName", source = "demographics.name.family")
  @Mapping(target = "dateOfBirth", source = "demographics.dateOfBirth")
  @Mapping(target = "sex", source = "demographics.sex")
  @Mapping(target = "phone", source = "demographics.contact.phone")
  @Mapping(target = "email", source = "demographics.contact.email")
  @Mapping(target = "addressLine", source = "demographics.contact.addressLine")
  @Mapping(target = "city", source = "demographics.contact.city")
  @Mapping(target = "postalCode", source = "demographics.contact.postalCode")
  void copyToEntity(Patient patient, @MappingTarget PatientJpaEntity entity);
}
