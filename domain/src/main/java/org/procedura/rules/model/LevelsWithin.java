package org.procedura.rules.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/**
 * Every vertebra the procedure treats lies from {@code from} to {@code to}, both included (T1 to L5
 * for vertebral augmentation: C7 and S1 are outside); a segment such as T12-L1 counts both its
 * vertebrae.
 */
public record LevelsWithin(RuleHeader header, String from, String to) implements PayerRule {
  /** The vertebrae top to bottom, as ProcedureSite names them. */
  private static final List<String> SPINE = spine();

  public LevelsWithin {
    Check.present(header, "header");
    if (position(from) < 0 || position(to) < 0 || position(from) > position(to)) {
      throw new InvalidInputException(
          "from", "from and to are vertebrae such as T1 and L5, the upper one first");
    }
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<String> outside = new ArrayList<>();
    for (String level : context.planned().levels()) {
      boolean within =
          Arrays.stream(level.split("-"))
              .allMatch(v -> position(v) >= position(from) && position(v) <= position(to));
      if (!within) {
        outside.add(level);
      }
    }
    if (outside.isEmpty()) {
      return List.of();
    }
    return List.of(
        header.finding(
            "level " + String.join(", ", outside) + " is outside " + from + " to " + to,
            Map.of("levels", String.join(",", outside), "covered", from + "-" + to),
            "the procedure is covered from " + from + " to " + to,
            null));
  }

  private static int position(String vertebra) {
    return vertebra == null ? -1 : SPINE.indexOf(vertebra);
  }

  private static List<String> spine() {
    List<String> vertebrae = new ArrayList<>();
    for (String region : List.of("C7", "T12", "L5", "S5")) {
      int count = Integer.parseInt(region.substring(1));
      for (int n = 1; n <= count; n++) {
        vertebrae.add(region.charAt(0) + String.valueOf(n));
      }
    }
    return List.copyOf(vertebrae);
  }
}
