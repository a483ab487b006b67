package org.procedura.rules.model;

import java.util.List;

/** The limits the checklist's values are held to, as the clinic keeps them (seeded, editable). */
public interface ChecklistLimits {
  List<ChecklistLimit> all();
}
