package org.procedura.console.web;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Collectors;
import org.procedura.outcomes.application.FollowUpView;
import org.procedura.outcomes.model.Assessment;
import org.procedura.outcomes.model.FollowUp;

/**
 * One follow-up of a procedure as its outcome reads: when it was due and its window, where it
 * stands (missed as soon as its window has closed undone, before the nightly job marks it so), each
 * score against the baseline, the relief it shows and whether it improved meaningfully.
 */
record FollowUpOutcome(
    String label,
    String due,
    String window,
    String status,
    String done,
    String scores,
    String relief,
    String meaningful) {

  static FollowUpOutcome of(FollowUpView view, ConsoleTime time) {
    FollowUp followUp = view.followUp();
    String status =
        followUp.missedBy(time.today())
            ? "missed (its window closed on " + followUp.getWindow().closes() + ")"
            : followUp.getStatus().name().toLowerCase(Locale.ROOT);
    if (followUp.isRecordedLate()) {
      status += ", recorded late";
    }
    if (followUp.getClosure() != null) {
      status +=
          " ("
              + followUp.getClosure().reason().name().replace('_', ' ').toLowerCase(Locale.ROOT)
              + ")";
    }
    return new FollowUpOutcome(
        followUp.getLabel(),
        followUp.getWindow().due().toString(),
        followUp.getWindow().opens() + " to " + followUp.getWindow().closes(),
        status,
        followUp.doneAt() == null
            ? ""
            : time.day(followUp.doneAt())
                + (followUp.getContact() == null
                    ? ""
                    : " by " + followUp.getContact().name().toLowerCase(Locale.ROOT)),
        view.assessments().stream().map(FollowUpOutcome::words).collect(Collectors.joining("; ")),
        view.relief() == null ? "" : plain(view.relief()) + " %",
        view.meaningful() == null ? "" : view.meaningful() ? "yes" : "no");
  }

  /** "NRS 3 (baseline 7, −57.1 %)". */
  private static String words(Assessment a) {
    var words = new StringBuilder(a.scale().name()).append(' ').append(plain(a.score()));
    if (a.baseline() != null) {
      words.append(" (baseline ").append(plain(a.baseline()));
      if (a.percentChange() != null) {
        words.append(", ").append(plain(a.percentChange())).append(" %");
      }
      words.append(')');
    }
    return words.toString();
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
