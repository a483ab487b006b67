package org.procedura.outcomes.application;

import java.time.LocalDate;
import java.time.ZoneId;
import org.procedura.outcomes.model.FollowUp;
import org.procedura.outcomes.model.FollowUpProtocols;
import org.procedura.outcomes.model.FollowUps;
import org.procedura.outcomes.model.ProcedureRecord;
import org.procedura.outcomes.model.ProcedureRecords;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.ProcedureCompletions;
import org.procedura.shared.model.Stamp;

/**
 * What completing a procedure starts, inside the completion's transaction: its record, open for the
 * physician, and the follow-ups of its type's protocol, due from the day of the procedure in the
 * clinic's time zone. A type without a protocol gets no follow-ups.
 */
public class FollowUpPlanning implements ProcedureCompletions {
  private final ProcedureRecords records;
  private final FollowUpProtocols protocols;
  private final FollowUps followUps;
  private final ZoneId clinicZone;

  public FollowUpPlanning(
      ProcedureRecords records,
      FollowUpProtocols protocols,
      FollowUps followUps,
      ZoneId clinicZone) {
    this.records = records;
    this.protocols = protocols;
    this.followUps = followUps;
    this.clinicZone = clinicZone;
  }

  @Override
  public void procedureCompleted(Appointment appointment, Stamp completed) {
    ProcedureRecord record = records.save(ProcedureRecord.completed(appointment, completed.at()));
    LocalDate day = completed.at().atZone(clinicZone).toLocalDate();
    protocols
        .find(appointment.getProcedureType())
        .ifPresent(
            protocol ->
                protocol
                    .getSteps()
                    .forEach(step -> followUps.save(FollowUp.plan(record.getCourse(), step, day))));
  }
}
