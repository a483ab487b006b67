package org.procedura.fhir.web;

import java.util.Locale;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.scheduling.model.Clinician;
import org.procedura.scheduling.model.Room;

/**
 * The clinic's staff, rooms and catalog as FHIR: a clinician is a Practitioner (NPI) and one
 * PractitionerRole with the same id naming the procedures the clinician is credentialed for; a room
 * is a Location with its imaging; a procedure type is a HealthcareService with its CPT codes.
 */
final class ClinicResourcesFhir {
  private ClinicResourcesFhir() {}

  static Practitioner practitioner(Clinician clinician) {
    var resource = new Practitioner();
    resource.setId(clinician.getId().value().toString());
    version(resource, clinician.getVersion());
    resource.addIdentifier(
        new Identifier().setSystem(FhirSystems.NPI).setValue(clinician.getProfile().npi().value()));
    resource.setActive(clinician.isActive());
    resource.addName(new HumanName().setText(clinician.getDisplayName()));
    return resource;
  }

  static PractitionerRole role(Clinician clinician) {
    var resource = new PractitionerRole();
    resource.setId(clinician.getId().value().toString());
    version(resource, clinician.getVersion());
    resource.setActive(clinician.isActive());
    resource.setPractitioner(
        FhirIds.reference("Practitioner", clinician.getId().value())
            .setDisplay(clinician.getDisplayName()));
    clinician.getProfile().credentials().stream()
        .sorted((a, b) -> a.value().compareTo(b.value()))
        .forEach(
            code ->
                resource.addHealthcareService(
                    FhirIds.reference("HealthcareService", FhirIds.serviceId(code))));
    return resource;
  }

  static Location location(Room room) {
    Room.Setup setup = room.getSetup();
    var resource = new Location();
    resource.setId(room.getId().value().toString());
    version(resource, room.getVersion());
    resource.setStatus(
        setup.active() ? Location.LocationStatus.ACTIVE : Location.LocationStatus.INACTIVE);
    resource.setName(setup.name());
    resource.setMode(Location.LocationMode.INSTANCE);
    resource.setPhysicalType(
        new CodeableConcept(new Coding(FhirSystems.LOCATION_PHYSICAL_TYPE, "ro", "Room")));
    var kind = setup.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    resource.setDescription(kind);
    setup.imaging().stream().sorted().forEach(modality -> resource.addType(imaging(modality)));
    return resource;
  }

  static CodeableConcept imaging(ImagingModality modality) {
    String code = modality.name().toLowerCase(Locale.ROOT);
    return new CodeableConcept(new Coding(FhirSystems.IMAGING, code, code)).setText(code);
  }

  static HealthcareService service(ProcedureType type) {
    var definition = type.getDefinition();
    var resource = new HealthcareService();
    resource.setId(FhirIds.serviceId(type.getCode()));
    version(resource, type.getVersion());
    resource.addIdentifier(
        new Identifier().setSystem(FhirSystems.PROCEDURE_TYPE).setValue(type.getCode().value()));
    resource.setActive(definition.active());
    resource.setName(definition.name());
    var cpt = new CodeableConcept().setText(definition.name());
    definition
        .cptCodes()
        .forEach(code -> cpt.addCoding(new Coding(FhirSystems.CPT, code.value(), null)));
    resource.addType(cpt);
    resource.addType(
        new CodeableConcept(
            new Coding(FhirSystems.PROCEDURE_TYPE, type.getCode().value(), definition.name())));
    resource.addCategory(
        new CodeableConcept()
            .setText(definition.category().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    resource.setComment(
        "Takes "
            + definition.defaultDuration().toMinutes()
            + " minutes; imaging: "
            + (definition.imaging().modalities().isEmpty()
                ? "none"
                : String.join(
                    ", ",
                    definition.imaging().modalities().stream()
                        .sorted()
                        .map(m -> m.name().toLowerCase(Locale.ROOT))
                        .toList())));
    return resource;
  }

  private static void version(org.hl7.fhir.r4.model.Resource resource, Long version) {
    if (version != null) {
      resource.getMeta().setVersionId(version.toString());
    }
  }
}
