package org.procedura.api.rules;

import java.time.OffsetDateTime;
import java.util.List;
import org.procedura.api.scheduling.HoldInstructionDto;

/**
 * A procedure's check-in checklist: the items it calls for, those recorded, and every reason it may
 * not be checked in yet ({@code ready} when there is none), and the medications held with the last
 * day each could be taken and when it may restart.
 */
public record ChecklistResponse(
    List<ChecklistItem> required,
    List<Recorded> recorded,
    List<FindingDto> unmet,
    boolean ready,
    List<HoldInstructionDto> holds) {

  public record Recorded(ChecklistItem item, OffsetDateTime at) {}
}
