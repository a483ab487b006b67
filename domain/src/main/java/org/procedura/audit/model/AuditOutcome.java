package org.procedura.audit.model;

/**
 * ALLOWED: done; DENIED: refused by authentication or an access rule; FAILED: any other refusal.
 */
public enum AuditOutcome {
  ALLOWED,
  DENIED,
  FAILED;

  public static AuditOutcome ofStatus(int status) {
    if (status == 401 || status == 403) {
      return DENIED;
    }
    return status >= 400 ? FAILED : ALLOWED;
  }
}
