package org.procedura.outcomes.application;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.procedura.outcomes.model.FollowUp;
import org.procedura.outcomes.model.FollowUps;

/**
 * Marks MISSED every follow-up still due whose window closed before today (in the clinic's zone),
 * which moves it from the overdue worklist to the missed one, where it stays until it is recorded
 * late or closed with a reason ({@link FollowUpCare}). Run daily by a scheduled job that takes a
 * database lock, so that several instances run it once; running it twice the same day changes
 * nothing the second time.
 */
public class MissedFollowUps {
  private final FollowUps followUps;
  private final Clock clock;
  private final ZoneId clinicZone;

  public MissedFollowUps(FollowUps followUps, Clock clock, ZoneId clinicZone) {
    this.followUps = followUps;
    this.clock = clock;
    this.clinicZone = clinicZone;
  }

  /** Returns how many were marked. */
  @Transactional
  public int markMissed() {
    LocalDate today = LocalDate.now(clock.withZone(clinicZone));
    int marked = 0;
    for (FollowUp followUp : followUps.stillDueWithWindowClosedBefore(today)) {
      followUp.markMissed(today);
      followUps.save(followUp);
      marked++;
    }
    return marked;
  }
}
