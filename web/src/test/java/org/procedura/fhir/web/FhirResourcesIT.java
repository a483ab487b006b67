package org.procedura.fhir.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.ClinicSetup.WEEKDAYS;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The FHIR endpoints' reads and searches: the CapabilityStatement, patients by MRN and name with
 * paging, the clinic's staff, rooms and catalog, JSON and XML, refusals as OperationOutcome, and
 * every read of a patient's data in the audit trail under that patient. Every resource answered is
 * validated against base R4.
 */
class FhirResourcesIT extends ApiIntegrationTest {
  @Autowired JdbcTemplate jdbc;

  @Test
  void theCapabilityStatementSaysWhatIsServedAndIsOpen() {
    var answer = FhirClient.anonymous(api).get("metadata");

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    var capability = answer.resource(CapabilityStatement.class);
    var rest = capability.getRestFirstRep();
    assertThat(rest.getResource())
        .extracting(r -> r.getType())
        .containsExactlyInAnyOrder(
            "Patient",
            "Practitioner",
            "PractitionerRole",
            "Location",
            "HealthcareService",
            "Appointment",
            "ServiceRequest",
            "Procedure",
            "Observation",
            "Condition",
            "AllergyIntolerance",
            "MedicationStatement",
            "Coverage",
            "OperationDefinition");
    var appointment =
        rest.getResource().stream()
            .filter(r -> r.getType().equals("Appointment"))
            .findFirst()
            .orElseThrow();
    assertThat(appointment.getOperation()).extracting(o -> o.getName()).contains("find", "book");
    assertThat(capability.getFormat()).extracting(f -> f.getValue()).contains("json", "xml");
  }

  @Test
  void aPatientIsReadAndFoundByMrnAndNameAndEveryReadIsAuditedUnderThePatient() {
    UUID id = clinic.patient();
    var fhir = FhirClient.as(api, "frontdesk");

    var read = fhir.get("Patient/" + id);
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    Patient patient = read.resource(Patient.class);
    String mrn = patient.getIdentifierFirstRep().getValue();
    assertThat(patient.getIdentifierFirstRep().getSystem()).isEqualTo(FhirSystems.MRN);
    assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("1960-02-29");

    var byMrn =
        fhir.get("Patient?identifier=" + FhirSystems.MRN + "|" + mrn).resource(Bundle.class);
    assertThat(byMrn.getTotal()).isEqualTo(1);
    assertThat(byMrn.getEntryFirstRep().getResource().getIdElement().getIdPart())
        .isEqualTo(id.toString());

    var xml = fhir.header("Accept", "application/fhir+xml").get("Patient/" + id);
    assertThat(xml.contentType()).contains("xml");
    assertThat(xml.resource(Patient.class).getIdentifierFirstRep().getValue()).isEqualTo(mrn);

    assertThat(auditedReads(id)).isGreaterThanOrEqualTo(3);
  }

  @Test
  void aSearchPagesWithCountAndOffsetAndIsAuditedForEachPatientItReveals() {
    String family = "Fhirpaging" + UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 3; i++) {
      var created =
          api.as("frontdesk")
              .post(
                  "/api/v1/patients",
                  Map.of(
                      "givenName",
                      "Page" + i,
                      "familyName",
                      family,
                      "dateOfBirth",
                      "1971-05-0" + (i + 1),
                      "sex",
                      "MALE"));
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }
    var fhir = FhirClient.as(api, "nurse");

    var first = fhir.get("Patient?name=" + family + "&_count=2").resource(Bundle.class);
    assertThat(first.getTotal()).isEqualTo(3);
    assertThat(first.getEntry()).hasSize(2);
    String next = first.getLink(Bundle.LINK_NEXT).getUrl();
    assertThat(next).contains("_offset=2").contains("_count=2");

    var second = fhir.get(next.substring(next.indexOf("/fhir/") + 6)).resource(Bundle.class);
    assertThat(second.getEntry()).hasSize(1);
    assertThat(second.getLink(Bundle.LINK_NEXT)).isNull();
    for (var entry : second.getEntry()) {
      assertThat(auditedReads(UUID.fromString(entry.getResource().getIdElement().getIdPart())))
          .isEqualTo(1);
    }

    var unevenOffset = fhir.get("Patient?name=" + family + "&_count=2&_offset=1");
    assertOutcome(unevenOffset, 400, "_offset");
    assertOutcome(fhir.get("Patient?name=" + family + "&_count=101"), 400, "_count");
    assertOutcome(fhir.get("Patient?birthdate=1971"), 400, "birthdate");
    assertOutcome(fhir.get("Patient"), 400, "name");
  }

  @Test
  void theClinicsStaffRoomsAndCatalogAreServed() {
    UUID clinician =
        clinic.clinician(List.of("ESI_TF_LUMB"), LocalTime.of(8, 0), LocalTime.of(17, 0), WEEKDAYS);
    UUID room =
        clinic.room(
            "PROCEDURE_SUITE",
            List.of("FLUOROSCOPY"),
            LocalTime.of(7, 0),
            LocalTime.of(18, 0),
            WEEKDAYS);
    var fhir = FhirClient.as(api, "admin");

    Practitioner practitioner = fhir.get("Practitioner/" + clinician).resource(Practitioner.class);
    assertThat(practitioner.getIdentifierFirstRep().getSystem()).isEqualTo(FhirSystems.NPI);
    var byNpi =
        fhir.get(
                "Practitioner?identifier="
                    + FhirSystems.NPI
                    + "|"
                    + practitioner.getIdentifierFirstRep().getValue())
            .resource(Bundle.class);
    assertThat(byNpi.getTotal()).isEqualTo(1);

    PractitionerRole role =
        fhir.get("PractitionerRole/" + clinician).resource(PractitionerRole.class);
    assertThat(role.getHealthcareService())
        .extracting(r -> r.getReference())
        .containsExactly("HealthcareService/ESI-TF-LUMB");
    var credentialed =
        fhir.get("PractitionerRole?service=HealthcareService/ESI-TF-LUMB&_count=100")
            .resource(Bundle.class);
    assertThat(credentialed.getEntry())
        .extracting(e -> e.getResource().getIdElement().getIdPart())
        .contains(clinician.toString());

    Location location = fhir.get("Location/" + room).resource(Location.class);
    assertThat(location.getType())
        .extracting(t -> t.getCodingFirstRep().getCode())
        .containsExactly("fluoroscopy");
    fhir.get("Location?_count=5").resource(Bundle.class);

    HealthcareService service =
        fhir.get("HealthcareService/ESI-TF-LUMB").resource(HealthcareService.class);
    assertThat(service.getTypeFirstRep().getCoding())
        .extracting(c -> c.getSystem())
        .containsOnly(FhirSystems.CPT);
    var catalog = fhir.get("HealthcareService?active=true&_count=100").resource(Bundle.class);
    assertThat(catalog.getTotal()).isGreaterThanOrEqualTo(18);

    assertOutcome(fhir.get("HealthcareService/NOT-A-TYPE"), 404, "");
    assertOutcome(fhir.get("Practitioner/" + UUID.randomUUID()), 404, "");
    assertOutcome(fhir.get("Practitioner/not-an-id"), 404, "");
  }

  @Test
  void accessFollowsTheMatrixAndRefusalsAreOperationOutcomes() {
    UUID patient = clinic.patient();

    var anonymous = FhirClient.anonymous(api).get("Patient/" + patient);
    assertOutcome(anonymous, 401, "bearer token");
    var admin = FhirClient.as(api, "admin").get("Patient/" + patient);
    assertOutcome(admin, 403, "role");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_event where path = ? and outcome = 'DENIED'",
                Integer.class,
                "/fhir/Patient/" + patient))
        .isEqualTo(2);
    assertOutcome(FhirClient.as(api, "nurse").get("Basic"), 403, "role");
  }

  @Test
  void theClinicalProfileIsServedAsConditionsAllergiesMedicationsAndCoverages() {
    UUID patient = clinic.patient();
    clinic.addToProfile(
        patient,
        "diagnoses",
        Map.of(
            "code", "M54.16",
            "description", "Lumbar radiculopathy",
            "laterality", "LEFT",
            "onsetDate",
                java.time.LocalDate.now(org.procedura.apitest.ClinicSetup.ZONE)
                    .minusMonths(4)
                    .toString()));
    clinic.addToProfile(
        patient, "allergies", Map.of("kind", "IODINATED_CONTRAST", "reaction", "hives"));
    clinic.addToProfile(
        patient,
        "medications",
        Map.of(
            "name", "Clopidogrel 75 mg",
            "antithromboticClass", "CLOPIDOGREL",
            "lastConfirmedOn",
                java.time.LocalDate.now(org.procedura.apitest.ClinicSetup.ZONE).toString()));
    clinic.addToProfile(
        patient,
        "coverages",
        Map.of("payer", "Medicare", "memberId", "1EG4TE5MK73", "ruleSet", "MEDICARE_DEFAULT"));
    var fhir = FhirClient.as(api, "nurse");
    String ofPatient = "?patient=Patient/" + patient;

    var conditions = fhir.get("Condition" + ofPatient).resource(Bundle.class);
    var condition = (org.hl7.fhir.r4.model.Condition) conditions.getEntryFirstRep().getResource();
    assertThat(condition.getCode().getCodingFirstRep().getCode()).isEqualTo("M54.16");
    var allergy =
        (org.hl7.fhir.r4.model.AllergyIntolerance)
            fhir.get("AllergyIntolerance" + ofPatient)
                .resource(Bundle.class)
                .getEntryFirstRep()
                .getResource();
    assertThat(allergy.getCode().getText()).isEqualTo("iodinated contrast media");
    var medication =
        (org.hl7.fhir.r4.model.MedicationStatement)
            fhir.get("MedicationStatement" + ofPatient)
                .resource(Bundle.class)
                .getEntryFirstRep()
                .getResource();
    assertThat(medication.getMedicationCodeableConcept().getCodingFirstRep().getCode())
        .isEqualTo("clopidogrel");
    var coverage =
        (org.hl7.fhir.r4.model.Coverage)
            fhir.get("Coverage" + ofPatient)
                .resource(Bundle.class)
                .getEntryFirstRep()
                .getResource();
    assertThat(coverage.getSubscriberId()).isEqualTo("1EG4TE5MK73");
    assertThat(auditedReads(patient)).isEqualTo(4);
    assertOutcome(fhir.get("Condition?patient=Patient/" + UUID.randomUUID()), 404, "");
  }

  private int auditedReads(UUID patient) {
    return jdbc.queryForObject(
        "select count(*) from audit_event where patient_id = ? and path like '/fhir/%'"
            + " and action = 'READ' and outcome = 'ALLOWED'",
        Integer.class, patient.toString());
  }

  static OperationOutcome assertOutcome(FhirClient.Answer answer, int status, String mentions) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.contentType()).contains("fhir+json");
    var outcome = answer.resource(OperationOutcome.class);
    assertThat(outcome.getIssueFirstRep().getDiagnostics()).containsIgnoringCase(mentions);
    return outcome;
  }
}
