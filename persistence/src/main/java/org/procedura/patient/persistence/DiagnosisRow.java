package org.procedura.patient.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.LocalDate;

/** A row of patient_diagnosis. */
@Embeddable
public class DiagnosisRow {
  @Column(length = 36, columnDefinition = "char(36)")
  private String id;

  private String code;

  private String description;

  private String laterality;

  private LocalDate onsetDate;

  @Embedded private EntryColumns entry;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getLaterality() {
    return laterality;
  }

  public void setLaterality(String laterality) {
    this.laterality = laterality;
  }

  public LocalDate getOnsetDate() {
    return onsetDate;
  }

  public void setOnsetDate(LocalDate onsetDate) {
    this.onsetDate = onsetDate;
  }

  public EntryColumns getEntry() {
    return entry;
  }

  public void setEntry(EntryColumns entry) {
    this.entry = entry;
  }
}
