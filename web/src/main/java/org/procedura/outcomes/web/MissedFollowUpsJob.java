package org.procedura.outcomes.web;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.procedura.outcomes.application.MissedFollowUps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every night, marks MISSED the follow-ups whose window has closed, which moves them to the MISSED
 * worklist until they are recorded late or closed with a reason. ShedLock's row in {@code shedlock}
 * makes one instance of many run it; tests call {@link #run()} with a fixed clock.
 */
public class MissedFollowUpsJob {
  private static final Logger log = LoggerFactory.getLogger(MissedFollowUpsJob.class);

  private final MissedFollowUps missed;

  MissedFollowUpsJob(MissedFollowUps missed) {
    this.missed = missed;
  }

  @Scheduled(
      cron = "${procedura.outcomes.missed-follow-ups-cron:0 15 1 * * *}",
      zone = "${procedura.clinic.zone:America/New_York}")
  @SchedulerLock(name = "missed-follow-ups", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
  public void nightly() {
    run();
  }

  /** The job's work, without the lock: returns how many follow-ups it marked missed. */
  public int run() {
    int marked = missed.markMissed();
    log.info("marked {} follow-ups missed", marked);
    return marked;
  }
}
