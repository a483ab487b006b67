package org.procedura.fhir.web;

import java.util.Locale;
import org.procedura.scheduling.model.ProcedureSite;

/** A procedure's site in words: "lumbar L4-L5, L5-S1, left". */
final class SiteText {
  private SiteText() {}

  static String of(ProcedureSite site) {
    var parts = new StringBuilder();
    if (site.region() != null) {
      parts.append(site.region().name().toLowerCase(Locale.ROOT));
    }
    if (!site.levels().isEmpty()) {
      parts.append(parts.isEmpty() ? "" : " ").append(String.join(", ", site.levels()));
    }
    if (site.laterality() != null) {
      parts
          .append(parts.isEmpty() ? "" : ", ")
          .append(site.laterality().name().toLowerCase(Locale.ROOT));
    }
    return parts.toString();
  }
}
