package org.procedura.rules.model;

import org.procedura.shared.model.Check;
import org.procedura.shared.model.Stamp;

/** A checklist item recorded: its value, who recorded it and when. */
public record ChecklistEntry(ChecklistItem item, ChecklistValue value, Stamp recorded) {
  public ChecklistEntry {
    Check.present(item, "item");
    Check.present(value, "value");
    Check.present(recorded, "recorded");
    if (value.kind() != item.kind()) {
      throw new IllegalArgumentException(item + " does not take a " + value.kind() + " value");
    }
  }
}
