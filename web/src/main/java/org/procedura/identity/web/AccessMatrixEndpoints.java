package org.procedura.identity.web;

import java.util.Optional;
import org.procedura.audit.web.AuditedEndpoints;

/** Tells the audit trail what each request touched, from the access matrix's declarations. */
final class AccessMatrixEndpoints implements AuditedEndpoints {

  @Override
  public Optional<Target> find(String method, String path) {
    return AccessMatrix.match(method, path)
        .map(match -> new Target(match.endpoint().touches(), match.variables()));
  }
}
