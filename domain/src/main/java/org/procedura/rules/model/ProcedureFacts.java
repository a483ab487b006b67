package org.procedura.rules.model;

import java.time.LocalDate;
import java.util.List;
import org.procedura.catalog.model.CareSetting;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedureCategory;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.scheduling.model.Laterality;
import org.procedura.shared.model.Check;

/**
 * A procedure as the rules see it, planned or done: what, where on the spine, on which day, with
 * which imaging and in which setting. Region, side, imaging and setting may be unknown (null).
 */
public record ProcedureFacts(
    ProcedureTypeCode type,
    ProcedureCategory category,
    ProcedurePurpose purpose,
    SpinalRegion region,
    List<String> levels,
    Laterality laterality,
    LocalDate date,
    ImagingModality imaging,
    boolean contrast,
    CareSetting setting) {
  public ProcedureFacts {
    Check.present(type, "type");
    Check.present(category, "category");
    Check.present(purpose, "purpose");
    levels = levels == null ? List.of() : List.copyOf(levels);
    Check.present(date, "date");
  }

  /** Same region and, where both name one, the same side (bilateral covers either side). */
  public boolean sameSiteAs(ProcedureFacts other) {
    return region == other.region && sidesMeet(laterality, other.laterality);
  }

  private static boolean sidesMeet(Laterality a, Laterality b) {
    return a == null
        || b == null
        || a == b
        || a == Laterality.BILATERAL
        || b == Laterality.BILATERAL;
  }
}
