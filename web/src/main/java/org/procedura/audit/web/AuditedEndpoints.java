package org.procedura.audit.web;

import java.util.Map;
import java.util.Optional;
import org.procedura.audit.model.Touches;

/** What the endpoint a request is for touches, with its path variables; empty when undeclared. */
@FunctionalInterface
public interface AuditedEndpoints {

  Optional<Target> find(String method, String path);

  record Target(Touches touches, Map<String, String> variables) {}
}
