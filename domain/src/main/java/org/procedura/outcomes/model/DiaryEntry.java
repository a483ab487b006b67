package org.procedura.outcomes.model;

import java.time.Duration;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.Stamp;

/** A diagnostic block's pain diary: the NRS score at one time point after the procedure. */
public record DiaryEntry(Duration after, Measure pain, Stamp recorded) {
  public DiaryEntry {
    Check.present(after, "minutesAfter");
    Check.present(pain, "pain");
    Check.present(recorded, "recorded");
  }
}
