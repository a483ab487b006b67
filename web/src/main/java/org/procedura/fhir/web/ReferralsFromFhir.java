package org.procedura.fhir.web;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestPriority;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.patient.application.PatientRegister;
import org.procedura.patient.application.RegisterPatientCommand;
import org.procedura.patient.model.ContactDetails;
import org.procedura.patient.model.Demographics;
import org.procedura.patient.model.Icd10Code;
import org.procedura.patient.model.MedicalRecordNumber;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.PatientSearch;
import org.procedura.patient.model.PersonName;
import org.procedura.referral.application.ReceiveReferralCommand;
import org.procedura.referral.model.ConservativeCare;
import org.procedura.referral.model.ReferralDetails;
import org.procedura.referral.model.ReferralDiagnosis;
import org.procedura.referral.model.ReferringProvider;
import org.procedura.referral.model.Urgency;
import org.procedura.shared.model.Npi;
import org.procedura.shared.model.PageQuery;

/**
 * A ServiceRequest as an EHR sends a referral, read into the referral intake's command. The patient
 * is the one its subject names: by id ({@code Patient/<id>}), by the clinic's MRN (an identifier of
 * the subject or of a contained Patient), or, when no registered patient has that MRN, the
 * contained Patient registered with the referral.
 */
class ReferralsFromFhir {
  private final PatientRegister register;
  private final Clock clock;
  private final ZoneId zone;

  ReferralsFromFhir(PatientRegister register, Clock clock, ZoneId zone) {
    this.register = register;
    this.clock = clock;
    this.zone = zone;
  }

  ReceiveReferralCommand command(ServiceRequest request, RequestDetails details) {
    var details0 = details(request);
    Reference subject = request.getSubject();
    if (subject == null || subject.isEmpty()) {
      throw new InvalidRequestException("subject: the referred patient is required");
    }
    String reference = subject.getReference();
    if (reference != null && reference.startsWith("Patient/")) {
      var id = FhirIds.referenced(reference, "Patient", "subject");
      FhirAudit.revealed(details, id);
      return new ReceiveReferralCommand(new PatientId(id), null, details0);
    }
    Optional<Patient> contained = contained(request, reference);
    Identifier mrn =
        contained
            .flatMap(patient -> mrnOf(patient.getIdentifier()))
            .or(() -> mrnOf(subject.hasIdentifier() ? List.of(subject.getIdentifier()) : List.of()))
            .orElse(null);
    if (mrn != null) {
      var found =
          register
              .search(
                  new PatientSearch(null, null, new MedicalRecordNumber(mrn.getValue())),
                  new PageQuery(0, 1))
              .content();
      if (!found.isEmpty()) {
        FhirAudit.revealed(details, found.getFirst().getId().value());
        return new ReceiveReferralCommand(found.getFirst().getId(), null, details0);
      }
    }
    Patient patient =
        contained.orElseThrow(
            () ->
                new InvalidRequestException(
                    "subject: no registered patient has that MRN; send the patient as a contained"
                        + " Patient to register them with the referral"));
    return new ReceiveReferralCommand(
        null,
        new RegisterPatientCommand(
            mrn == null ? null : new MedicalRecordNumber(mrn.getValue()), demographics(patient)),
        details0);
  }

  private ReferralDetails details(ServiceRequest request) {
    var requester = request.getRequester();
    if (requester == null
        || !requester.hasIdentifier()
        || !FhirSystems.NPI.equals(requester.getIdentifier().getSystem())) {
      throw new InvalidRequestException(
          "requester: the referring provider, with an identifier of system " + FhirSystems.NPI);
    }
    String name = requester.hasDisplay() ? requester.getDisplay() : null;
    var provider =
        new ReferringProvider(name, new Npi(requester.getIdentifier().getValue()), null, null);
    LocalDate receivedOn =
        request.hasAuthoredOn()
            ? request.getAuthoredOn().toInstant().atZone(zone).toLocalDate()
            : LocalDate.now(clock.withZone(zone));
    String reason =
        request.getReasonCode().stream()
            .map(CodeableConcept::getText)
            .filter(text -> text != null && !text.isBlank())
            .findFirst()
            .orElseThrow(() -> new InvalidRequestException("reasonCode: give the reason as text"));
    List<ReferralDiagnosis> diagnoses =
        request.getReasonCode().stream()
            .flatMap(concept -> concept.getCoding().stream())
            .filter(coding -> FhirSystems.ICD10.equals(coding.getSystem()))
            .map(
                coding ->
                    new ReferralDiagnosis(
                        new Icd10Code(coding.getCode()), coding.getDisplay(), null))
            .toList();
    String notes =
        request.getNote().stream()
            .map(Annotation::getText)
            .filter(text -> text != null && !text.isBlank())
            .collect(Collectors.joining("\n"));
    return new ReferralDetails(
        provider,
        receivedOn,
        reason,
        diagnoses,
        null,
        ConservativeCare.NONE,
        urgency(request.getPriority()),
        requestedType(request.getCode()),
        notes.isEmpty() ? null : notes);
  }

  private static Urgency urgency(ServiceRequestPriority priority) {
    return priority == null || priority == ServiceRequestPriority.ROUTINE
        ? Urgency.ROUTINE
        : Urgency.URGENT;
  }

  private static ProcedureTypeCode requestedType(CodeableConcept code) {
    if (code == null) {
      return null;
    }
    return code.getCoding().stream()
        .filter(coding -> FhirSystems.PROCEDURE_TYPE.equals(coding.getSystem()))
        .map(Coding::getCode)
        .findFirst()
        .map(ProcedureTypeCode::new)
        .orElse(null);
  }

  private static Optional<Patient> contained(ServiceRequest request, String reference) {
    if (reference == null || !reference.startsWith("#")) {
      return Optional.empty();
    }
    String id = reference.substring(1);
    for (Resource resource : request.getContained()) {
      if (resource instanceof Patient patient
          && id.equals(patient.getIdElement().getIdPart().replaceFirst("^#", ""))) {
        return Optional.of(patient);
      }
    }
    throw new InvalidRequestException("subject: " + reference + " names no contained Patient");
  }

  private static Optional<Identifier> mrnOf(List<Identifier> identifiers) {
    return identifiers.stream()
        .filter(
            identifier -> FhirSystems.MRN.equals(identifier.getSystem()) && identifier.hasValue())
        .findFirst();
  }

  private static Demographics demographics(Patient patient) {
    var name = patient.getNameFirstRep();
    if (!patient.hasBirthDate()) {
      throw new InvalidRequestException("contained Patient: birthDate is required");
    }
    String phone = telecom(patient, ContactPoint.ContactPointSystem.PHONE);
    String email = telecom(patient, ContactPoint.ContactPointSystem.EMAIL);
    var address = patient.getAddressFirstRep();
    return new Demographics(
        new PersonName(name.getGivenAsSingleString(), name.getFamily()),
        FhirDates.day(patient.getBirthDateElement(), "contained Patient.birthDate"),
        PatientResources.sex(patient.getGender()),
        new ContactDetails(
            phone,
            email,
            address.hasLine() ? address.getLine().getFirst().getValue() : null,
            address.getCity(),
            address.getPostalCode()));
  }

  private static String telecom(Patient patient, ContactPoint.ContactPointSystem system) {
    return patient.getTelecom().stream()
        .filter(point -> point.getSystem() == system)
        .map(ContactPoint::getValue)
        .findFirst()
        .orElse(null);
  }
}
