package org.procedura.rules.model;

import java.util.List;
import java.util.Map;
import org.procedura.shared.model.Check;

/** A procedure a pregnancy excludes (vertebral augmentation). */
public record NotInPregnancy(RuleHeader header) implements PayerRule {
  public NotInPregnancy {
    Check.present(header, "header");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    if (!context.patient().pregnant()) {
      return List.of();
    }
    return List.of(
        header.finding(
            "the patient is pregnant",
            Map.of("pregnant", "true"),
            "not during pregnancy: defer the procedure or choose another treatment",
            null));
  }
}
