package org.procedura.identity.web;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.procedura.identity.application.SignInGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every hour, forgets the failed sign-ins that no longer count (quiet for a whole lockout and not
 * locked). ShedLock's row in {@code shedlock} makes one instance of many run it; tests call {@link
 * #run()}.
 */
public class SignInThrottlesJob {
  private static final Logger log = LoggerFactory.getLogger(SignInThrottlesJob.class);

  private final SignInGuard guard;

  SignInThrottlesJob(SignInGuard guard) {
    this.guard = guard;
  }

  @Scheduled(cron = "${procedura.housekeeping.sign-in-throttles-cron:0 35 * * * *}")
  @SchedulerLock(name = "quiet-sign-in-throttles", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
  public void hourly() {
    run();
  }

  /** The job's work, without the lock: returns how many throttles it forgot. */
  public int run() {
    int forgotten = guard.forgetQuiet();
    log.info("forgot {} quiet sign-in throttles", forgotten);
    return forgotten;
  }
}
