package org.procedura.authorization.application;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.procedura.authorization.model.AuthorizationQueries;
import org.procedura.authorization.model.AuthorizationQueries.Usage;
import org.procedura.authorization.model.AuthorizationStatus;
import org.procedura.authorization.model.AuthorizationTerms;
import org.procedura.authorization.model.PriorAuthorization;
import org.procedura.authorization.model.PriorAuthorizationId;
import org.procedura.authorization.model.PriorAuthorizations;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.Patients;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.Stamp;

/**
 * The front desk's record of prior authorizations: record one (requested, or approved with the
 * payer's number), revise its terms, record the payer's decision or its expiry; each read with the
 * visits its appointments book and use.
 */
public class PriorAuthorizationDesk {
  private final PriorAuthorizations authorizations;
  private final AuthorizationQueries queries;
  private final Patients patients;
  private final Clock clock;

  public PriorAuthorizationDesk(
      PriorAuthorizations authorizations,
      AuthorizationQueries queries,
      Patients patients,
      Clock clock) {
    this.authorizations = authorizations;
    this.queries = queries;
    this.patients = patients;
    this.clock = clock;
  }

  @Transactional
  public AuthorizationView record(
      PatientId patient,
      AuthorizationTerms terms,
      AuthorizationStatus status,
      String number,
      Actor by) {
    requirePatient(patient);
    return view(
        authorizations.save(PriorAuthorization.record(patient, terms, status, number, stamp(by))));
  }

  @Transactional
  public List<AuthorizationView> list(PatientId patient) {
    requirePatient(patient);
    List<PriorAuthorization> found = authorizations.of(patient);
    Map<PriorAuthorizationId, Usage> usage =
        queries.usageOf(found.stream().map(PriorAuthorization::getId).toList());
    return found.stream()
        .map(a -> new AuthorizationView(a, usage.getOrDefault(a.getId(), Usage.NONE)))
        .toList();
  }

  @Transactional
  public AuthorizationView get(PatientId patient, PriorAuthorizationId id) {
    return view(load(patient, id));
  }

  @Transactional
  public AuthorizationView revise(
      PatientId patient,
      PriorAuthorizationId id,
      long seenVersion,
      AuthorizationTerms terms,
      Actor by) {
    PriorAuthorization authorization = load(patient, id);
    authorization.revise(seenVersion, terms, stamp(by));
    return view(authorizations.save(authorization));
  }

  @Transactional
  public AuthorizationView decide(
      PatientId patient,
      PriorAuthorizationId id,
      long seenVersion,
      AuthorizationStatus status,
      String number,
      String note,
      Actor by) {
    PriorAuthorization authorization = load(patient, id);
    authorization.decide(seenVersion, status, number, note, stamp(by));
    return view(authorizations.save(authorization));
  }

  private AuthorizationView view(PriorAuthorization authorization) {
    return new AuthorizationView(
        authorization,
        queries
            .usageOf(List.of(authorization.getId()))
            .getOrDefault(authorization.getId(), Usage.NONE));
  }

  private PriorAuthorization load(PatientId patient, PriorAuthorizationId id) {
    requirePatient(patient);
    return authorizations
        .find(id)
        .filter(found -> found.belongsTo(patient))
        .orElseThrow(() -> new NotFoundException("prior authorization", id));
  }

  private void requirePatient(PatientId patient) {
    if (patients.find(patient).isEmpty()) {
      throw new NotFoundException("patient", patient);
    }
  }

  private Stamp stamp(Actor actor) {
    return new Stamp(clock.instant().truncatedTo(ChronoUnit.SECONDS), actor);
  }
}
