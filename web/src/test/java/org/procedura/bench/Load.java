package org.procedura.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Load generators and what they measured. Latencies are in microseconds. */
final class Load {
  private Load() {}

  record Result(long requests, Map<Integer, Long> statuses, Histogram latency, Duration elapsed) {
    long status(int code) {
      return statuses.getOrDefault(code, 0L);
    }

    double perSecond(int code) {
      return status(code) / (elapsed.toNanos() / 1e9);
    }

    double percentileMillis(double percentile) {
      return latency.getValueAtPercentile(percentile) / 1000.0;
    }
  }

  /**
   * Open model: request i is due at start + i / rate whether or not earlier ones have answered, and
   * its latency counts from when it was due, so a stall shows in the percentiles instead of
   * silently slowing the load down.
   */
  static Result open(
      HttpClient http, double ratePerSecond, Duration duration, Supplier<HttpRequest> next) {
    long interval = (long) (1e9 / ratePerSecond);
    long count = (long) (duration.toNanos() / interval);
    var latency = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(10), 3);
    Map<Integer, Long> statuses = new ConcurrentHashMap<>();
    List<CompletableFuture<?>> inFlight = new ArrayList<>();
    long start = System.nanoTime();
    for (long i = 0; i < count; i++) {
      long due = start + i * interval;
      long wait;
      while ((wait = due - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      inFlight.add(
          http.sendAsync(next.get(), HttpResponse.BodyHandlers.discarding())
              .handle(
                  (response, error) -> {
                    latency.recordValue(Math.max(0, (System.nanoTime() - due) / 1000));
                    statuses.merge(error == null ? response.statusCode() : -1, 1L, Long::sum);
                    return null;
                  }));
    }
    CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
    return new Result(
        count, Map.copyOf(statuses), latency, Duration.ofNanos(System.nanoTime() - start));
  }

  /** One unit of work of a closed-model worker; returns a status code (HTTP or 201/409 alike). */
  interface Work {
    int run() throws Exception;
  }

  /**
   * Closed model: {@code workers} do one thing after another for the duration, or until the
   * supplier has no more work (null): throughput.
   */
  static Result closed(int workers, Duration duration, Supplier<Work> next)
      throws InterruptedException {
    var latency = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(10), 3);
    Map<Integer, Long> statuses = new ConcurrentHashMap<>();
    AtomicLong requests = new AtomicLong();
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
      for (int w = 0; w < workers; w++) {
        pool.submit(
            () -> {
              while (System.nanoTime() < end) {
                Work work = next.get();
                if (work == null) {
                  break;
                }
                long began = System.nanoTime();
                int status;
                try {
                  status = work.run();
                } catch (Exception e) {
                  status = -1;
                }
                latency.recordValue((System.nanoTime() - began) / 1000);
                statuses.merge(status, 1L, Long::sum);
                requests.incrementAndGet();
              }
              return null;
            });
      }
    }
    return new Result(
        requests.get(), Map.copyOf(statuses), latency, Duration.ofNanos(System.nanoTime() - start));
  }
}
