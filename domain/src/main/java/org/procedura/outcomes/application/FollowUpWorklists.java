package org.procedura.outcomes.application;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.procedura.outcomes.model.FollowUp;
import org.procedura.outcomes.model.FollowUps;
import org.procedura.scheduling.model.ClinicianId;

/**
 * The follow-ups to chase, for one physician's procedures or, without one, the clinic's: those due
 * in the coming seven days, and those overdue (their day passed, still not done), the oldest first.
 * A follow-up leaves the overdue list once done or marked missed.
 */
public class FollowUpWorklists {
  public static final int WEEK = 7;

  private final FollowUps followUps;
  private final Clock clock;
  private final ZoneId clinicZone;

  public FollowUpWorklists(FollowUps followUps, Clock clock, ZoneId clinicZone) {
    this.followUps = followUps;
    this.clock = clock;
    this.clinicZone = clinicZone;
  }

  @Transactional
  public List<FollowUp> dueThisWeek(ClinicianId physician) {
    LocalDate today = today();
    return followUps.dueBetween(today, today.plusDays(WEEK), physician);
  }

  @Transactional
  public List<FollowUp> overdue(ClinicianId physician) {
    return followUps.dueBetween(null, today(), physician);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(clinicZone));
  }
}
