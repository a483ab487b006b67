package org.procedura.patient.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.LocalDate;

/** A row of patient_medication. */
@Embeddable
public class MedicationRow {
  @Column(length = 36, columnDefinition = "char(36)")
  private String id;

  private String name;

  private String antithromboticClass;

  private LocalDate lastConfirmedOn;

  @Embedded private EntryColumns entry;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAntithromboticClass() {
    return antithromboticClass;
  }

  public void setAntithromboticClass(String antithromboticClass) {
    this.antithromboticClass = antithromboticClass;
  }

  public LocalDate getLastConfirmedOn() {
    return lastConfirmedOn;
  }

  public void setLastConfirmedOn(LocalDate lastConfirmedOn) {
    this.lastConfirmedOn = lastConfirmedOn;
  }

  public EntryColumns getEntry() {
    return entry;
  }

  public void setEntry(EntryColumns entry) {
    this.entry = entry;
  }
}
