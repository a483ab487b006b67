package org.procedura.fhir.web;

/** The code and identifier systems the FHIR resources use. */
final class FhirSystems {
  private FhirSystems() {}

  /** The clinic's medical record numbers. */
  static final String MRN = "https://procedura.org/fhir/sid/mrn";

  static final String NPI = "http://hl7.org/fhir/sid/us-npi";
  static final String CPT = "http://www.ama-assn.org/go/cpt";
  static final String LOINC = "http://loinc.org";
  static final String ICD10 = "http://hl7.org/fhir/sid/icd-10-cm";

  /** The clinic's procedure catalog: a procedure type's code. */
  static final String PROCEDURE_TYPE = "https://procedura.org/fhir/CodeSystem/procedure-type";

  /** The clinic's payer and safety rules, by rule id. */
  static final String RULE = "https://procedura.org/fhir/CodeSystem/rule";

  static final String IMAGING = "https://procedura.org/fhir/CodeSystem/imaging";
  static final String V2_IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203";
  static final String V2_APPOINTMENT_REASON = "http://terminology.hl7.org/CodeSystem/v2-0276";
  static final String LOCATION_PHYSICAL_TYPE =
      "http://terminology.hl7.org/CodeSystem/location-physical-type";
}
