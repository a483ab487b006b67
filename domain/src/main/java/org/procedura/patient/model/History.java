package org.procedura.patient.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.PlausibleDates;
import org.procedura.shared.model.Stamp;

/** The entries of one profile section, current and ended, in the order they were recorded. */
final class History<D extends ProfilePart> {
  static final String ALREADY_ENDED = "ALREADY_ENDED";

  private final String entryName;
  private final List<ProfileEntry<D>> entries;

  History(String entryName, List<ProfileEntry<D>> entries) {
    this.entryName = entryName;
    this.entries = new ArrayList<>(Check.noNulls(entries, entryName));
  }

  List<ProfileEntry<D>> entries() {
    return List.copyOf(entries);
  }

  EntryId add(D details, Stamp stamp, LocalDate today) {
    Check.present(details, entryName).checkOn(today);
    ProfileEntry<D> entry = ProfileEntry.record(details, stamp);
    entries.add(entry);
    return entry.id();
  }

  void change(EntryId id, D revised, Stamp stamp, LocalDate today) {
    Check.present(revised, entryName).checkOn(today);
    int index = currentIndexOf(id);
    entries.set(index, entries.get(index).changedTo(revised, stamp));
  }

  void end(EntryId id, LocalDate endedOn, Stamp stamp, LocalDate today) {
    int index = currentIndexOf(id);
    ProfileEntry<D> entry = entries.get(index);
    PlausibleDates.inHistory(endedOn, today, "endedOn");
    LocalDate started = entry.details().startedOn();
    if (started != null && endedOn.isBefore(started)) {
      throw new InvalidInputException(
          "endedOn", "endedOn cannot be before " + started + ", when the " + entryName + " began");
    }
    entries.set(index, entry.endedOn(endedOn, stamp));
  }

  private int currentIndexOf(EntryId id) {
    for (int i = 0; i < entries.size(); i++) {
      ProfileEntry<D> entry = entries.get(i);
      if (entry.id().equals(id)) {
        if (!entry.isCurrent()) {
          throw new ConflictException(
              ALREADY_ENDED,
              entryName + " " + id + " ended on " + entry.endedOn() + "; record a new one instead");
        }
        return i;
      }
    }
    throw new NotFoundException(entryName, id);
  }
}
