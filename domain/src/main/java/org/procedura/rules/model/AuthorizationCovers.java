package org.procedura.rules.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.procedura.catalog.model.CareSetting;
import org.procedura.shared.model.Check;

/**
 * An approved prior authorization must cover the planned procedure (with {@code onlyIn}, only in
 * those care settings): its CPT codes the procedure's, the day within its dates, the region and
 * side within those approved, and a visit left. Without one, the finding names what the nearest
 * authorization lacks; a day before its dates is resolved by waiting for them.
 */
public record AuthorizationCovers(RuleHeader header, Set<CareSetting> onlyIn) implements PayerRule {
  public AuthorizationCovers {
    Check.present(header, "header");
    onlyIn = onlyIn == null ? Set.of() : Set.copyOf(onlyIn);
  }

  @Override
  public boolean appliesTo(ProcedureFacts planned) {
    return header.scope().covers(planned)
        && (onlyIn.isEmpty() || (planned.setting() != null && onlyIn.contains(planned.setting())));
  }

  /**
   * The authorization the planned procedure uses a visit of: of those that cover it, the one
   * lapsing first.
   */
  public Optional<AuthorizationOnFile> covering(RuleContext context) {
    ProcedureFacts planned = context.planned();
    return context.authorizations().stream()
        .filter(a -> lacks(a, planned) == null)
        .min(Comparator.comparing(AuthorizationOnFile::validTo));
  }

  @Override
  public List<Finding> check(RuleContext context) {
    if (covering(context).isPresent()) {
      return List.of();
    }
    ProcedureFacts planned = context.planned();
    Optional<AuthorizationOnFile> nearest =
        context.authorizations().stream()
            .filter(a -> lacks(a, planned) != Lack.NOT_APPROVED)
            .max(Comparator.comparing(a -> lacks(a, planned)));
    if (nearest.isEmpty()) {
      return List.of(
          header.finding(
              "no approved prior authorization on file for " + planned.type(),
              Map.of("procedureType", planned.type().value(), "setting", setting(planned)),
              "obtain the payer's prior authorization and record it as approved before booking",
              null));
    }
    AuthorizationOnFile a = nearest.get();
    Lack lack = lacks(a, planned);
    return List.of(
        header.finding(
            "prior authorization " + a.number() + " " + lack.says(a, planned),
            Map.of(
                "authorization", String.valueOf(a.number()),
                "validFrom", a.validFrom().toString(),
                "validTo", a.validTo().toString(),
                "visits", (a.visitsApproved() - a.visitsLeft()) + " of " + a.visitsApproved(),
                "site", a.region() + " " + a.laterality()),
            lack.wayOut,
            lack == Lack.NOT_YET_VALID ? a.validFrom() : null));
  }

  /** The finding of a booking that lost the authorization's last visit to another. */
  public Finding usedUp(AuthorizationOnFile a, ProcedureFacts planned) {
    return header.finding(
        "prior authorization " + a.number() + " " + Lack.USED_UP.says(a, planned),
        Map.of(
            "authorization",
            String.valueOf(a.number()),
            "visits",
            String.valueOf(a.visitsApproved())),
        Lack.USED_UP.wayOut,
        null);
  }

  private static String setting(ProcedureFacts planned) {
    return String.valueOf(planned.setting());
  }

  /** What an authorization lacks for the planned procedure, nearest to covering it last. */
  private enum Lack {
    NOT_APPROVED("is not approved", "record the payer's approval"),
    OTHER_PROCEDURE(
        "does not cover this procedure's CPT codes",
        "obtain an authorization for this procedure's CPT codes"),
    OTHER_SITE(
        "is for another region or side",
        "book the region and side approved, or obtain an authorization for this site"),
    LAPSED(
        "has lapsed before the booked day",
        "obtain a renewed authorization, or book within its dates"),
    NOT_YET_VALID(
        "is not valid yet on the booked day", "book on or after the day it is valid from"),
    USED_UP("has no visit left", "obtain an authorization for further visits");

    private final String says;
    private final String wayOut;

    Lack(String says, String wayOut) {
      this.says = says;
      this.wayOut = wayOut;
    }

    String says(AuthorizationOnFile a, ProcedureFacts planned) {
      return switch (this) {
        case LAPSED -> says + " (valid to " + a.validTo() + ", booked " + planned.date() + ")";
        case NOT_YET_VALID ->
            says + " (valid from " + a.validFrom() + ", booked " + planned.date() + ")";
        case USED_UP -> says + " (" + a.visitsApproved() + " approved, all in use)";
        default -> says;
      };
    }
  }

  private static Lack lacks(AuthorizationOnFile a, ProcedureFacts planned) {
    LocalDate day = planned.date();
    if (!a.approved()) {
      return Lack.NOT_APPROVED;
    }
    if (!a.covers(planned.type())) {
      return Lack.OTHER_PROCEDURE;
    }
    if (!a.coversSite(planned)) {
      return Lack.OTHER_SITE;
    }
    if (day.isAfter(a.validTo())) {
      return Lack.LAPSED;
    }
    if (day.isBefore(a.validFrom())) {
      return Lack.NOT_YET_VALID;
    }
    if (a.visitsLeft() <= 0) {
      return Lack.USED_UP;
    }
    return null;
  }
}
