package org.procedura.authorization.persistence;

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

/** A prior authorization, one row each; times are UTC (see {@code UtcTime}). */
@Entity
@EntityListeners(ChangeStampListener.class)
@Table(name = "prior_authorization")
public class PriorAuthorizationJpaEntity implements VersionedEntity, Stamped {
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

  private String payer;
  private String authorizationNumber;
  private String cptCodes;
  private Integer units;
  private String spinalRegion;
  private String laterality;
  private LocalDate validFrom;
  private LocalDate validTo;
  private Integer visitsApproved;
  private String documentReference;
  private String status;
  private String statusNote;
  private String recordedBy;
  private LocalDateTime recordedAt;
  private String changedBy;
  private LocalDateTime changedAt;

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

  public String getPayer() {
    return payer;
  }

  public void setPayer(String payer) {
    this.payer = payer;
  }

  public String getAuthorizationNumber() {
    return authorizationNumber;
  }

  public void setAuthorizationNumber(String authorizationNumber) {
    this.authorizationNumber = authorizationNumber;
  }

  public String getCptCodes() {
    return cptCodes;
  }

  public void setCptCodes(String cptCodes) {
    this.cptCodes = cptCodes;
  }

  public Integer getUnits() {
    return units;
  }

  public void setUnits(Integer units) {
    this.units = units;
  }

  public String getSpinalRegion() {
    return spinalRegion;
  }

  public void setSpinalRegion(String spinalRegion) {
    this.spinalRegion = spinalRegion;
  }

  public String getLaterality() {
    return laterality;
  }

  public void setLaterality(String laterality) {
    this.laterality = laterality;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public void setValidTo(LocalDate validTo) {
    this.validTo = validTo;
  }

  public Integer getVisitsApproved() {
    return visitsApproved;
  }

  public void setVisitsApproved(Integer visitsApproved) {
    this.visitsApproved = visitsApproved;
  }

  public String getDocumentReference() {
    return documentReference;
  }

  public void setDocumentReference(String documentReference) {
    this.documentReference = documentReference;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getStatusNote() {
    return statusNote;
  }

  public void setStatusNote(String statusNote) {
    this.statusNote = statusNote;
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

  public String getChangedBy() {
    return changedBy;
  }

  public void setChangedBy(String changedBy) {
    this.changedBy = changedBy;
  }

  public LocalDateTime getChangedAt() {
    return changedAt;
  }

  public void setChangedAt(LocalDateTime changedAt) {
    this.changedAt = changedAt;
  }

  @Override
  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
