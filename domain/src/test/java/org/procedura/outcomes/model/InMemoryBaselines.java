package org.procedura.outcomes.model;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.model.Stamp;

/** Baselines as the adapter keeps them: one row per procedure and scale. */
public final class InMemoryBaselines implements Baselines {
  private record Row(PatientId patient, Measure measure, Stamp recorded) {}

  private final Map<String, Row> rows = new HashMap<>();

  /** Whether no baseline of any procedure is kept. */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  @Override
  public Map<Scale, Measure> of(AppointmentId procedure) {
    Map<Scale, Measure> baseline = new HashMap<>();
    rows.forEach(
        (key, row) -> {
          if (key.startsWith(procedure + "/")) {
            baseline.put(row.measure().scale(), row.measure());
          }
        });
    return baseline;
  }

  @Override
  public Optional<Stamp> lastRecorded(AppointmentId procedure) {
    return rows.entrySet().stream()
        .filter(e -> e.getKey().startsWith(procedure + "/"))
        .map(e -> e.getValue().recorded())
        .max(Comparator.comparing(Stamp::at));
  }

  @Override
  public void add(AppointmentId procedure, PatientId patient, Measure measure, Stamp recorded) {
    if (rows.putIfAbsent(key(procedure, measure), new Row(patient, measure, recorded)) != null) {
      throw new ConflictException("BASELINE_RECORDED", "already recorded");
    }
  }

  @Override
  public void replace(AppointmentId procedure, PatientId patient, Measure measure, Stamp recorded) {
    rows.put(key(procedure, measure), new Row(patient, measure, recorded));
  }

  private static String key(AppointmentId procedure, Measure measure) {
    return procedure + "/" + measure.scale();
  }
}
