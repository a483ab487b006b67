package org.procedura.api.rules;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.procedura.api.outcomes.Scale;
import org.procedura.api.scheduling.HoldInstructionDto;

/**
 * A procedure's check-in checklist: the items it calls for (the baseline pain score on {@code
 * baselineScales}), the limits its values are held to, what is recorded (the latest value of each
 * item; {@code corrected} holds the values recorded values replaced, oldest first), every reason it
 * may not be checked in yet ({@code ready} when there is none: an item missing, a value outside its
 * limit, an answer that stops the procedure), and the medications held with the last day each could
 * be taken and when it may restart.
 */
public record ChecklistResponse(
    UUID appointmentId,
    UUID patientId,
    List<ChecklistItem> required,
    List<Scale> baselineScales,
    List<ChecklistLimitDto> limits,
    List<Recorded> recorded,
    List<Recorded> corrected,
    List<FindingDto> unmet,
    boolean ready,
    List<HoldInstructionDto> holds) {

  /** A value recorded, by whom and when. */
  public record Recorded(
      ChecklistItem item, ChecklistValueDto value, OffsetDateTime recordedAt, String recordedBy) {}
}
