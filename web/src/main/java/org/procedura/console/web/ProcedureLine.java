package org.procedura.console.web;

import java.util.UUID;
import org.procedura.outcomes.application.ProcedureView;
import org.procedura.outcomes.model.FollowUpStatus;

/**
 * A procedure done here as the patient's history lists it: when, what and where, whether its record
 * is written, how many of its follow-ups are done, and how long its relief of 50 % or more lasted.
 */
record ProcedureLine(
    UUID id,
    String day,
    String procedureType,
    String site,
    boolean recorded,
    long followUpsDone,
    int followUps,
    long durableReliefDays) {

  static ProcedureLine of(ProcedureView view, ConsoleTime time) {
    var record = view.record();
    var details = record.current();
    return new ProcedureLine(
        view.course().procedure().value(),
        time.day(details.map(d -> d.performedAt()).orElse(record.getCompletedAt())),
        details.map(d -> d.procedureType()).orElse(view.course().procedureType()).value(),
        details.map(d -> d.site().inWords()).orElse(""),
        details.isPresent(),
        view.followUps().stream()
            .filter(f -> f.followUp().getStatus() == FollowUpStatus.DONE)
            .count(),
        view.followUps().size(),
        view.durableRelief().days());
  }
}
