package org.procedura.console.web;

import java.util.Locale;
import org.procedura.scheduling.model.ProcedureSite;

/** A procedure's site as staff say it: "L4-L5, L5-S1 left", or nothing where none applies. */
final class SiteWords {
  private SiteWords() {}

  static String of(ProcedureSite site) {
    if (site == null) {
      return "";
    }
    var words = new StringBuilder(String.join(", ", site.levels()));
    if (site.levels().isEmpty() && site.region() != null) {
      words.append(site.region().label());
    }
    if (site.laterality() != null) {
      words
          .append(words.isEmpty() ? "" : " ")
          .append(site.laterality().name().toLowerCase(Locale.ROOT));
    }
    return words.toString();
  }
}
