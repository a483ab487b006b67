package org.procedura.console.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.procedura.outcomes.model.Measure;
import org.procedura.rules.model.ChecklistEntry;
import org.procedura.rules.model.ChecklistItem;
import org.procedura.rules.model.ChecklistLimit;
import org.procedura.rules.model.ChecklistValue;

/**
 * One item of a procedure's checklist as the nurse's table shows it: what it is, what is recorded
 * in words, and the limits its value is held to.
 */
record ChecklistRow(String item, String label, String kind, String recorded, String limits) {

  static ChecklistRow of(
      ChecklistItem item, ChecklistEntry entry, List<ChecklistLimit> limits, ConsoleTime time) {
    return new ChecklistRow(
        item.name(),
        capitalised(item.label()),
        item.kind().name(),
        entry == null ? "" : words(entry.value(), time),
        limits.stream()
            .filter(limit -> limit.item() == item)
            .map(ChecklistRow::words)
            .collect(Collectors.joining("; ")));
  }

  private static String words(ChecklistValue value, ConsoleTime time) {
    return switch (value) {
      case ChecklistValue.Checked checked -> "checked";
      case ChecklistValue.Answer answer -> answer.yes() ? "yes" : "no";
      case ChecklistValue.Reading reading -> reading.value().stripTrailingZeros().toPlainString();
      case ChecklistValue.LastMeal meal ->
          meal.meal().name().toLowerCase(Locale.ROOT)
              + " meal at "
              + time.hour(meal.at())
              + " on "
              + time.day(meal.at());
      case ChecklistValue.LastLiquids liquids ->
          "at " + time.hour(liquids.at()) + " on " + time.day(liquids.at());
      case ChecklistValue.PainScores scores ->
          scores.scores().stream().map(ChecklistRow::score).collect(Collectors.joining(", "));
    };
  }

  private static String score(Measure measure) {
    return measure.scale().name() + " " + measure.score().stripTrailingZeros().toPlainString();
  }

  private static String words(ChecklistLimit limit) {
    String unit = limit.unit() == null ? "" : " " + limit.unit();
    String range;
    if (limit.minimum() != null && limit.maximum() != null) {
      range = "from " + plain(limit.minimum()) + " to " + plain(limit.maximum()) + unit;
    } else if (limit.minimum() != null) {
      range = "at least " + plain(limit.minimum()) + unit;
    } else {
      range = "at most " + plain(limit.maximum()) + unit;
    }
    String when =
        (limit.meal() == null
                ? ""
                : " after a " + limit.meal().name().toLowerCase(Locale.ROOT) + " meal")
            + (limit.bleedingRisk() == null
                ? ""
                : " for "
                    + limit.bleedingRisk().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " bleeding risk");
    return range + when;
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static String capitalised(String words) {
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
