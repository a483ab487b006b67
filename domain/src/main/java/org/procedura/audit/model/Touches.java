package org.procedura.audit.model;

/**
 * What an endpoint reads or changes, for the audit trail: the resource's type and action, and the
 * path variables naming the resource and its patient. Where the path does not name the patient, it
 * is taken from the answer's {@code patientId} or, failing that, looked up by the resource's id
 * ({@link ResourcePatients}). A search that may be narrowed to one patient names the query
 * parameter that does it: such a search is recorded as a read of that patient's data. A write whose
 * patient is named only in its JSON body (a booking) names that body's top-level field ({@code
 * patientBodyField}), so that a refused one is filed under its patient too.
 */
public record Touches(
    ResourceType type,
    AuditAction action,
    String idVariable,
    String patientVariable,
    String patientParameter,
    String patientBodyField) {

  public Touches(
      ResourceType type,
      AuditAction action,
      String idVariable,
      String patientVariable,
      String patientParameter) {
    this(type, action, idVariable, patientVariable, patientParameter, null);
  }

  public Touches(ResourceType type, AuditAction action, String idVariable, String patientVariable) {
    this(type, action, idVariable, patientVariable, null);
  }

  public static Touches of(ResourceType type, AuditAction action) {
    return new Touches(type, action, null, null);
  }

  /** A write of a resource for the patient named by the request body's top-level field. */
  public static Touches forPatientInBody(ResourceType type, AuditAction action, String field) {
    return new Touches(type, action, null, null, null, field);
  }

  /** Reads are recorded only where they reveal patient data; every other action always. */
  public boolean audited() {
    return action != AuditAction.READ || type.patientData();
  }
}
