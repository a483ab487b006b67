package org.procedura.scheduling.persistence;

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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.procedura.shared.persistence.ChangeStampListener;
import org.procedura.shared.persistence.ChangeStamps;
import org.procedura.shared.persistence.Stamped;
import org.procedura.shared.persistence.VersionedEntity;

/** Times are UTC wall-clock (see UtcTime). */
@Entity
@EntityListeners(ChangeStampListener.class)
@Table(name = "appointment")
public class AppointmentJpaEntity implements VersionedEntity, Stamped {
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
  @Column(columnDefinition = "char(36)")
  private String id;

  @Column(columnDefinition = "char(36)")
  private String patientId;

  private String kind;

  @Column(name = "procedure_type_code")
  private String procedureType;

  private String spinalRegion;
  private String levels;
  private String laterality;

  @Column(columnDefinition = "char(36)")
  private String referralId;

  private String purpose;

  @Column(columnDefinition = "char(36)")
  private String clinicianId;

  @Column(columnDefinition = "char(36)")
  private String roomId;

  private LocalDateTime startAt;
  private LocalDateTime endAt;
  private int turnoverMinutes;
  private LocalDateTime heldUntil;
  private String status;

  @ElementCollection
  @CollectionTable(
      name = "appointment_event",
      joinColumns = @JoinColumn(name = "appointment_id", columnDefinition = "char(36)"))
  @OrderColumn(name = "seq")
  private List<AppointmentEventEmbeddable> events = new ArrayList<>();

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

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getProcedureType() {
    return procedureType;
  }

  public void setProcedureType(String procedureType) {
    this.procedureType = procedureType;
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

  public String getReferralId() {
    return referralId;
  }

  public void setReferralId(String referralId) {
    this.referralId = referralId;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getClinicianId() {
    return clinicianId;
  }

  public void setClinicianId(String clinicianId) {
    this.clinicianId = clinicianId;
  }

  public String getRoomId() {
    return roomId;
  }

  public void setRoomId(String roomId) {
    this.roomId = roomId;
  }

  public LocalDateTime getStartAt() {
    return startAt;
  }

  public void setStartAt(LocalDateTime startAt) {
    this.startAt = startAt;
  }

  public LocalDateTime getEndAt() {
    return endAt;
  }

  public void setEndAt(LocalDateTime endAt) {
    this.endAt = endAt;
  }

  public int getTurnoverMinutes() {
    return turnoverMinutes;
  }

  public void setTurnoverMinutes(int turnoverMinutes) {
    this.turnoverMinutes = turnoverMinutes;
  }

  public LocalDateTime getHeldUntil() {
    return heldUntil;
  }

  public void setHeldUntil(LocalDateTime heldUntil) {
    this.heldUntil = heldUntil;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public List<AppointmentEventEmbeddable> getEvents() {
    return events;
  }

  public void setEvents(List<AppointmentEventEmbeddable> events) {
    this.events = events;
  }

  @Override
  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
