package org.procedura.shared.model;

import java.time.Instant;

/** Who did something and when, as the record of a change keeps it. */
public record Stamp(Instant at, Actor by) {
  public Stamp {
    Check.present(at, "at");
    Check.present(by, "by");
  }
}
