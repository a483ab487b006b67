package org.procedura.patient.model;

import java.time.LocalDate;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.Stamp;

/**
 * One entry of a clinical profile section: what it holds, who recorded it and who last changed it,
 * and, once it no longer applies, the day it ended and who ended it. An ended entry stays in the
 * profile as history and is no longer current.
 *
 * @param changed null until the entry is first changed
 * @param endedOn null while the entry is current
 * @param ended who ended it and when; present exactly when {@code endedOn} is
 */
public record ProfileEntry<D extends ProfilePart>(
    EntryId id, D details, Stamp recorded, Stamp changed, LocalDate endedOn, Stamp ended) {
  public ProfileEntry {
    Check.present(id, "id");
    Check.present(details, "details");
    Check.present(recorded, "recorded");
    if ((endedOn == null) != (ended == null)) {
      throw new IllegalArgumentException("an ended entry needs both the day and who ended it");
    }
  }

  static <D extends ProfilePart> ProfileEntry<D> record(D details, Stamp recorded) {
    return new ProfileEntry<>(EntryId.newId(), details, recorded, null, null, null);
  }

  public boolean isCurrent() {
    return endedOn == null;
  }

  ProfileEntry<D> changedTo(D revised, Stamp stamp) {
    return new ProfileEntry<>(id, revised, recorded, stamp, null, null);
  }

  ProfileEntry<D> endedOn(LocalDate day, Stamp stamp) {
    return new ProfileEntry<>(id, details, recorded, changed, day, stamp);
  }
}
