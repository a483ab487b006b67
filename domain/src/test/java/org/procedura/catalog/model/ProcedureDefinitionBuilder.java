package org.procedura.catalog.model;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.procedura.catalog.model.ProcedureType.ProcedureDefinition;

/**
 * Builds a valid {@link ProcedureDefinition} (a lumbar transforaminal epidural steroid injection)
 * that each test changes only where it matters.
 */
public final class ProcedureDefinitionBuilder {
  private String name = "Transforaminal epidural steroid injection, lumbar";
  private ProcedureCategory category = ProcedureCategory.EPIDURAL_STEROID_INJECTION;
  private List<CptCode> cptCodes = List.of(new CptCode("64483"));
  private ImagingGuidance imaging = new ImagingGuidance(Set.of(ImagingModality.FLUOROSCOPY), true);
  private Set<CareSetting> settings =
      Set.of(CareSetting.OFFICE, CareSetting.AMBULATORY_SURGERY_CENTER);
  private boolean operatingRoomRequired = false;
  private Duration defaultDuration = Duration.ofMinutes(30);
  private Sedation sedation = Sedation.MINIMAL;
  private BleedingRisk bleedingRisk = BleedingRisk.INTERMEDIATE;
  private ProcedurePurpose purpose = ProcedurePurpose.THERAPEUTIC;
  private AnatomyDetails anatomy = Anatomies.TRANSFORAMINAL_LUMBAR;
  private boolean active = true;

  private ProcedureDefinitionBuilder() {}

  public static ProcedureDefinitionBuilder aDefinition() {
    return new ProcedureDefinitionBuilder();
  }

  public ProcedureDefinitionBuilder name(String name) {
    this.name = name;
    return this;
  }

  public ProcedureDefinitionBuilder category(ProcedureCategory category) {
    this.category = category;
    return this;
  }

  public ProcedureDefinitionBuilder cptCodes(List<CptCode> cptCodes) {
    this.cptCodes = cptCodes;
    return this;
  }

  public ProcedureDefinitionBuilder imaging(ImagingGuidance imaging) {
    this.imaging = imaging;
    return this;
  }

  public ProcedureDefinitionBuilder settings(Set<CareSetting> settings) {
    this.settings = settings;
    return this;
  }

  public ProcedureDefinitionBuilder defaultDuration(Duration defaultDuration) {
    this.defaultDuration = defaultDuration;
    return this;
  }

  public ProcedureDefinitionBuilder minutes(long minutes) {
    return defaultDuration(Duration.ofMinutes(minutes));
  }

  public ProcedureDefinitionBuilder sedation(Sedation sedation) {
    this.sedation = sedation;
    return this;
  }

  public ProcedureDefinitionBuilder bleedingRisk(BleedingRisk bleedingRisk) {
    this.bleedingRisk = bleedingRisk;
    return this;
  }

  public ProcedureDefinitionBuilder purpose(ProcedurePurpose purpose) {
    this.purpose = purpose;
    return this;
  }

  public ProcedureDefinitionBuilder anatomy(AnatomyDetails anatomy) {
    this.anatomy = anatomy;
    return this;
  }

  public ProcedureDefinitionBuilder active(boolean active) {
    this.active = active;
    return this;
  }

  public ProcedureDefinition build() {
    return new ProcedureDefinition(
        name,
        category,
        cptCodes,
        imaging,
        settings,
        operatingRoomRequired,
        defaultDuration,
        sedation,
        bleedingRisk,
        purpose,
        anatomy,
        active);
  }
}
