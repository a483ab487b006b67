package org.procedura.outcomes.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/** One time point of a procedure's pain diary, a row of {@code pain_diary_entry}. */
@Embeddable
public class PainDiaryRow {
  private int nrs;

  @Column(name = "recorded_at")
  private LocalDateTime recordedAt;

  @Column(name = "recorded_by", length = 60)
  private String recordedBy;

  protected PainDiaryRow() {}

  PainDiaryRow(int nrs, LocalDateTime recordedAt, String recordedBy) {
    this.nrs = nrs;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
  }

  int nrs() {
    return nrs;
  }

  LocalDateTime recordedAt() {
    return recordedAt;
  }

  String recordedBy() {
    return recordedBy;
  }
}
