package org.procedura.outcomes.persistence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.OptimisticLock;
import org.procedura.shared.persistence.ChangeStampListener;
import org.procedura.shared.persistence.ChangeStamps;
import org.procedura.shared.persistence.Stamped;
import org.procedura.shared.persistence.VersionedEntity;

/**
 * The record of a completed procedure, one row under its appointment's id. Its revisions are
 * entities of their own (each carries its injectates) and its pain diary is keyed by the minutes
 * after the procedure; both are only ever appended to, and appending to either raises the record's
 * version (the revisions are mapped by their record, so that is asked for explicitly).
 */
@Entity
@EntityListeners(ChangeStampListener.class)
@Table(name = "procedure_record")
public class ProcedureRecordJpaEntity implements VersionedEntity, Stamped {
  @Embedded private ChangeStamps changeStamps;

  @Id
  @Column(name = "appointment_id", columnDefinition = "char(36)")
  private String appointmentId;

  @Column(columnDefinition = "char(36)")
  private String patientId;

  private String procedureTypeCode;

  @Column(columnDefinition = "char(36)")
  private String physicianId;

  private String spinalRegion;
  private LocalDateTime completedAt;

  @OneToMany(mappedBy = "record", cascade = CascadeType.PERSIST)
  @OptimisticLock(excluded = false)
  private List<ProcedureRecordRevisionJpaEntity> revisions = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "pain_diary_entry",
      joinColumns = @JoinColumn(name = "appointment_id", columnDefinition = "char(36)"))
  @MapKeyColumn(name = "minutes_after")
  private Map<Integer, PainDiaryRow> diary = new HashMap<>();

  @Version private Long version;

  @Override
  public ChangeStamps changeStamps() {
    return changeStamps;
  }

  @Override
  public void changeStamps(ChangeStamps stamps) {
    this.changeStamps = stamps;
  }

  public String getAppointmentId() {
    return appointmentId;
  }

  public void setAppointmentId(String appointmentId) {
    this.appointmentId = appointmentId;
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

  public String getSpinalRegion() {
    return spinalRegion;
  }

  public void setSpinalRegion(String spinalRegion) {
    this.spinalRegion = spinalRegion;
  }

  public LocalDateTime getCompletedAt() {
    return completedAt;
  }

  public void setCompletedAt(LocalDateTime completedAt) {
    this.completedAt = completedAt;
  }

  public List<ProcedureRecordRevisionJpaEntity> getRevisions() {
    return revisions;
  }

  public Map<Integer, PainDiaryRow> getDiary() {
    return diary;
  }

  @Override
  public Long getVersion() {
    return version;
  }
}
