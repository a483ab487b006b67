package org.procedura.fhir.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.ClinicSetup.WEEKDAYS;
import static org.procedura.apitest.ClinicSetup.at;
import static org.procedura.apitest.ClinicSetup.mondayAfterNext;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.Api;
import org.procedura.apitest.ApiIntegrationTest;

/**
 * The round trip an EHR makes: a referral sent as a ServiceRequest (the patient new to the clinic,
 * contained), triaged and accepted by a physician, booked through {@code $book} from the slots
 * {@code $find} proposes, done and recorded, then read back as a Procedure with its body site and
 * side and as Observations of the pain scores (LOINC 72514-3) and disability index.
 */
class FhirReferralRoundTripIT extends ApiIntegrationTest {

  @Test
  void aReferralFromTheEhrIsTriagedBookedDoneAndReadBackAsProcedureAndObservations() {
    UUID physician =
        clinic.clinician(List.of("ESI_TF_LUMB"), LocalTime.of(8, 0), LocalTime.of(17, 0), WEEKDAYS);
    UUID room =
        clinic.room(
            "PROCEDURE_SUITE",
            List.of("FLUOROSCOPY"),
            LocalTime.of(7, 0),
            LocalTime.of(18, 0),
            WEEKDAYS);
    LocalDate monday = mondayAfterNext();
    String mrn = "EHR-" + (System.nanoTime() % 100_000_000);
    var ehr = FhirClient.as(api, "frontdesk");

    var sent = ehr.post("ServiceRequest", referral(mrn));
    assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
    assertThat(sent.headers().firstValue("Location").orElse("")).contains("/fhir/ServiceRequest/");
    ServiceRequest received = sent.resource(ServiceRequest.class);
    String referral = received.getIdElement().getIdPart();
    String patient = received.getSubject().getReferenceElement().getIdPart();
    assertThat(received.getNoteFirstRep().getText()).isEqualTo("Triage: received");
    var again = ehr.post("ServiceRequest", referral(mrn)).resource(ServiceRequest.class);
    assertThat(again.getSubject().getReference())
        .as("the second referral finds the patient by MRN")
        .isEqualTo("Patient/" + patient);
    assertThat(
            ehr.get("Patient/" + patient)
                .resource(Patient.class)
                .getIdentifierFirstRep()
                .getValue())
        .isEqualTo(mrn);

    decide(referral, "triage");
    decide(referral, "accept");

    var found =
        ehr.get(
                "Appointment/$find?service-type=ESI_TF_LUMB&start="
                    + monday
                    + "&end="
                    + monday
                    + "&practitioner=Practitioner/"
                    + physician
                    + "&location=Location/"
                    + room
                    + "&patient=Patient/"
                    + patient
                    + "&_count=1")
            .resource(Bundle.class);
    Appointment proposed = (Appointment) found.getEntryFirstRep().getResource();
    proposed.addBasedOn(new Reference("ServiceRequest/" + referral));
    var parameters = new Parameters();
    parameters.addParameter().setName("appointment").setResource(proposed);
    parameters.addParameter("site-region", new StringType("lumbar"));
    parameters.addParameter("site-level", new StringType("L4-L5"));
    parameters.addParameter("laterality", new StringType("left"));
    var booked = ehr.post("Appointment/$book", parameters);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(200);
    String appointment = booked.resource(Appointment.class).getIdElement().getIdPart();
    assertThat(
            ehr.get("ServiceRequest/" + referral)
                .resource(ServiceRequest.class)
                .getNoteFirstRep()
                .getText())
        .isEqualTo("Triage: scheduled");

    clock.jumpTo(at(monday, 7, 30).toInstant());
    clinic.complete(appointment);
    clock.jumpTo(at(monday, 9, 0).toInstant());
    var recorded =
        api.as("physician").post("/api/v1/procedures/" + appointment + "/record", details(monday));
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);

    var physicianReads = FhirClient.as(api, "physician");
    assertThat(
            physicianReads
                .get("Appointment/" + appointment)
                .resource(Appointment.class)
                .getStatus())
        .isEqualTo(Appointment.AppointmentStatus.FULFILLED);
    Procedure procedure = physicianReads.get("Procedure/" + appointment).resource(Procedure.class);
    assertThat(procedure.getStatus()).isEqualTo(Procedure.ProcedureStatus.COMPLETED);
    assertThat(procedure.getBodySite())
        .extracting(CodeableConcept::getText)
        .containsExactly("lumbar L4-L5, left", "left");
    assertThat(procedure.getBodySite().get(1).getCodingFirstRep().getCode()).isEqualTo("7771000");
    var procedures =
        physicianReads.get("Procedure?patient=Patient/" + patient).resource(Bundle.class);
    assertThat(procedures.getTotal()).isEqualTo(1);

    var pain =
        physicianReads
            .get("Observation?patient=Patient/" + patient + "&code=http://loinc.org|72514-3")
            .resource(Bundle.class);
    assertThat(pain.getEntry()).hasSize(1);
    Observation nrs = (Observation) pain.getEntryFirstRep().getResource();
    assertThat(nrs.getValueQuantity().getValue().intValue()).isEqualTo(8);
    assertThat(nrs.getPartOfFirstRep().getReference()).isEqualTo("Procedure/" + appointment);
    var all = physicianReads.get("Observation?patient=Patient/" + patient).resource(Bundle.class);
    assertThat(all.getEntry())
        .extracting(e -> ((Observation) e.getResource()).getCode().getCoding().getLast().getCode())
        .containsExactlyInAnyOrder("nrs", "odi");
  }

  /** A referral as an EHR would send it: the patient contained, with the clinic's MRN system. */
  private static ServiceRequest referral(String mrn) {
    var patient = new Patient();
    patient.setId("p1");
    patient.addIdentifier(new Identifier().setSystem(FhirSystems.MRN).setValue(mrn));
    patient.addName().setFamily("Roundtrip").addGiven("Ehr");
    patient.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1958-07-14"));
    patient.setGender(AdministrativeGender.FEMALE);
    var request = new ServiceRequest();
    request.addContained(patient);
    request.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
    request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
    request.setPriority(ServiceRequest.ServiceRequestPriority.ROUTINE);
    request.setSubject(new Reference("#p1"));
    request.setCode(
        new CodeableConcept(new Coding(FhirSystems.PROCEDURE_TYPE, "ESI_TF_LUMB", null)));
    request.setRequester(
        new Reference()
            .setIdentifier(new Identifier().setSystem(FhirSystems.NPI).setValue("1234567893"))
            .setDisplay("Dr. Referring"));
    request.addReasonCode(
        new CodeableConcept(new Coding(FhirSystems.ICD10, "M54.16", "Radiculopathy, lumbar region"))
            .setText("Left L5 radiculopathy for 4 months"));
    return request;
  }

  private void decide(String referral, String step) {
    String path = "/api/v1/referrals/" + referral;
    Api.Response read = api.as("physician").get(path);
    Api.Response decided =
        api.as("physician")
            .header("If-Match", read.header("ETag"))
            .post(path + "/" + step, Map.of("note", "fit for a TF-ESI"));
    assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
  }

  private static Map<String, Object> details(LocalDate day) {
    Map<String, Object> details = new HashMap<>();
    details.put("performedAt", at(day, 8, 5).toOffsetDateTime().toString());
    details.put("procedureType", "ESI_TF_LUMB");
    details.put(
        "site", Map.of("region", "LUMBAR", "levels", List.of("L4-L5"), "laterality", "LEFT"));
    details.put("imaging", "FLUOROSCOPY");
    details.put("fluoroscopySeconds", 40);
    details.put("fluoroscopyDoseMgy", 2.1);
    details.put(
        "injectates",
        List.of(
            Map.of("drug", "Lidocaine 2%", "doseMg", 20),
            Map.of("drug", "Dexamethasone", "doseMg", 4)));
    details.put("sedation", "LOCAL_ONLY");
    details.put("complication", Map.of("code", "NONE"));
    details.put("immediatePain", 3);
    return Map.of("details", details);
  }
}
