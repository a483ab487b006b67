package org.procedura.outcomes.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One follow-up of a protocol: {@code afterPeriod} is an ISO-8601 period such as P6W. */
@Embeddable
public class FollowUpStepRow {
  @Column(length = 60)
  private String label;

  @Column(name = "after_period", length = 20)
  private String afterPeriod;

  @Column(name = "window_days")
  private int windowDays;

  protected FollowUpStepRow() {}

  FollowUpStepRow(String label, String afterPeriod, int windowDays) {
    this.label = label;
    this.afterPeriod = afterPeriod;
    this.windowDays = windowDays;
  }

  String label() {
    return label;
  }

  String afterPeriod() {
    return afterPeriod;
  }

  int windowDays() {
    return windowDays;
  }
}
