package org.procedura.rules.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.shared.model.Check;

/**
 * Which image guidance is covered: one of {@code allowed}, with contrast where {@code
 * contrastRequired}; {@code whenContrastContraindicated} (e.g. ultrasound) only for a patient with
 * a contrast allergy or a pregnancy. No guidance at all is never covered by this rule.
 */
public record AllowedImaging(
    RuleHeader header,
    Set<ImagingModality> allowed,
    boolean contrastRequired,
    Set<ImagingModality> whenContrastContraindicated)
    implements PayerRule {
  public AllowedImaging {
    Check.present(header, "header");
    allowed = Set.copyOf(Check.present(allowed, "allowed"));
    whenContrastContraindicated =
        whenContrastContraindicated == null ? Set.of() : Set.copyOf(whenContrastContraindicated);
  }

  @Override
  public List<Finding> check(RuleContext context) {
    ProcedureFacts planned = context.planned();
    boolean contraindicated = context.patient().contrastAllergy() || context.patient().pregnant();
    ImagingModality imaging = planned.imaging();
    Map<String, String> facts =
        Map.of(
            "imaging", String.valueOf(imaging),
            "contrast", String.valueOf(planned.contrast()),
            "contrastContraindicated", String.valueOf(contraindicated));
    if (imaging != null && contraindicated && whenContrastContraindicated.contains(imaging)) {
      return List.of();
    }
    if (imaging == null || !allowed.contains(imaging)) {
      Set<ImagingModality> covered = EnumSet.noneOf(ImagingModality.class);
      covered.addAll(allowed);
      if (contraindicated) {
        covered.addAll(whenContrastContraindicated);
      }
      return List.of(
          header.finding(
              (imaging == null ? "no image guidance" : imaging + " guidance") + " is not covered",
              facts,
              "use " + covered + " guidance",
              null));
    }
    if (contrastRequired && !planned.contrast() && !contraindicated) {
      return List.of(
          header.finding(
              "guidance without contrast is not covered",
              facts,
              "plan the procedure with contrast",
              null));
    }
    return List.of();
  }
}
