package org.procedura.outcomes.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A follow-up's measure, one row of {@code outcome_measure} under the follow-up's id; item answers
 * comma-separated, an unanswered ODI section as an empty entry (see {@link MeasureRows}).
 */
@Embeddable
public class MeasureRow {
  @Column(name = "procedure_id", columnDefinition = "char(36)")
  private String procedureId;

  @Column(name = "measure_scale", length = 20)
  private String scale;

  @Column(name = "patient_id", columnDefinition = "char(36)")
  private String patientId;

  @Column(columnDefinition = "decimal(7,1)")
  private BigDecimal score;

  @Column(length = 60)
  private String items;

  @Column(name = "recorded_at")
  private LocalDateTime recordedAt;

  @Column(name = "recorded_by", length = 60)
  private String recordedBy;

  protected MeasureRow() {}

  MeasureRow(
      String procedureId,
      String scale,
      String patientId,
      BigDecimal score,
      String items,
      LocalDateTime recordedAt,
      String recordedBy) {
    this.procedureId = procedureId;
    this.scale = scale;
    this.patientId = patientId;
    this.score = score;
    this.items = items;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
  }

  String scale() {
    return scale;
  }

  BigDecimal score() {
    return score;
  }

  String items() {
    return items;
  }
}
