package org.procedura.outcomes.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.shared.model.Stamp;

/** The scores taken before each procedure, one per scale, that its follow-ups are compared with. */
public interface Baselines {

  Map<Scale, Measure> of(AppointmentId procedure);

  /**
   * @throws org.procedura.shared.model.ConflictException {@code BASELINE_RECORDED} when the
   *     procedure already has a baseline on that scale
   */
  void add(AppointmentId procedure, PatientId patient, Measure measure, Stamp recorded);

  /**
   * The patient's most recent baseline on {@code scale}, by when its procedure was done; empty when
   * none was taken.
   */
  Optional<Taken> latest(PatientId patient, Scale scale);

  /** A baseline score and when the procedure it was taken before was done. */
  record Taken(Measure measure, Instant procedureDoneAt) {}
}
