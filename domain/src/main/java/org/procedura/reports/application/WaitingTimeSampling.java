package org.procedura.reports.application;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureTypes;
import org.procedura.reports.model.WaitingTimeSample;
import org.procedura.reports.model.WaitingTimeSamples;
import org.procedura.scheduling.application.AvailabilityQuery;
import org.procedura.scheduling.application.FindAvailability;
import org.procedura.scheduling.model.CandidateSlot;

/**
 * Samples, once a day, the first free slot of every active procedure type as the front desk's
 * search would offer it today (any physician credentialed for it, any suitable room), searching
 * {@link #WINDOW_DAYS}-day windows up to {@link #HORIZON_DAYS} days ahead. A day's sample of a type
 * is kept once: running again the same day, on this instance or another, keeps the first.
 */
public class WaitingTimeSampling {
  static final int WINDOW_DAYS = 28;
  static final int HORIZON_DAYS = 4 * WINDOW_DAYS;

  private final ProcedureTypes procedureTypes;
  private final FindAvailability availability;
  private final WaitingTimeSamples samples;
  private final Clock clock;
  private final ZoneId zone;

  public WaitingTimeSampling(
      ProcedureTypes procedureTypes,
      FindAvailability availability,
      WaitingTimeSamples samples,
      Clock clock,
      ZoneId zone) {
    this.procedureTypes = procedureTypes;
    this.availability = availability;
    this.samples = samples;
    this.clock = clock;
    this.zone = zone;
  }

  /** Samples today's wait of every active type; answers how many samples were new. */
  @Transactional
  public int sampleToday() {
    LocalDate today = LocalDate.now(clock.withZone(zone));
    int kept = 0;
    for (ProcedureType type : procedureTypes.all()) {
      if (type.getDefinition().active()) {
        String code = type.getCode().value();
        WaitingTimeSample sample = WaitingTimeSample.of(today, code, firstSlot(type, today), zone);
        if (samples.record(sample)) {
          kept++;
        }
      }
    }
    return kept;
  }

  private Instant firstSlot(ProcedureType type, LocalDate today) {
    for (int start = 0; start < HORIZON_DAYS; start += WINDOW_DAYS) {
      List<CandidateSlot> slots =
          availability.search(
              new AvailabilityQuery(
                  type.getCode(),
                  null,
                  today.plusDays(start),
                  today.plusDays(start + WINDOW_DAYS - 1),
                  null,
                  null,
                  1));
      if (!slots.isEmpty()) {
        return slots.getFirst().start();
      }
    }
    return null;
  }
}
