package org.procedura.rules.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.procedura.scheduling.model.Laterality;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/** At most {@code maxLevels} levels in one session, and bilateral only where allowed. */
public record LevelsPerSession(RuleHeader header, int maxLevels, boolean bilateralAllowed)
    implements PayerRule {
  public LevelsPerSession {
    Check.present(header, "header");
    if (maxLevels < 1) {
      throw new InvalidInputException("maxLevels", "maxLevels must be at least 1");
    }
  }

  @Override
  public List<Finding> check(RuleContext context) {
    ProcedureFacts planned = context.planned();
    List<Finding> found = new ArrayList<>();
    if (planned.levels().size() > maxLevels) {
      found.add(
          header.finding(
              planned.levels().size() + " levels in one session, more than " + maxLevels,
              Map.of(
                  "levels",
                  String.join(",", planned.levels()),
                  "maxLevels",
                  String.valueOf(maxLevels)),
              "treat at most " + maxLevels + " levels in this session",
              null));
    }
    if (!bilateralAllowed && planned.laterality() == Laterality.BILATERAL) {
      found.add(
          header.finding(
              "a bilateral procedure is not covered",
              Map.of("laterality", Laterality.BILATERAL.name()),
              "treat one side in this session",
              null));
    }
    return found;
  }
}
