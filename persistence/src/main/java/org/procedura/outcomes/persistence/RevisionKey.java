package org.procedura.outcomes.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** A revision's key: the procedure's appointment and the revision's number, 1 the original. */
@Embeddable
public class RevisionKey implements Serializable {
  @Column(name = "appointment_id", columnDefinition = "char(36)")
  private String appointmentId;

  private int revision;

  protected RevisionKey() {}

  RevisionKey(String appointmentId, int revision) {
    this.appointmentId = appointmentId;
    this.revision = revision;
  }

  int revision() {
    return revision;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RevisionKey key
        && revision == key.revision
        && Objects.equals(appointmentId, key.appointmentId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(appointmentId, revision);
  }
}
