package org.procedura.patient.model;

import java.util.UUID;
import org.procedura.shared.model.Check;

/** Identifies one entry of a clinical profile (a coverage, allergy, medication or diagnosis). */
public record EntryId(UUID value) {
  public EntryId {
    Check.present(value, "entryId");
  }

  public static EntryId newId() {
    return new EntryId(UUID.randomUUID());
  }

  public static EntryId of(String value) {
    return new EntryId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
