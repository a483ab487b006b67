package org.procedura.fhir.web;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.procedura.patient.model.AdministrativeSex;
import org.procedura.patient.model.ContactDetails;
import org.procedura.patient.model.Demographics;

/** A registered patient as a FHIR Patient: the MRN under the clinic's system, demographics. */
final class PatientResources {
  private PatientResources() {}

  static Patient of(org.procedura.patient.model.Patient patient) {
    Demographics demographics = patient.getDemographics();
    var resource = new Patient();
    resource.setId(patient.getId().value().toString());
    if (patient.getVersion() != null) {
      resource.getMeta().setVersionId(patient.getVersion().toString());
    }
    resource.addIdentifier(mrn(patient.getMrn().value()));
    resource.setActive(true);
    resource.addName(
        new HumanName()
            .setUse(HumanName.NameUse.OFFICIAL)
            .setFamily(demographics.name().family())
            .addGiven(demographics.name().given()));
    resource.setBirthDate(java.sql.Date.valueOf(demographics.dateOfBirth()));
    resource.setGender(gender(demographics.sex()));
    ContactDetails contact = demographics.contact();
    if (contact.phone() != null) {
      resource.addTelecom(
          new ContactPoint()
              .setSystem(ContactPoint.ContactPointSystem.PHONE)
              .setValue(contact.phone()));
    }
    if (contact.email() != null) {
      resource.addTelecom(
          new ContactPoint()
              .setSystem(ContactPoint.ContactPointSystem.EMAIL)
              .setValue(contact.email()));
    }
    if (contact.addressLine() != null || contact.city() != null || contact.postalCode() != null) {
      var address = resource.addAddress();
      if (contact.addressLine() != null) {
        address.addLine(contact.addressLine());
      }
      address.setCity(contact.city()).setPostalCode(contact.postalCode());
    }
    return resource;
  }

  static Identifier mrn(String value) {
    return new Identifier()
        .setUse(Identifier.IdentifierUse.USUAL)
        .setType(
            new CodeableConcept(
                new Coding(FhirSystems.V2_IDENTIFIER_TYPE, "MR", "Medical record number")))
        .setSystem(FhirSystems.MRN)
        .setValue(value);
  }

  static AdministrativeGender gender(AdministrativeSex sex) {
    return switch (sex) {
      case FEMALE -> AdministrativeGender.FEMALE;
      case MALE -> AdministrativeGender.MALE;
      case OTHER -> AdministrativeGender.OTHER;
      case UNKNOWN -> AdministrativeGender.UNKNOWN;
    };
  }

  static AdministrativeSex sex(AdministrativeGender gender) {
    if (gender == null) {
      return AdministrativeSex.UNKNOWN;
    }
    return switch (gender) {
      case FEMALE -> AdministrativeSex.FEMALE;
      case MALE -> AdministrativeSex.MALE;
      case OTHER -> AdministrativeSex.OTHER;
      case UNKNOWN, NULL -> AdministrativeSex.UNKNOWN;
    };
  }
}
