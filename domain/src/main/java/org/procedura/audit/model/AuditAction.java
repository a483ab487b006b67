package org.procedura.audit.model;

public enum AuditAction {
  READ,
  CREATE,
  UPDATE,
  DELETE,
  SIGN_IN
}
