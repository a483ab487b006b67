package org.procedura.testlog;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * A logger's events kept for the test to assert instead of printed: an error a test provokes on
 * purpose would otherwise show in the build's output as if something had failed.
 */
public final class CapturedLog implements AutoCloseable {
  private final Logger logger;
  private final ListAppender<ILoggingEvent> kept = new ListAppender<>();

  private CapturedLog(Class<?> source) {
    logger = (Logger) LoggerFactory.getLogger(source);
    kept.start();
    logger.addAppender(kept);
    logger.setAdditive(false);
  }

  /** Keeps what {@code source} logs from now until {@link #close()}. */
  public static CapturedLog of(Class<?> source) {
    return new CapturedLog(source);
  }

  public List<ILoggingEvent> events() {
    return List.copyOf(kept.list);
  }

  @Override
  public void close() {
    logger.detachAppender(kept);
    logger.setAdditive(true);
  }
}
