package org.procedura.scheduling.model;

import java.util.List;
import java.util.regex.Pattern;
import org.procedura.catalog.model.AnatomyDetails;
import org.procedura.catalog.model.LevelForm;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/**
 * Where a procedure is done: spinal region, vertebral levels (a vertebra such as "L4" or a segment
 * such as "L4-L5", each in the region) and side. What a procedure type allows is checked by {@link
 * #requireFits}, on every new booking, question and record; a site read back from storage is only
 * checked for its own consistency, so a catalog revised later cannot make it unreadable.
 */
public record ProcedureSite(SpinalRegion region, List<String> levels, Laterality laterality) {
  private static final Pattern LEVEL = Pattern.compile("([CTLS][0-9]{1,2})(-[CTLS][0-9]{1,2})?");
  public static final ProcedureSite NONE = new ProcedureSite(null, List.of(), null);

  public ProcedureSite {
    levels = levels == null ? List.of() : List.copyOf(Check.noNulls(levels, "site.levels"));
    for (String level : levels) {
      Check.matching(level, LEVEL, "site.levels", "vertebral levels such as L4 or L4-L5");
      SpinalRegion of =
          SpinalRegion.of(level)
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "site.levels",
                          level + " is not a vertebra or a segment of two adjacent vertebrae"));
      if (region == null) {
        throw new InvalidInputException(
            "site.levels", "levels are named within a spinal region; " + level + " needs one");
      }
      if (of != region) {
        throw new InvalidInputException(
            "site.levels", level + " is " + of.label() + ", not " + region.label());
      }
    }
    if (levels.size() != levels.stream().distinct().count()) {
      throw new InvalidInputException("site.levels", "a level is named twice");
    }
  }

  /**
   * The site as staff say it: "L4-L5, L5-S1 left", the region when no level is named ("lumbar spine
   * right"), or nothing where none applies.
   */
  public String inWords() {
    var words = new StringBuilder(String.join(", ", levels));
    if (levels.isEmpty() && region != null) {
      words.append(region.label());
    }
    if (laterality != null) {
      words
          .append(words.isEmpty() ? "" : " ")
          .append(laterality.name().toLowerCase(java.util.Locale.ROOT));
    }
    return words.toString();
  }

  /**
   * Refuses a site that {@code type} cannot be done at: a region it is not done in, levels of the
   * other form, outside the region's segments or more or fewer than a session holds, a side it has
   * no use for; or a site lacking the region, levels or side it needs.
   */
  public void requireFits(ProcedureType type) {
    ProcedureTypeCode code = type.getCode();
    AnatomyDetails fit = type.getDefinition().anatomy();
    requireRegion(code, fit);
    requireLevels(code, fit);
    requireSide(code, fit);
  }

  private void requireRegion(ProcedureTypeCode code, AnatomyDetails fit) {
    if (!fit.spinalRegionRequired()) {
      if (region != null) {
        throw new InvalidInputException(
            "site.region", code + " is not done in a spinal region; leave the region out");
      }
    } else if (region == null) {
      throw new InvalidInputException(
          "site.region", code + " needs a spinal region: " + fit.regionsInWords());
    } else if (!fit.spinalRegions().contains(region)) {
      throw new InvalidInputException(
          "site.region",
          code
              + " is done in "
              + fit.regionsInWords()
              + "; "
              + (levels.isEmpty()
                  ? "not the " + region.label()
                  : String.join(", ", levels)
                      + (levels.size() == 1 ? " is " : " are ")
                      + region.label()));
    }
  }

  private void requireLevels(ProcedureTypeCode code, AnatomyDetails fit) {
    if (!fit.levelsRequired()) {
      if (!levels.isEmpty()) {
        throw new InvalidInputException(
            "site.levels", code + " is not done at vertebral levels; leave the levels out");
      }
      return;
    }
    LevelForm form = fit.levelForm();
    if (levels.size() < fit.minLevels() || levels.size() > fit.maxLevels()) {
      throw new InvalidInputException(
          "site.levels",
          code
              + " is done at "
              + count(fit.minLevels(), fit.maxLevels())
              + " per session, named as "
              + form.example()
              + "; "
              + (levels.isEmpty()
                  ? "none is"
                  : levels.size() + (levels.size() == 1 ? " is" : " are"))
              + " named");
    }
    for (String level : levels) {
      if (!form.names(level)) {
        LevelForm other = form == LevelForm.SEGMENT ? LevelForm.VERTEBRA : LevelForm.SEGMENT;
        throw new InvalidInputException(
            "site.levels",
            code + " names " + form.example() + "; " + level + " is a " + other.label());
      }
      List<String> possible = region.levels(form);
      if (!possible.contains(level)) {
        throw new InvalidInputException(
            "site.levels",
            level
                + " is not a "
                + region.label()
                + " "
                + form.label()
                + " "
                + code
                + " is done at: they run from "
                + possible.getFirst()
                + " to "
                + possible.getLast());
      }
    }
  }

  private void requireSide(ProcedureTypeCode code, AnatomyDetails fit) {
    if (laterality == null) {
      if (fit.lateralityRequired()) {
        throw new InvalidInputException("site.laterality", code + " needs a side");
      }
    } else if (!fit.lateralityAllowed()) {
      throw new InvalidInputException(
          "site.laterality", code + " is not done on a side; leave the laterality out");
    }
  }

  private static String count(int min, int max) {
    String levels = max == 1 ? " level" : " levels";
    return (min == max ? "" : min + " to ") + max + levels;
  }
}
