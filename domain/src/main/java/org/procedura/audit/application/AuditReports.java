package org.procedura.audit.application;

import java.util.UUID;
import org.procedura.audit.model.AuditEvent;
import org.procedura.audit.model.AuditQuery;
import org.procedura.audit.model.AuditTrail;
import org.procedura.shared.model.PageQuery;
import org.procedura.shared.model.PageResult;

/** What administrators learn from the trail. */
public class AuditReports {
  private final AuditTrail trail;

  public AuditReports(AuditTrail trail) {
    this.trail = trail;
  }

  public PageResult<AuditEvent> search(AuditQuery query, PageQuery page) {
    return trail.find(query, page);
  }

  /** Who looked at or changed this patient's record, and who tried and was refused. */
  public PageResult<AuditEvent> accessReport(UUID patientId, PageQuery page) {
    return trail.find(AuditQuery.ofPatient(patientId), page);
  }
}
