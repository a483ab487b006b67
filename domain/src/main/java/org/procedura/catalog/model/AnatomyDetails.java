package org.procedura.catalog.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/**
 * Where a procedure of this type may be done, as a booking names it: the spinal regions, top to
 * bottom (none for a procedure outside the spine; a booking then names none, otherwise exactly one
 * of them), the form and number of its vertebral levels per session (none without {@code
 * levelForm}), and whether a side must, or may at all, be named. The number of levels is the
 * anatomical limit of one session; what a payer covers is a payer rule.
 */
public record AnatomyDetails(
    Set<SpinalRegion> spinalRegions,
    LevelForm levelForm,
    int minLevels,
    int maxLevels,
    boolean lateralityRequired,
    boolean lateralityAllowed) {

  /** More levels than any procedure of the catalog treats in one session. */
  public static final int MOST_LEVELS = 6;

  public AnatomyDetails {
    spinalRegions =
        spinalRegions == null || spinalRegions.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(
                EnumSet.copyOf(Check.noNulls(spinalRegions, "spinalRegions")));
    if (levelForm == null) {
      if (minLevels != 0 || maxLevels != 0) {
        throw new InvalidInputException(
            "levelForm", "a number of levels needs the form they are named in");
      }
    } else {
      if (spinalRegions.isEmpty()) {
        throw new InvalidInputException(
            "levelForm", "levels only make sense within a spinal region");
      }
      if (minLevels < 1) {
        throw new InvalidInputException(
            "minLevels", "a procedure naming levels is done at 1 level at least");
      }
      if (maxLevels < minLevels || maxLevels > MOST_LEVELS) {
        throw new InvalidInputException(
            "maxLevels", "maxLevels must be from minLevels to " + MOST_LEVELS);
      }
    }
    if (lateralityRequired && !lateralityAllowed) {
      throw new InvalidInputException(
          "lateralityAllowed", "a procedure that needs a side must allow one");
    }
  }

  /** Whether a booking names a spinal region: one of {@link #spinalRegions}. */
  public boolean spinalRegionRequired() {
    return !spinalRegions.isEmpty();
  }

  /** Whether a booking names vertebral levels: from {@link #minLevels} to {@link #maxLevels}. */
  public boolean levelsRequired() {
    return levelForm != null;
  }

  /** "the lumbar or sacral region", top to bottom, as a message names where it is done. */
  public String regionsInWords() {
    List<String> names = spinalRegions.stream().map(SpinalRegion::label).toList();
    if (names.size() < 2) {
      return "the " + String.join("", names) + " region";
    }
    return "the "
        + String.join(", ", names.subList(0, names.size() - 1))
        + " or "
        + names.getLast()
        + " region";
  }
}
