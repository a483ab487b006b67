package org.procedura.rules.model;

import java.time.Duration;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/**
 * What one drug class needs before a procedure of one bleeding-risk class: nothing, a hold of a set
 * time since the last dose, or a shared decision between physician and prescriber (a WARN).
 */
public record HoldRule(Kind kind, Duration hold) {
  public enum Kind {
    NONE,
    HOLD,
    SHARED_DECISION
  }

  public static final HoldRule NONE = new HoldRule(Kind.NONE, null);
  public static final HoldRule SHARED_DECISION = new HoldRule(Kind.SHARED_DECISION, null);

  public HoldRule {
    Check.present(kind, "kind");
    if ((kind == Kind.HOLD) != (hold != null && hold.isPositive())) {
      throw new InvalidInputException("hold", "a hold, and only a hold, has a positive duration");
    }
  }

  public static HoldRule days(int days) {
    return new HoldRule(Kind.HOLD, Duration.ofDays(days));
  }

  public static HoldRule hours(int hours) {
    return new HoldRule(Kind.HOLD, Duration.ofHours(hours));
  }
}
