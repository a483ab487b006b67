package org.procedura.scheduling.model;

import java.util.List;
import java.util.regex.Pattern;
import org.procedura.catalog.model.AnatomyDetails;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/**
 * Where a procedure is done: spinal region, vertebral levels (a level such as "L4" or a segment
 * such as "L4-L5") and side. Which parts are needed comes from the procedure type.
 */
public record ProcedureSite(SpinalRegion region, List<String> levels, Laterality laterality) {
  private static final Pattern LEVEL = Pattern.compile("([CTLS][0-9]{1,2})(-[CTLS][0-9]{1,2})?");
  public static final ProcedureSite NONE = new ProcedureSite(null, List.of(), null);

  public ProcedureSite {
    levels = levels == null ? List.of() : List.copyOf(Check.noNulls(levels, "levels"));
    for (String level : levels) {
      Check.matching(level, LEVEL, "levels", "vertebral levels such as L4 or L4-L5");
      if (region == null || !region.owns(level)) {
        throw new InvalidInputException(
            "levels",
            "level "
                + level
                + " is not a vertebra or a segment of two adjacent vertebrae in the region");
      }
    }
    if (levels.size() != levels.stream().distinct().count()) {
      throw new InvalidInputException("levels", "a level is named twice");
    }
  }

  /** Refuses a site that lacks what the procedure type needs, or names what it cannot have. */
  public void requireFits(AnatomyDetails needed) {
    if (needed.spinalRegionRequired() != (region != null)) {
      throw new InvalidInputException(
          "site.region",
          needed.spinalRegionRequired()
              ? "this procedure needs a spinal region"
              : "this procedure has no spinal region");
    }
    if (needed.levelsRequired() == levels.isEmpty()) {
      throw new InvalidInputException(
          "site.levels",
          needed.levelsRequired()
              ? "this procedure needs at least one vertebral level"
              : "this procedure has no vertebral levels");
    }
    if (needed.lateralityRequired() && laterality == null) {
      throw new InvalidInputException("site.laterality", "this procedure needs a side");
    }
  }
}
