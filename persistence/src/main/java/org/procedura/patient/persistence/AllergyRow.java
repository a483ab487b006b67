package org.procedura.patient.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** A row of patient_allergy. */
@Embeddable
public class AllergyRow {
  @Column(length = 36, columnDefinition = "char(36)")
  private String id;

  private String kind;

  private String substance;

  private String reaction;

  @Embedded private EntryColumns entry;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getSubstance() {
    return substance;
  }

  public void setSubstance(String substance) {
    this.substance = substance;
  }

  public String getReaction() {
    return reaction;
  }

  public void setReaction(String reaction) {
    this.reaction = reaction;
  }

  public EntryColumns getEntry() {
    return entry;
  }

  public void setEntry(EntryColumns entry) {
    this.entry = entry;
  }
}
