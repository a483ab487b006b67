package org.procedura.history.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.procedura.shared.persistence.ChangeStampListener;
import org.procedura.shared.persistence.ChangeStamps;
import org.procedura.shared.persistence.Stamped;
import org.procedura.shared.persistence.VersionedEntity;

/** A procedure done elsewhere, one row each; times are UTC (see {@code UtcTime}). */
@Entity
@EntityListeners(ChangeStampListener.class)
@Table(name = "outside_procedure")
public class OutsideProcedureJpaEntity implements VersionedEntity, Stamped {
  @Embedded private ChangeStamps changeStamps;

  @Override
  public ChangeStamps changeStamps() {
    return changeStamps;
  }

  @Override
  public void changeStamps(ChangeStamps stamps) {
    this.changeStamps = stamps;
  }

  @Id
  @Column(length = 36, columnDefinition = "char(36)")
  private String id;

  @Column(length = 36, columnDefinition = "char(36)")
  private String patientId;

  private LocalDate performedOn;
  private String procedureTypeCode;
  private String spinalRegion;
  private String levels;
  private String laterality;
  private Integer reliefPercent;
  private String reliefLasted;
  private LocalDate reliefStillLastingOn;
  private String performedBy;
  private String sourceDocument;
  private String recordedBy;
  private LocalDateTime recordedAt;
  private String correctedBy;
  private LocalDateTime correctedAt;
  private String enteredInErrorReason;
  private String enteredInErrorBy;
  private LocalDateTime enteredInErrorAt;

  @Version private Long version;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getPatientId() {
    return patientId;
  }

  public void setPatientId(String patientId) {
    this.patientId = patientId;
  }

  public LocalDate getPerformedOn() {
    return performedOn;
  }

  public void setPerformedOn(LocalDate performedOn) {
    this.performedOn = performedOn;
  }

  public String getProcedureTypeCode() {
    return procedureTypeCode;
  }

  public void setProcedureTypeCode(String procedureTypeCode) {
    this.procedureTypeCode = procedureTypeCode;
  }

  public String getSpinalRegion() {
    return spinalRegion;
  }

  public void setSpinalRegion(String spinalRegion) {
    this.spinalRegion = spinalRegion;
  }

  public String getLevels() {
    return levels;
  }

  public void setLevels(String levels) {
    this.levels = levels;
  }

  public String getLaterality() {
    return laterality;
  }

  public void setLaterality(String laterality) {
    this.laterality = laterality;
  }

  public Integer getReliefPercent() {
    return reliefPercent;
  }

  public void setReliefPercent(Integer reliefPercent) {
    this.reliefPercent = reliefPercent;
  }

  public String getReliefLasted() {
    return reliefLasted;
  }

  public void setReliefLasted(String reliefLasted) {
    this.reliefLasted = reliefLasted;
  }

  public LocalDate getReliefStillLastingOn() {
    return reliefStillLastingOn;
  }

  public void setReliefStillLastingOn(LocalDate reliefStillLastingOn) {
    this.reliefStillLastingOn = reliefStillLastingOn;
  }

  public String getPerformedBy() {
    return performedBy;
  }

  public void setPerformedBy(String performedBy) {
    this.performedBy = performedBy;
  }

  public String getSourceDocument() {
    return sourceDocument;
  }

  public void setSourceDocument(String sourceDocument) {
    this.sourceDocument = sourceDocument;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public void setRecordedBy(String recordedBy) {
    this.recordedBy = recordedBy;
  }

  public LocalDateTime getRecordedAt() {
    return recordedAt;
  }

  public void setRecordedAt(LocalDateTime recordedAt) {
    this.recordedAt = recordedAt;
  }

  public String getCorrectedBy() {
    return correctedBy;
  }

  public void setCorrectedBy(String correctedBy) {
    this.correctedBy = correctedBy;
  }

  public LocalDateTime getCorrectedAt() {
    return correctedAt;
  }

  public void setCorrectedAt(LocalDateTime correctedAt) {
    this.correctedAt = correctedAt;
  }

  public String getEnteredInErrorReason() {
    return enteredInErrorReason;
  }

  public void setEnteredInErrorReason(String enteredInErrorReason) {
    this.enteredInErrorReason = enteredInErrorReason;
  }

  public String getEnteredInErrorBy() {
    return enteredInErrorBy;
  }

  public void setEnteredInErrorBy(String enteredInErrorBy) {
    this.enteredInErrorBy = enteredInErrorBy;
  }

  public LocalDateTime getEnteredInErrorAt() {
    return enteredInErrorAt;
  }

  public void setEnteredInErrorAt(LocalDateTime enteredInErrorAt) {
    this.enteredInErrorAt = enteredInErrorAt;
  }

  @Override
  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
