package org.procedura.audit.model;

/**
 * What an endpoint reads or changes. Each access rule names one, and that is all a new endpoint
 * needs to be audited: changes of every type are recorded, reads only of the types that identify a
 * patient.
 */
public enum ResourceType {
  PATIENT(true),
  CLINICAL_PROFILE(true),
  REFERRAL(true),
  APPOINTMENT(true),
  SCHEDULE(true),
  AUDIT_TRAIL(true),
  PROCEDURE_RECORD(true),
  FOLLOW_UP(true),
  OUTCOME(true),
  OUTSIDE_PROCEDURE(true),
  PRIOR_AUTHORIZATION(true),
  MESSAGE(true),
  PROCEDURE_TYPE(false),
  CLINICIAN(false),
  ROOM(false),
  AVAILABILITY(false),
  USER_ACCOUNT(false),
  SESSION(false),
  FOLLOW_UP_PROTOCOL(false),
  RULE_SET(false),
  REPORT(false);

  private final boolean patientData;

  ResourceType(boolean patientData) {
    this.patientData = patientData;
  }

  /** Whether reading it reveals patient-identifying data, so that a read is recorded too. */
  public boolean patientData() {
    return patientData;
  }
}
