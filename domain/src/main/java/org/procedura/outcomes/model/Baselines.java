package org.procedura.outcomes.model;

import java.util.Map;
import java.util.Optional;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.shared.model.Stamp;

/** The scores taken before each procedure, one per scale, that its follow-ups are compared with. */
public interface Baselines {

  Map<Scale, Measure> of(AppointmentId procedure);

  /** Who recorded the latest of the procedure's baseline scores, and when; empty without one. */
  Optional<Stamp> lastRecorded(AppointmentId procedure);

  /**
   * @throws org.procedura.shared.model.ConflictException {@code BASELINE_RECORDED} when the
   *     procedure already has a baseline on that scale
   */
  void add(AppointmentId procedure, PatientId patient, Measure measure, Stamp recorded);

  /** Records the baseline on the measure's scale, replacing the one recorded before, if any. */
  void replace(AppointmentId procedure, PatientId patient, Measure measure, Stamp recorded);
}
