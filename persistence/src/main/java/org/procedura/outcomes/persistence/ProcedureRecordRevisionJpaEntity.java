package org.procedura.outcomes.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;

/**
 * One revision of a procedure record, a row of {@code procedure_record_revision} with its
 * injectates in order ({@code seq}). Written once and never changed: an amendment is the next
 * revision. Its site's levels and the parts an amendment changed are comma-separated.
 */
@Entity
@Immutable
@Table(name = "procedure_record_revision")
public class ProcedureRecordRevisionJpaEntity {
  @EmbeddedId private RevisionKey key;

  @MapsId("appointmentId")
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "appointment_id", columnDefinition = "char(36)")
  private ProcedureRecordJpaEntity record;

  private LocalDateTime performedAt;
  private String procedureTypeCode;
  private String spinalRegion;
  private String levels;
  private String laterality;
  private String imaging;
  private Integer fluoroscopySeconds;

  @Column(columnDefinition = "decimal(8,2)")
  private BigDecimal fluoroscopyDoseMgy;

  @Column(columnDefinition = "decimal(6,1)")
  private BigDecimal contrastMl;

  @ElementCollection
  @CollectionTable(
      name = "procedure_injectate",
      joinColumns = {
        @JoinColumn(
            name = "appointment_id",
            referencedColumnName = "appointment_id",
            columnDefinition = "char(36)"),
        @JoinColumn(name = "revision", referencedColumnName = "revision")
      })
  @OrderColumn(name = "seq")
  private List<InjectateRow> injectates = new ArrayList<>();

  private String sedation;
  private String complication;
  private String complicationNote;
  private int immediatePain;
  private String reason;
  private String changedFields;
  private LocalDateTime recordedAt;
  private String recordedBy;

  protected ProcedureRecordRevisionJpaEntity() {}

  ProcedureRecordRevisionJpaEntity(ProcedureRecordJpaEntity record, int number) {
    this.record = record;
    this.key = new RevisionKey(record.getAppointmentId(), number);
  }

  RevisionKey getKey() {
    return key;
  }

  LocalDateTime getPerformedAt() {
    return performedAt;
  }

  void setPerformedAt(LocalDateTime performedAt) {
    this.performedAt = performedAt;
  }

  String getProcedureTypeCode() {
    return procedureTypeCode;
  }

  void setProcedureTypeCode(String procedureTypeCode) {
    this.procedureTypeCode = procedureTypeCode;
  }

  String getSpinalRegion() {
    return spinalRegion;
  }

  void setSpinalRegion(String spinalRegion) {
    this.spinalRegion = spinalRegion;
  }

  String getLevels() {
    return levels;
  }

  void setLevels(String levels) {
    this.levels = levels;
  }

  String getLaterality() {
    return laterality;
  }

  void setLaterality(String laterality) {
    this.laterality = laterality;
  }

  String getImaging() {
    return imaging;
  }

  void setImaging(String imaging) {
    this.imaging = imaging;
  }

  Integer getFluoroscopySeconds() {
    return fluoroscopySeconds;
  }

  void setFluoroscopySeconds(Integer fluoroscopySeconds) {
    this.fluoroscopySeconds = fluoroscopySeconds;
  }

  BigDecimal getFluoroscopyDoseMgy() {
    return fluoroscopyDoseMgy;
  }

  void setFluoroscopyDoseMgy(BigDecimal fluoroscopyDoseMgy) {
    this.fluoroscopyDoseMgy = fluoroscopyDoseMgy;
  }

  BigDecimal getContrastMl() {
    return contrastMl;
  }

  void setContrastMl(BigDecimal contrastMl) {
    this.contrastMl = contrastMl;
  }

  List<InjectateRow> getInjectates() {
    return injectates;
  }

  String getSedation() {
    return sedation;
  }

  void setSedation(String sedation) {
    this.sedation = sedation;
  }

  String getComplication() {
    return complication;
  }

  void setComplication(String complication) {
    this.complication = complication;
  }

  String getComplicationNote() {
    return complicationNote;
  }

  void setComplicationNote(String complicationNote) {
    this.complicationNote = complicationNote;
  }

  int getImmediatePain() {
    return immediatePain;
  }

  void setImmediatePain(int immediatePain) {
    this.immediatePain = immediatePain;
  }

  String getReason() {
    return reason;
  }

  void setReason(String reason) {
    this.reason = reason;
  }

  String getChangedFields() {
    return changedFields;
  }

  void setChangedFields(String changedFields) {
    this.changedFields = changedFields;
  }

  LocalDateTime getRecordedAt() {
    return recordedAt;
  }

  void setRecordedAt(LocalDateTime recordedAt) {
    this.recordedAt = recordedAt;
  }

  String getRecordedBy() {
    return recordedBy;
  }

  void setRecordedBy(String recordedBy) {
    this.recordedBy = recordedBy;
  }
}
