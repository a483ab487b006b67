package org.procedura.audit.model;

/**
 * What an endpoint reads or changes, for the audit trail: the resource's type and action, and the
 * path variables naming the resource and its patient. Where the path does not name them, they are
 * taken from the answer's {@code id} and {@code patientId}.
 */
public record Touches(
    ResourceType type, AuditAction action, String idVariable, String patientVariable) {

  public static Touches of(ResourceType type, AuditAction action) {
    return new Touches(type, action, null, null);
  }

  /** Reads are recorded only where they reveal patient data; every other action always. */
  public boolean audited() {
    return action != AuditAction.READ || type.patientData();
  }
}
