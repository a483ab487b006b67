package org.procedura.rules.model;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.procedura.catalog.model.CareSetting;
import org.procedura.shared.model.Check;

/**
 * A document that must be on file first (a psychological evaluation before an SCS trial, a prior
 * authorization); with {@code onlyIn}, only in those settings (e.g. hospital outpatient).
 */
public record DocumentOnFile(RuleHeader header, DocumentKind document, Set<CareSetting> onlyIn)
    implements PayerRule {
  public DocumentOnFile {
    Check.present(header, "header");
    Check.present(document, "document");
    onlyIn = onlyIn == null ? Set.of() : Set.copyOf(onlyIn);
  }

  @Override
  public List<Finding> check(RuleContext context) {
    CareSetting setting = context.planned().setting();
    if (!onlyIn.isEmpty() && (setting == null || !onlyIn.contains(setting))) {
      return List.of();
    }
    if (context.patient().documentsOnFile().contains(document)) {
      return List.of();
    }
    return List.of(
        header.finding(
            "no " + document.name().toLowerCase().replace('_', ' ') + " on file",
            Map.of("document", document.name(), "setting", String.valueOf(setting)),
            "file the " + document.name().toLowerCase().replace('_', ' ') + " before booking",
            null));
  }
}
