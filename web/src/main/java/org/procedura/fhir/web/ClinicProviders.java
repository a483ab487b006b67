package org.procedura.fhir.web;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.procedura.catalog.application.ProcedureCatalog;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.scheduling.application.ClinicResources;
import org.procedura.scheduling.model.Clinician;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.scheduling.model.Room;
import org.procedura.scheduling.model.RoomId;

/** The clinic's staff, rooms and procedure catalog: read and searched, never written here. */
final class ClinicProviders {
  private ClinicProviders() {}

  static class Practitioners implements IResourceProvider {
    private final ClinicResources resources;

    Practitioners(ClinicResources resources) {
      this.resources = resources;
    }

    @Override
    public Class<Practitioner> getResourceType() {
      return Practitioner.class;
    }

    @Read
    public Practitioner read(@IdParam IdType id) {
      return ClinicResourcesFhir.practitioner(
          resources.clinician(new ClinicianId(FhirIds.uuid(id))));
    }

    @Search
    public IBundleProvider search(
        @OptionalParam(name = Practitioner.SP_IDENTIFIER) TokenParam identifier,
        @OptionalParam(name = Practitioner.SP_ACTIVE) TokenParam active,
        @Offset Integer offset,
        @Count Integer count) {
      Predicate<Clinician> wanted = byActive(active, Clinician::isActive);
      if (identifier != null) {
        if (identifier.getSystem() != null && !FhirSystems.NPI.equals(identifier.getSystem())) {
          throw new InvalidRequestException("identifier: only NPIs (" + FhirSystems.NPI + ")");
        }
        wanted = wanted.and(c -> c.getProfile().npi().value().equals(identifier.getValue()));
      }
      return Paging.bundle(
          sorted(resources.clinicians(), wanted),
          Paging.page(offset, count),
          ClinicResourcesFhir::practitioner);
    }
  }

  static class PractitionerRoles implements IResourceProvider {
    private final ClinicResources resources;

    PractitionerRoles(ClinicResources resources) {
      this.resources = resources;
    }

    @Override
    public Class<PractitionerRole> getResourceType() {
      return PractitionerRole.class;
    }

    @Read
    public PractitionerRole read(@IdParam IdType id) {
      return ClinicResourcesFhir.role(resources.clinician(new ClinicianId(FhirIds.uuid(id))));
    }

    /** {@code service}: the roles credentialed for a procedure type (its HealthcareService). */
    @Search
    public IBundleProvider search(
        @OptionalParam(name = PractitionerRole.SP_SERVICE)
            ca.uhn.fhir.rest.param.ReferenceParam service,
        @OptionalParam(name = PractitionerRole.SP_ACTIVE) TokenParam active,
        @Offset Integer offset,
        @Count Integer count) {
      Predicate<Clinician> wanted = byActive(active, Clinician::isActive);
      if (service != null) {
        var code = FhirIds.serviceCode(service.getIdPart());
        wanted = wanted.and(c -> c.mayPerform(code));
      }
      return Paging.bundle(
          sorted(resources.clinicians(), wanted),
          Paging.page(offset, count),
          ClinicResourcesFhir::role);
    }
  }

  static class Locations implements IResourceProvider {
    private final ClinicResources resources;

    Locations(ClinicResources resources) {
      this.resources = resources;
    }

    @Override
    public Class<Location> getResourceType() {
      return Location.class;
    }

    @Read
    public Location read(@IdParam IdType id) {
      return ClinicResourcesFhir.location(resources.room(new RoomId(FhirIds.uuid(id))));
    }

    @Search
    public IBundleProvider search(@Offset Integer offset, @Count Integer count) {
      List<Room> rooms =
          resources.rooms().stream().sorted(Comparator.comparing(Room::getName)).toList();
      return Paging.bundle(rooms, Paging.page(offset, count), ClinicResourcesFhir::location);
    }
  }

  static class HealthcareServices implements IResourceProvider {
    private final ProcedureCatalog catalog;

    HealthcareServices(ProcedureCatalog catalog) {
      this.catalog = catalog;
    }

    @Override
    public Class<HealthcareService> getResourceType() {
      return HealthcareService.class;
    }

    @Read
    public HealthcareService read(@IdParam IdType id) {
      return ClinicResourcesFhir.service(catalog.get(FhirIds.serviceCode(id.getIdPart())));
    }

    @Search
    public IBundleProvider search(
        @OptionalParam(name = HealthcareService.SP_ACTIVE) TokenParam active,
        @Offset Integer offset,
        @Count Integer count) {
      Predicate<ProcedureType> wanted = byActive(active, t -> t.getDefinition().active());
      List<ProcedureType> types = catalog.list().stream().filter(wanted).toList();
      return Paging.bundle(types, Paging.page(offset, count), ClinicResourcesFhir::service);
    }
  }

  private static <T> Predicate<T> byActive(TokenParam active, Predicate<T> isActive) {
    if (active == null) {
      return any -> true;
    }
    return switch (active.getValue()) {
      case "true" -> isActive;
      case "false" -> isActive.negate();
      default -> throw new InvalidRequestException("active is true or false");
    };
  }

  private static List<Clinician> sorted(List<Clinician> clinicians, Predicate<Clinician> wanted) {
    return clinicians.stream()
        .filter(wanted)
        .sorted(
            Comparator.comparing(Clinician::getDisplayName).thenComparing(c -> c.getId().value()))
        .toList();
  }
}
