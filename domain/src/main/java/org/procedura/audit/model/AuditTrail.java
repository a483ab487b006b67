package org.procedura.audit.model;

import org.procedura.shared.model.PageQuery;
import org.procedura.shared.model.PageResult;

/**
 * The append-only trail. There is deliberately no way to change or remove an entry: the
 * application's database user is granted INSERT and SELECT only on its table.
 */
public interface AuditTrail {

  /** Records the entry in a transaction of its own, whatever became of the audited request. */
  void append(AuditEvent event);

  /** Newest first. */
  PageResult<AuditEvent> find(AuditQuery query, PageQuery page);
}
