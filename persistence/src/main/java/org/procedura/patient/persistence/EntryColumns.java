package org.procedura.patient.persistence;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Who recorded, last changed and ended a clinical profile entry, and when. */
@Embeddable
public class EntryColumns {
  @JdbcTypeCode(SqlTypes.TIMESTAMP)
  private Instant recordedAt;

  private String recordedBy;

  @JdbcTypeCode(SqlTypes.TIMESTAMP)
  private Instant changedAt;

  private String changedBy;

  private LocalDate endedOn;

  @JdbcTypeCode(SqlTypes.TIMESTAMP)
  private Instant endedAt;

  private String endedBy;

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public void setRecordedAt(Instant recordedAt) {
    this.recordedAt = recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public void setRecordedBy(String recordedBy) {
    this.recordedBy = recordedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public void setChangedAt(Instant changedAt) {
    this.changedAt = changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public void setChangedBy(String changedBy) {
    this.changedBy = changedBy;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public void setEndedOn(LocalDate endedOn) {
    this.endedOn = endedOn;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public void setEndedAt(Instant endedAt) {
    this.endedAt = endedAt;
  }

  public String getEndedBy() {
    return endedBy;
  }

  public void setEndedBy(String endedBy) {
    this.endedBy = endedBy;
  }
}
