package org.procedura.reports.web;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.procedura.reports.application.WaitingTimeSampling;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every morning, samples the wait to the first free slot of every active procedure type. ShedLock
 * lets one instance of many run it, and the samples' primary key keeps a second run the same day
 * from writing anything; tests call {@link #run()} with a fixed clock.
 */
public class WaitingTimeSamplingJob {
  private static final Logger log = LoggerFactory.getLogger(WaitingTimeSamplingJob.class);

  private final WaitingTimeSampling sampling;

  WaitingTimeSamplingJob(WaitingTimeSampling sampling) {
    this.sampling = sampling;
  }

  @Scheduled(
      cron = "${procedura.reports.waiting-time-cron:0 30 5 * * *}",
      zone = "${procedura.clinic.zone:America/New_York}")
  @SchedulerLock(name = "waiting-time-sampling", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
  public void daily() {
    run();
  }

  /** The job's work, without the lock: returns how many samples were new. */
  public int run() {
    int kept = sampling.sampleToday();
    log.info("sampled the wait to the first free slot of {} procedure types", kept);
    return kept;
  }
}
