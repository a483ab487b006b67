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
 * in the coming seven days, those overdue (their day passed, still not done), and those missed
 * (their window closed undone, still to reach), the oldest first. A follow-up moves from overdue to
 * missed when the nightly job marks it, and leaves the missed list only when recorded late or
 * closed with a reason, so that no patient drops out of sight.
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

  @Transactional
  public List<FollowUp> missed(ClinicianId physician) {
    return followUps.missed(physician);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(clinicZone));
  }
}
