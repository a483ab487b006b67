package org.procedura.outcomes.persistence;

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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.procedura.shared.persistence.ChangeStampListener;
import org.procedura.shared.persistence.ChangeStamps;
import org.procedura.shared.persistence.Stamped;
import org.procedura.shared.persistence.VersionedEntity;

/**
 * A procedure type's follow-up protocol: its steps in order ({@code seq}) and its diary's time
 * points are element collections, so changing either raises the protocol's version.
 */
@Entity
@EntityListeners(ChangeStampListener.class)
@Table(name = "follow_up_protocol")
public class FollowUpProtocolJpaEntity implements VersionedEntity, Stamped {
  @Embedded private ChangeStamps changeStamps;

  @Id
  @Column(name = "procedure_type_code", length = 40)
  private String procedureTypeCode;

  /** The scales measured, comma-separated in the enum's order. */
  private String measures;

  @ElementCollection
  @CollectionTable(
      name = "follow_up_protocol_step",
      joinColumns = @JoinColumn(name = "procedure_type_code"))
  @OrderColumn(name = "seq")
  private List<FollowUpStepRow> steps = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "follow_up_protocol_diary",
      joinColumns = @JoinColumn(name = "procedure_type_code"))
  @Column(name = "minutes_after")
  private Set<Integer> diaryMinutes = new HashSet<>();

  @Version private Long version;

  @Override
  public ChangeStamps changeStamps() {
    return changeStamps;
  }

  @Override
  public void changeStamps(ChangeStamps stamps) {
    this.changeStamps = stamps;
  }

  public String getProcedureTypeCode() {
    return procedureTypeCode;
  }

  public void setProcedureTypeCode(String procedureTypeCode) {
    this.procedureTypeCode = procedureTypeCode;
  }

  public String getMeasures() {
    return measures;
  }

  public void setMeasures(String measures) {
    this.measures = measures;
  }

  public List<FollowUpStepRow> getSteps() {
    return steps;
  }

  public Set<Integer> getDiaryMinutes() {
    return diaryMinutes;
  }

  @Override
  public Long getVersion() {
    return version;
  }
}
