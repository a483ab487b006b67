package org.procedura.rules.model;

import java.util.Set;
import org.procedura.catalog.model.ProcedureCategory;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.shared.model.InvalidInputException;

/**
 * Which procedures a rule speaks of: by category or by type code (either matches), optionally only
 * diagnostic or only therapeutic ones. A purpose of DIAGNOSTIC_OR_THERAPEUTIC matches either.
 */
public record RuleScope(
    Set<ProcedureCategory> categories, Set<ProcedureTypeCode> types, ProcedurePurpose purpose) {
  public RuleScope {
    categories = categories == null ? Set.of() : Set.copyOf(categories);
    types = types == null ? Set.of() : Set.copyOf(types);
    if (categories.isEmpty() && types.isEmpty()) {
      throw new InvalidInputException("scope", "a rule applies to at least one category or type");
    }
  }

  public static RuleScope of(ProcedureCategory category) {
    return new RuleScope(Set.of(category), Set.of(), null);
  }

  public static RuleScope of(ProcedureTypeCode... types) {
    return new RuleScope(Set.of(), Set.of(types), null);
  }

  public RuleScope only(ProcedurePurpose onlyPurpose) {
    return new RuleScope(categories, types, onlyPurpose);
  }

  public boolean covers(ProcedureFacts procedure) {
    boolean kind = categories.contains(procedure.category()) || types.contains(procedure.type());
    return kind && purposeMatches(procedure.purpose());
  }

  private boolean purposeMatches(ProcedurePurpose actual) {
    return purpose == null
        || actual == purpose
        || actual == ProcedurePurpose.DIAGNOSTIC_OR_THERAPEUTIC;
  }
}
