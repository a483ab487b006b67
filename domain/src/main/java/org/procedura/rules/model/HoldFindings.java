package org.procedura.rules.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the holds mean at booking: a WARN per medication to stop, telling the front desk the last
 * day the patient may take it (the hold can still be planned), or, when that day has already
 * passed, from which day the procedure could follow a hold that starts today. A shared decision is
 * a WARN for the physician to settle with the prescriber.
 */
public final class HoldFindings {
  static final String RULE_ID = "ANTITHROMBOTIC_HOLD";

  private HoldFindings() {}

  public static List<Finding> atBooking(List<DrugHold> holds, Instant now, ZoneId zone) {
    List<Finding> found = new ArrayList<>();
    for (DrugHold hold : holds) {
      if (hold.rule().kind() == HoldRule.Kind.SHARED_DECISION) {
        found.add(
            new Finding(
                RULE_ID,
                Severity.WARN,
                hold.medication() + ": holding it is a shared decision for this procedure",
                Map.of("drugClass", hold.drugClass().name()),
                "the physician decides with the prescriber and acknowledges with a reason",
                null));
        continue;
      }
      LocalDate lastDay = LocalDate.ofInstant(hold.lastDoseBy(), zone);
      boolean stillPossible = hold.lastDoseBy().isAfter(now);
      LocalDate earliest =
          stillPossible
              ? null
              : LocalDate.ofInstant(now.plus(hold.rule().hold()), zone).plusDays(1);
      found.add(
          new Finding(
              RULE_ID,
              Severity.WARN,
              stillPossible
                  ? hold.medication() + " must be stopped: last dose on " + lastDay
                  : hold.medication()
                      + " needs a hold of "
                      + hold.rule().hold().toDays()
                      + " days that can no longer be kept before this date",
              Map.of(
                  "drugClass", hold.drugClass().name(),
                  "hold", hold.rule().hold().toString(),
                  "lastDoseBy", hold.lastDoseBy().toString(),
                  "restartFrom", hold.restartFrom().toString()),
              stillPossible
                  ? "tell the patient to take the last dose on " + lastDay + " at the latest"
                  : "book on or after " + earliest + ", with the hold starting today",
              earliest));
    }
    return found;
  }

  /**
   * What the holds mean at check-in: until a nurse or physician confirms the patient kept them,
   * each drug to stop is a BLOCK, with the last day it could be taken. A shared decision was
   * settled, and acknowledged, at booking.
   */
  public static List<Finding> atCheckIn(List<DrugHold> holds, boolean confirmed, ZoneId zone) {
    if (confirmed) {
      return List.of();
    }
    List<Finding> found = new ArrayList<>();
    for (DrugHold hold : holds) {
      if (hold.rule().kind() != HoldRule.Kind.HOLD) {
        continue;
      }
      found.add(
          new Finding(
              RULE_ID,
              Severity.BLOCK,
              hold.medication()
                  + ": the hold is not confirmed (last dose on "
                  + LocalDate.ofInstant(hold.lastDoseBy(), zone)
                  + " at the latest)",
              Map.of(
                  "drugClass", hold.drugClass().name(),
                  "hold", hold.rule().hold().toString(),
                  "lastDoseBy", hold.lastDoseBy().toString()),
              "ask when the last dose was taken and record the hold as confirmed, or reschedule",
              null));
    }
    return found;
  }

  /** Whether any of the holds is a drug to stop (not a shared decision). */
  public static boolean anyToStop(List<DrugHold> holds) {
    return holds.stream().anyMatch(h -> h.rule().kind() == HoldRule.Kind.HOLD);
  }
}
