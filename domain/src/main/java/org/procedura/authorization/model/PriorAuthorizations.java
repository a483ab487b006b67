package org.procedura.authorization.model;

import java.util.List;
import java.util.Optional;
import org.procedura.patient.model.PatientId;

/** The patients' prior authorizations. */
public interface PriorAuthorizations {

  /** The patient's authorizations, the latest valid first. */
  List<PriorAuthorization> of(PatientId patient);

  Optional<PriorAuthorization> find(PriorAuthorizationId id);

  /**
   * Stores a new authorization or the changes to a loaded one and returns it with its new version.
   *
   * @throws org.procedura.shared.model.StaleVersionException when another change came first
   */
  PriorAuthorization save(PriorAuthorization authorization);
}
