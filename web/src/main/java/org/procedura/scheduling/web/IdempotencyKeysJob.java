package org.procedura.scheduling.web;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.procedura.scheduling.application.IdempotencyKeyRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every hour, forgets the idempotency keys older than their retention. ShedLock's row in {@code
 * shedlock} makes one instance of many run it; tests call {@link #run()}.
 */
public class IdempotencyKeysJob {
  private static final Logger log = LoggerFactory.getLogger(IdempotencyKeysJob.class);

  private final IdempotencyKeyRetention retention;

  IdempotencyKeysJob(IdempotencyKeyRetention retention) {
    this.retention = retention;
  }

  @Scheduled(cron = "${procedura.housekeeping.idempotency-keys-cron:0 5 * * * *}")
  @SchedulerLock(
      name = "expired-idempotency-keys",
      lockAtMostFor = "PT10M",
      lockAtLeastFor = "PT1M")
  public void hourly() {
    run();
  }

  /** The job's work, without the lock: returns how many keys it forgot. */
  public int run() {
    int forgotten = retention.forgetExpired();
    log.info("forgot {} expired idempotency keys", forgotten);
    return forgotten;
  }
}
