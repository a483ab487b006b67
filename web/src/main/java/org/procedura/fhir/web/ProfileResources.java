package org.procedura.fhir.web;

import java.util.Locale;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.procedura.patient.model.Allergy;
import org.procedura.patient.model.Diagnosis;
import org.procedura.patient.model.Medication;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.ProfileEntry;

/**
 * The clinical profile as FHIR, one resource per entry (its id the entry's): diagnoses as
 * Conditions (ICD-10-CM), allergies as AllergyIntolerances, medications as MedicationStatements
 * (with their antithrombotic class, which the holds are decided on), coverages as Coverages. An
 * entry that was ended is kept, resolved, inactive, completed or cancelled from the day it ended.
 */
final class ProfileResources {
  private ProfileResources() {}

  private static final String CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
  private static final String VERIFICATION =
      "http://terminology.hl7.org/CodeSystem/condition-ver-status";
  private static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
  private static final String ALLERGY_CLINICAL =
      "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical";
  private static final String ALLERGY_VERIFICATION =
      "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification";
  private static final String COVERAGE_CLASS =
      "http://terminology.hl7.org/CodeSystem/coverage-class";
  static final String ANTITHROMBOTIC = "https://procedura.org/fhir/CodeSystem/antithrombotic-class";

  static Condition condition(PatientId patient, ProfileEntry<Diagnosis> entry) {
    Diagnosis diagnosis = entry.details();
    var resource = new Condition();
    resource.setId(entry.id().value().toString());
    resource.setClinicalStatus(
        new CodeableConcept(new Coding(CLINICAL, entry.isCurrent() ? "active" : "resolved", null)));
    resource.setVerificationStatus(
        new CodeableConcept(new Coding(VERIFICATION, "confirmed", null)));
    resource.addCategory(new CodeableConcept(new Coding(CATEGORY, "problem-list-item", null)));
    resource.setCode(
        new CodeableConcept(new Coding(FhirSystems.ICD10, diagnosis.code().value(), null))
            .setText(diagnosis.description()));
    resource.setSubject(subject(patient));
    if (diagnosis.onsetDate() != null) {
      resource.setOnset(new org.hl7.fhir.r4.model.DateTimeType(diagnosis.onsetDate().toString()));
    }
    if (entry.endedOn() != null) {
      resource.setAbatement(new org.hl7.fhir.r4.model.DateTimeType(entry.endedOn().toString()));
    }
    if (diagnosis.laterality() != null) {
      resource.addBodySite(
          new CodeableConcept().setText(diagnosis.laterality().name().toLowerCase(Locale.ROOT)));
    }
    resource.setRecordedDate(java.util.Date.from(entry.recorded().at()));
    return resource;
  }

  static AllergyIntolerance allergy(PatientId patient, ProfileEntry<Allergy> entry) {
    Allergy allergy = entry.details();
    var resource = new AllergyIntolerance();
    resource.setId(entry.id().value().toString());
    resource.setClinicalStatus(
        new CodeableConcept(
            new Coding(ALLERGY_CLINICAL, entry.isCurrent() ? "active" : "inactive", null)));
    resource.setVerificationStatus(
        new CodeableConcept(new Coding(ALLERGY_VERIFICATION, "confirmed", null)));
    resource.setType(AllergyIntolerance.AllergyIntoleranceType.ALLERGY);
    switch (allergy.kind()) {
      case IODINATED_CONTRAST, LOCAL_ANESTHETIC ->
          resource.addCategory(AllergyIntolerance.AllergyIntoleranceCategory.MEDICATION);
      case LATEX -> resource.addCategory(AllergyIntolerance.AllergyIntoleranceCategory.ENVIRONMENT);
      case OTHER -> {}
    }
    String kind =
        switch (allergy.kind()) {
          case IODINATED_CONTRAST -> "iodinated contrast media";
          case LATEX -> "latex";
          case LOCAL_ANESTHETIC -> "local anaesthetic";
          case OTHER -> "other";
        };
    resource.setCode(
        new CodeableConcept()
            .setText(allergy.substance() == null ? kind : kind + ": " + allergy.substance()));
    resource.setPatient(subject(patient));
    resource.setRecordedDate(java.util.Date.from(entry.recorded().at()));
    if (allergy.reaction() != null) {
      resource.addReaction().addManifestation(new CodeableConcept().setText(allergy.reaction()));
    }
    return resource;
  }

  static MedicationStatement medication(PatientId patient, ProfileEntry<Medication> entry) {
    Medication medication = entry.details();
    var resource = new MedicationStatement();
    resource.setId(entry.id().value().toString());
    resource.setStatus(
        entry.isCurrent()
            ? MedicationStatement.MedicationStatementStatus.ACTIVE
            : MedicationStatement.MedicationStatementStatus.STOPPED);
    resource.setMedication(
        new CodeableConcept(
                new Coding(
                    ANTITHROMBOTIC,
                    medication
                        .antithromboticClass()
                        .name()
                        .toLowerCase(Locale.ROOT)
                        .replace('_', '-'),
                    null))
            .setText(medication.name()));
    resource.setSubject(subject(patient));
    resource.setDateAsserted(FhirDates.date(medication.lastConfirmedOn()));
    if (entry.endedOn() != null) {
      resource.setEffective(
          new Period()
              .setEndElement(new org.hl7.fhir.r4.model.DateTimeType(entry.endedOn().toString())));
    }
    resource.addNote(
        new Annotation()
            .setText("Last confirmed on " + medication.lastConfirmedOn() + " with the patient"));
    return resource;
  }

  static Coverage coverage(
      PatientId patient, ProfileEntry<org.procedura.patient.model.Coverage> entry) {
    var coverage = entry.details();
    var resource = new Coverage();
    resource.setId(entry.id().value().toString());
    resource.setStatus(
        entry.isCurrent() ? Coverage.CoverageStatus.ACTIVE : Coverage.CoverageStatus.CANCELLED);
    resource.setBeneficiary(subject(patient));
    resource.setSubscriberId(coverage.memberId());
    resource.addPayor(new Reference().setDisplay(coverage.payer()));
    if (coverage.plan() != null) {
      resource
          .addClass_()
          .setType(new CodeableConcept(new Coding(COVERAGE_CLASS, "plan", null)))
          .setValue(coverage.plan())
          .setName(coverage.plan());
    }
    if (entry.endedOn() != null) {
      resource.setPeriod(
          new Period()
              .setEndElement(new org.hl7.fhir.r4.model.DateTimeType(entry.endedOn().toString())));
    }
    return resource;
  }

  private static Reference subject(PatientId patient) {
    return FhirIds.reference("Patient", patient.value());
  }
}
