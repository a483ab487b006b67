package org.procedura.fhir.web;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.procedura.patient.application.ClinicalIntake;
import org.procedura.patient.model.ClinicalProfile;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.ProfileEntry;
import org.procedura.patient.model.ProfilePart;

/**
 * A patient's clinical profile, searched by {@code patient}: every entry, current and ended, in the
 * order recorded, through the intake's use case.
 */
final class ProfileProviders {
  private ProfileProviders() {}

  /** One section of the profile as one FHIR resource type. */
  static final class Section<R extends IBaseResource, D extends ProfilePart>
      implements IResourceProvider {
    private final ClinicalIntake intake;
    private final Class<R> type;
    private final Function<ClinicalProfile, List<ProfileEntry<D>>> entries;
    private final BiFunction<PatientId, ProfileEntry<D>, R> resource;

    Section(
        ClinicalIntake intake,
        Class<R> type,
        Function<ClinicalProfile, List<ProfileEntry<D>>> entries,
        BiFunction<PatientId, ProfileEntry<D>, R> resource) {
      this.intake = intake;
      this.type = type;
      this.entries = entries;
      this.resource = resource;
    }

    @Override
    public Class<R> getResourceType() {
      return type;
    }

    @Search
    public IBundleProvider search(
        @RequiredParam(name = "patient") ReferenceParam patient,
        @Offset Integer offset,
        @Count Integer count) {
      var id = new PatientId(FhirIds.referenced(patient.getValue(), "Patient", "patient"));
      var page = Paging.page(offset, count);
      ClinicalProfile profile = intake.get(id).profile();
      return Paging.bundle(entries.apply(profile), page, entry -> resource.apply(id, entry));
    }
  }

  static List<IResourceProvider> of(ClinicalIntake intake) {
    return List.of(
        new Section<>(
            intake, Condition.class, ClinicalProfile::getDiagnoses, ProfileResources::condition),
        new Section<>(
            intake,
            AllergyIntolerance.class,
            ClinicalProfile::getAllergies,
            ProfileResources::allergy),
        new Section<>(
            intake,
            MedicationStatement.class,
            ClinicalProfile::getMedications,
            ProfileResources::medication),
        new Section<>(
            intake, Coverage.class, ClinicalProfile::getCoverages, ProfileResources::coverage));
  }
}
