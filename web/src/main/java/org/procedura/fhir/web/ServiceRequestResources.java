package org.procedura.fhir.web;

import java.util.Locale;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestPriority;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.procedura.referral.model.Referral;
import org.procedura.referral.model.ReferralDetails;
import org.procedura.referral.model.ReferralStatus;
import org.procedura.referral.model.Urgency;

/**
 * A referral as a FHIR ServiceRequest: an order from the referring provider (by NPI) for the
 * patient, with the procedure type asked for, the reason and diagnoses (ICD-10), its urgency, and
 * where it stands in the clinic's triage as its status and a note.
 */
final class ServiceRequestResources {
  private ServiceRequestResources() {}

  static final String REFERRAL_CATEGORY_SYSTEM = "http://snomed.info/sct";

  static ServiceRequest of(Referral referral) {
    ReferralDetails details = referral.getDetails();
    var resource = new ServiceRequest();
    resource.setId(referral.getId().value().toString());
    if (referral.getVersion() != null) {
      resource.getMeta().setVersionId(referral.getVersion().toString());
    }
    resource.setStatus(status(referral.getStatus()));
    resource.setIntent(ServiceRequestIntent.ORDER);
    resource.addCategory(
        new CodeableConcept(new Coding(REFERRAL_CATEGORY_SYSTEM, "3457005", "Patient referral")));
    resource.setPriority(
        details.urgency() == Urgency.URGENT
            ? ServiceRequestPriority.URGENT
            : ServiceRequestPriority.ROUTINE);
    var code = new CodeableConcept();
    if (details.requestedProcedureType() != null) {
      code.addCoding(
          new Coding(FhirSystems.PROCEDURE_TYPE, details.requestedProcedureType().value(), null));
    } else {
      code.setText("interventional pain management evaluation");
    }
    resource.setCode(code);
    resource.setSubject(FhirIds.reference("Patient", referral.getPatientId().value()));
    resource.setAuthoredOn(FhirDates.date(details.receivedOn()));
    resource.setRequester(
        new Reference()
            .setIdentifier(
                new Identifier()
                    .setSystem(FhirSystems.NPI)
                    .setValue(details.referringProvider().npi().value()))
            .setDisplay(details.referringProvider().name()));
    resource.addReasonCode(new CodeableConcept().setText(details.reason()));
    details
        .diagnoses()
        .forEach(
            diagnosis ->
                resource.addReasonCode(
                    new CodeableConcept(
                            new Coding(FhirSystems.ICD10, diagnosis.code().value(), null))
                        .setText(diagnosis.description())));
    resource.addNote(
        new Annotation()
            .setText(
                "Triage: "
                    + referral.getStatus().name().toLowerCase(Locale.ROOT)
                    + (referral.getDeclineReason() == null
                        ? ""
                        : " (" + referral.getDeclineReason() + ")")));
    if (details.notes() != null) {
      resource.addNote(new Annotation().setText(details.notes()));
    }
    return resource;
  }

  static ServiceRequestStatus status(ReferralStatus status) {
    return switch (status) {
      case RECEIVED, TRIAGED, ACCEPTED, SCHEDULED -> ServiceRequestStatus.ACTIVE;
      case DECLINED -> ServiceRequestStatus.REVOKED;
      case CLOSED -> ServiceRequestStatus.COMPLETED;
    };
  }
}
