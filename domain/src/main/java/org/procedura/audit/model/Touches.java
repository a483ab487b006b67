package org.procedura.audit.model;

/**
 * What an endpoint reads or changes, for the audit trail: the resource's type and action, and the
 * path variables naming the resource and its patient. Where the path does not name the patient, it
 * is taken from the answer's {@code patientId} or, failing that, looked up by the resource's id
 * ({@link ResourcePatients}). A search that may be narrowed to one patient names the query
 * parameter that does it: such a search is recorded as a read of that patient's data.
 */
public record Touches(
    ResourceType type,
    AuditAction action,
    String idVariable,
    String patientVariable,
    String patientParameter) {

  public Touches(ResourceType type, AuditAction action, String idVariable, String patientVariable) {
    this(type, action, idVariable, patientVariable, null);
  }

  public static Touches of(ResourceType type, AuditAction action) {
    return new Touches(type, action, null, null);
  }

  /** Reads are recorded only where they reveal patient data; every other action always. */
  public boolean audited() {
    return action != AuditAction.READ || type.patientData();
  }
}
