package org.procedura.rules.model;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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

  /**
   * Whether the two may be the same site, as a limit counts them: the same region, and sides that
   * meet. A bilateral procedure treats both sides, so it meets either; an unnamed side (a midline
   * procedure, or one recorded without it) meets any, so a limit never misses a session.
   */
  public boolean sharesSiteWith(ProcedureFacts other) {
    return sameRegionAs(other)
        && (laterality == null
            || other.laterality == null
            || sides().stream().anyMatch(other.sides()::contains));
  }

  /**
   * The same spinal region. Where either names none (the planned site not known yet in an
   * availability search, or a procedure recorded without it), one of the same type stands for the
   * same region, so that no limit is missed.
   */
  public boolean sameRegionAs(ProcedureFacts other) {
    if (region == null || other.region == null) {
      return region == other.region || type.equals(other.type);
    }
    return region == other.region;
  }

  /**
   * Whether this procedure, done before, was at the planned one's site on {@code side}, as a
   * prerequisite counts it: the same region and that side treated (a bilateral one treats both). A
   * procedure without a named side stands for a side only when none is asked for.
   */
  public boolean treated(SpinalRegion atRegion, Laterality side) {
    return region == atRegion && (side == null || sides().contains(side));
  }

  /** The sides treated: left, right, both for a bilateral procedure, none when unnamed. */
  public Set<Laterality> sides() {
    if (laterality == null) {
      return Set.of();
    }
    return laterality == Laterality.BILATERAL
        ? EnumSet.of(Laterality.LEFT, Laterality.RIGHT)
        : EnumSet.of(laterality);
  }
}
