package org.procedura.api.rules;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A procedure's check-in checklist: the items it calls for, those recorded, and every reason it may
 * not be checked in yet; {@code ready} when there is none.
 */
public record ChecklistResponse(
    List<ChecklistItem> required, List<Recorded> recorded, List<FindingDto> unmet, boolean ready) {

  public record Recorded(ChecklistItem item, OffsetDateTime at) {}
}
