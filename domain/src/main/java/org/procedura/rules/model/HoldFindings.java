package org.procedura.rules.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.procedura.patient.model.AntithromboticClass;

/**
 * What the holds mean at booking: a WARN per medication to stop, telling the front desk the last
 * day the patient may take it (the physician acknowledges the plan), or a BLOCK when that day has
 * already passed, naming the first day a procedure could follow a hold that starts now. A shared
 * decision is a WARN for the physician to settle with the prescriber.
 */
public final class HoldFindings {
  static final String RULE_ID = "ANTITHROMBOTIC_HOLD";

  private HoldFindings() {}

  /**
   * The findings for a booking made on {@code today}. {@code heldSince} holds, per drug class, the
   * last-dose day a hold already planned for this booking told the patient, so that a booking asked
   * about again once its hold has begun is judged by that plan.
   */
  public static List<Finding> atBooking(
      List<DrugHold> holds,
      Map<AntithromboticClass, LocalDate> heldSince,
      LocalDate today,
      ZoneId zone) {
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
      LocalDate planned = heldSince.get(hold.drugClass());
      LocalDate stopsAfter = planned != null && planned.isBefore(today) ? planned : today;
      found.add(
          hold.lastDoseOn().isBefore(stopsAfter) ? tooLate(hold, stopsAfter, zone) : toStop(hold));
    }
    return found;
  }

  private static Finding toStop(DrugHold hold) {
    return new Finding(
        RULE_ID,
        Severity.WARN,
        hold.medication() + " must be stopped: last dose on " + hold.lastDoseOn(),
        facts(hold),
        "tell the patient to take the last dose on "
            + hold.lastDoseOn()
            + " at the latest and to restart from "
            + hold.restartFrom(),
        null);
  }

  private static Finding tooLate(DrugHold hold, LocalDate lastDose, ZoneId zone) {
    LocalDate earliest = HoldTable.firstDayAfterHold(lastDose, hold.rule(), zone);
    return new Finding(
        RULE_ID,
        Severity.BLOCK,
        hold.medication()
            + " needs a hold of "
            + hold.rule().hold()
            + " that can no longer be kept: the last dose would have been on "
            + hold.lastDoseOn(),
        facts(hold),
        "book on or after " + earliest + ", with the last dose on " + lastDose,
        earliest);
  }

  private static Map<String, String> facts(DrugHold hold) {
    return Map.of(
        "drugClass", hold.drugClass().name(),
        "hold", hold.rule().hold().toString(),
        "lastDoseOn", hold.lastDoseOn().toString(),
        "lastDoseBy", hold.lastDoseBy().toString(),
        "restartFrom", hold.restartFrom().toString());
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
                  + hold.lastDoseOn()
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
