package org.procedura.rules.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.procedura.patient.model.PatientId;

/** The patients' charts as a test puts them. */
public final class InMemoryPatientCharts implements PatientCharts {
  private final Map<PatientId, PatientChart> charts = new HashMap<>();

  public PatientChart put(PatientChart chart) {
    charts.put(chart.patient(), chart);
    return chart;
  }

  @Override
  public Optional<PatientChart> of(PatientId patient) {
    return Optional.ofNullable(charts.get(patient));
  }
}
