package org.procedura.outcomes.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.procedura.shared.persistence.ChangeStampListener;
import org.procedura.shared.persistence.ChangeStamps;
import org.procedura.shared.persistence.Stamped;
import org.procedura.shared.persistence.VersionedEntity;

/**
 * A follow-up, one row each; its measures are rows of {@code outcome_measure} under its id (the
 * baseline's rows there belong to the procedure, not to any follow-up). Times are UTC.
 */
@Entity
@EntityListeners(ChangeStampListener.class)
@Table(name = "follow_up")
public class FollowUpJpaEntity implements VersionedEntity, Stamped {
  @Embedded private ChangeStamps changeStamps;

  @Id
  @Column(length = 36, columnDefinition = "char(36)")
  private String id;

  @Column(columnDefinition = "char(36)")
  private String procedureId;

  @Column(columnDefinition = "char(36)")
  private String patientId;

  private String procedureTypeCode;

  @Column(columnDefinition = "char(36)")
  private String physicianId;

  private String label;
  private LocalDate dueOn;
  private LocalDate windowOpensOn;
  private LocalDate windowClosesOn;
  private String status;

  @Column(columnDefinition = "char(36)")
  private String visitAppointmentId;

  private String contact;
  private LocalDateTime doneAt;
  private String doneBy;
  private boolean recordedLate;
  private String closureReason;
  private String closureNote;
  private LocalDateTime closedAt;
  private String closedBy;

  @ElementCollection
  @CollectionTable(
      name = "outcome_measure",
      joinColumns = @JoinColumn(name = "measured_at_point", columnDefinition = "varchar(36)"))
  @OrderBy("scale")
  private List<MeasureRow> measures = new ArrayList<>();

  @Version private Long version;

  @Override
  public ChangeStamps changeStamps() {
    return changeStamps;
  }

  @Override
  public void changeStamps(ChangeStamps stamps) {
    this.changeStamps = stamps;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getProcedureId() {
    return procedureId;
  }

  public void setProcedureId(String procedureId) {
    this.procedureId = procedureId;
  }

  public String getPatientId() {
    return patientId;
  }

  public void setPatientId(String patientId) {
    this.patientId = patientId;
  }

  public String getProcedureTypeCode() {
    return procedureTypeCode;
  }

  public void setProcedureTypeCode(String procedureTypeCode) {
    this.procedureTypeCode = procedureTypeCode;
  }

  public String getPhysicianId() {
    return physicianId;
  }

  public void setPhysicianId(String physicianId) {
    this.physicianId = physicianId;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }

  public LocalDate getWindowOpensOn() {
    return windowOpensOn;
  }

  public void setWindowOpensOn(LocalDate windowOpensOn) {
    this.windowOpensOn = windowOpensOn;
  }

  public LocalDate getWindowClosesOn() {
    return windowClosesOn;
  }

  public void setWindowClosesOn(LocalDate windowClosesOn) {
    this.windowClosesOn = windowClosesOn;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getVisitAppointmentId() {
    return visitAppointmentId;
  }

  public void setVisitAppointmentId(String visitAppointmentId) {
    this.visitAppointmentId = visitAppointmentId;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }

  public LocalDateTime getDoneAt() {
    return doneAt;
  }

  public void setDoneAt(LocalDateTime doneAt) {
    this.doneAt = doneAt;
  }

  public String getDoneBy() {
    return doneBy;
  }

  public void setDoneBy(String doneBy) {
    this.doneBy = doneBy;
  }

  public boolean isRecordedLate() {
    return recordedLate;
  }

  public void setRecordedLate(boolean recordedLate) {
    this.recordedLate = recordedLate;
  }

  public String getClosureReason() {
    return closureReason;
  }

  public void setClosureReason(String closureReason) {
    this.closureReason = closureReason;
  }

  public String getClosureNote() {
    return closureNote;
  }

  public void setClosureNote(String closureNote) {
    this.closureNote = closureNote;
  }

  public LocalDateTime getClosedAt() {
    return closedAt;
  }

  public void setClosedAt(LocalDateTime closedAt) {
    this.closedAt = closedAt;
  }

  public String getClosedBy() {
    return closedBy;
  }

  public void setClosedBy(String closedBy) {
    this.closedBy = closedBy;
  }

  public List<MeasureRow> getMeasures() {
    return measures;
  }

  @Override
  public Long getVersion() {
    return version;
  }
}
