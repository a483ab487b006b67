package org.procedura.catalog.model;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.StaleVersionException;

/** An entry of the procedure catalog: what the clinic offers and what each needs. */
public final class ProcedureType {
  static final Duration LONGEST = Duration.ofHours(8);

  private final ProcedureTypeCode code;
  private ProcedureDefinition definition;
  private final Long version;

  public ProcedureType(ProcedureTypeCode code, ProcedureDefinition definition, Long version) {
    this.code = Check.present(code, "code");
    this.definition = Check.present(definition, "definition");
    this.version = version;
  }

  public static ProcedureType define(ProcedureTypeCode code, ProcedureDefinition definition) {
    return new ProcedureType(code, definition, null);
  }

  public void revise(long seenVersion, ProcedureDefinition revised) {
    if (version == null) {
      throw new IllegalStateException("procedure type " + code + " was never stored");
    }
    if (seenVersion != version) {
      throw new StaleVersionException("procedure type " + code, seenVersion, version);
    }
    this.definition = Check.present(revised, "definition");
  }

  public ProcedureTypeCode getCode() {
    return code;
  }

  public ProcedureDefinition getDefinition() {
    return definition;
  }

  public Long getVersion() {
    return version;
  }

  /** Everything about a procedure type except its code. */
  public record ProcedureDefinition(
      String name,
      ProcedureCategory category,
      List<CptCode> cptCodes,
      ImagingGuidance imaging,
      Set<CareSetting> settings,
      boolean operatingRoomRequired,
      Duration defaultDuration,
      Sedation sedation,
      BleedingRisk bleedingRisk,
      ProcedurePurpose purpose,
      AnatomyDetails anatomy,
      boolean active) {
    public ProcedureDefinition {
      name = Check.text(name, "name", 150);
      Check.present(category, "category");
      if (cptCodes == null || cptCodes.isEmpty()) {
        throw new InvalidInputException("cptCodes", "at least one CPT code is required");
      }
      cptCodes = List.copyOf(Check.noNulls(cptCodes, "cptCodes"));
      Check.present(imaging, "imaging");
      if (settings == null || settings.isEmpty()) {
        throw new InvalidInputException("settings", "at least one outpatient setting is required");
      }
      settings = Set.copyOf(Check.noNulls(settings, "settings"));
      Check.present(defaultDuration, "defaultDurationMinutes");
      if (defaultDuration.isNegative()
          || defaultDuration.isZero()
          || defaultDuration.compareTo(LONGEST) > 0
          || defaultDuration.toSecondsPart() != 0
          || defaultDuration.toNanosPart() != 0) {
        throw new InvalidInputException(
            "defaultDurationMinutes",
            "defaultDurationMinutes must be a whole number of minutes between 1 and 480");
      }
      Check.present(sedation, "sedation");
      Check.present(bleedingRisk, "bleedingRisk");
      Check.present(purpose, "purpose");
      Check.present(anatomy, "anatomy");
    }
  }
}
