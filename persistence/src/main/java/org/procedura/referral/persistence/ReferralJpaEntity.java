package org.procedura.referral.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.procedura.shared.persistence.ChangeStampListener;
import org.procedura.shared.persistence.ChangeStamps;
import org.procedura.shared.persistence.Stamped;
import org.procedura.shared.persistence.VersionedEntity;

/**
 * A referral. Its diagnoses, medications tried and status history are ordered element collections,
 * so a status change raises the referral's version with the row it appends.
 */
@Entity
@EntityListeners(ChangeStampListener.class)
@Table(name = "referral")
public class ReferralJpaEntity implements VersionedEntity, Stamped {
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

  private String status;

  private String urgency;

  private LocalDate receivedOn;

  @JdbcTypeCode(SqlTypes.TIMESTAMP)
  private Instant recordedAt;

  private String reason;

  private LocalDate painOnset;

  private int physicalTherapyWeeks;

  private String otherConservativeCare;

  private String providerName;

  @Column(length = 10, columnDefinition = "char(10)")
  private String providerNpi;

  private String providerPractice;

  private String providerContact;

  private String requestedProcedureType;

  private String notes;

  private String appointmentReference;

  @ElementCollection
  @CollectionTable(
      name = "referral_diagnosis",
      joinColumns = @JoinColumn(name = "referral_id", columnDefinition = "char(36)"))
  @OrderColumn(name = "entry_index")
  private List<ReferralDiagnosisRow> diagnoses = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "referral_medication_tried",
      joinColumns = @JoinColumn(name = "referral_id", columnDefinition = "char(36)"))
  @OrderColumn(name = "entry_index")
  @Column(name = "name")
  private List<String> medicationsTried = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "referral_status_change",
      joinColumns = @JoinColumn(name = "referral_id", columnDefinition = "char(36)"))
  @OrderColumn(name = "entry_index")
  private List<StatusChangeRow> history = new ArrayList<>();

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

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getUrgency() {
    return urgency;
  }

  public void setUrgency(String urgency) {
    this.urgency = urgency;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public void setRecordedAt(Instant recordedAt) {
    this.recordedAt = recordedAt;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public LocalDate getPainOnset() {
    return painOnset;
  }

  public void setPainOnset(LocalDate painOnset) {
    this.painOnset = painOnset;
  }

  public int getPhysicalTherapyWeeks() {
    return physicalTherapyWeeks;
  }

  public void setPhysicalTherapyWeeks(int physicalTherapyWeeks) {
    this.physicalTherapyWeeks = physicalTherapyWeeks;
  }

  public String getOtherConservativeCare() {
    return otherConservativeCare;
  }

  public void setOtherConservativeCare(String otherConservativeCare) {
    this.otherConservativeCare = otherConservativeCare;
  }

  public String getProviderName() {
    return providerName;
  }

  public void setProviderName(String providerName) {
    this.providerName = providerName;
  }

  public String getProviderNpi() {
    return providerNpi;
  }

  public void setProviderNpi(String providerNpi) {
    this.providerNpi = providerNpi;
  }

  public String getProviderPractice() {
    return providerPractice;
  }

  public void setProviderPractice(String providerPractice) {
    this.providerPractice = providerPractice;
  }

  public String getProviderContact() {
    return providerContact;
  }

  public void setProviderContact(String providerContact) {
    this.providerContact = providerContact;
  }

  public String getRequestedProcedureType() {
    return requestedProcedureType;
  }

  public void setRequestedProcedureType(String requestedProcedureType) {
    this.requestedProcedureType = requestedProcedureType;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getAppointmentReference() {
    return appointmentReference;
  }

  public void setAppointmentReference(String appointmentReference) {
    this.appointmentReference = appointmentReference;
  }

  public List<ReferralDiagnosisRow> getDiagnoses() {
    return diagnoses;
  }

  public void setDiagnoses(List<ReferralDiagnosisRow> diagnoses) {
    this.diagnoses = diagnoses;
  }

  public List<String> getMedicationsTried() {
    return medicationsTried;
  }

  public void setMedicationsTried(List<String> medicationsTried) {
    this.medicationsTried = medicationsTried;
  }

  public List<StatusChangeRow> getHistory() {
    return history;
  }

  public void setHistory(List<StatusChangeRow> history) {
    this.history = history;
  }

  @Override
  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
