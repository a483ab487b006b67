package org.procedura.rules.model;

import java.util.Optional;
import org.procedura.patient.model.PatientId;

/**
 * The patient's chart as the rules read it, built with a fixed number of queries whatever the
 * length of the history.
 */
public interface PatientCharts {
  Optional<PatientChart> of(PatientId patient);
}
