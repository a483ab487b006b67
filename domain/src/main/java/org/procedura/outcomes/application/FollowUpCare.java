package org.procedura.outcomes.application;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.procedura.outcomes.model.Baselines;
import org.procedura.outcomes.model.ClosureReason;
import org.procedura.outcomes.model.Contact;
import org.procedura.outcomes.model.FollowUp;
import org.procedura.outcomes.model.FollowUpId;
import org.procedura.outcomes.model.FollowUps;
import org.procedura.outcomes.model.Measure;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.Appointments;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.Stamp;
import org.procedura.shared.model.UnprocessableException;

/**
 * Doing a follow-up: booking it as a visit, recording what the patient reports (late too, once it
 * was missed), and closing a missed one that will not be done, with the reason.
 */
public class FollowUpCare {
  private final FollowUps followUps;
  private final Baselines baselines;
  private final Appointments appointments;
  private final Clock clock;
  private final ZoneId clinicZone;

  public FollowUpCare(
      FollowUps followUps,
      Baselines baselines,
      Appointments appointments,
      Clock clock,
      ZoneId clinicZone) {
    this.followUps = followUps;
    this.baselines = baselines;
    this.appointments = appointments;
    this.clock = clock;
    this.clinicZone = clinicZone;
  }

  @Transactional
  public FollowUpView get(FollowUpId id) {
    return view(load(id));
  }

  /** Names the visit booked through scheduling for it; the visit must be the same patient's. */
  @Transactional
  public FollowUpView bookAsVisit(FollowUpId id, long seenVersion, AppointmentId visit) {
    FollowUp followUp = loadAt(id, seenVersion);
    var appointment =
        appointments.find(visit).orElseThrow(() -> new NotFoundException("appointment", visit));
    if (!appointment.getPatient().equals(followUp.getCourse().patient())) {
      throw new UnprocessableException(
          "ANOTHER_PATIENTS_VISIT", "the visit is another patient's appointment");
    }
    followUp.bookAsVisit(visit);
    return view(followUps.save(followUp));
  }

  @Transactional
  public FollowUpView record(
      FollowUpId id, long seenVersion, Contact how, List<Measure> measures, Actor by) {
    FollowUp followUp = loadAt(id, seenVersion);
    var baseline = baselines.of(followUp.getCourse().procedure());
    LocalDate today = LocalDate.now(clock.withZone(clinicZone));
    followUp.record(how, measures, baseline, today, stamp(by));
    return FollowUpView.of(followUps.save(followUp), baseline);
  }

  /** Gives up on a missed follow-up for the reason given, recording who closed it and when. */
  @Transactional
  public FollowUpView close(
      FollowUpId id, long seenVersion, ClosureReason reason, String note, Actor by) {
    var why = new FollowUp.Closure(reason, note, stamp(by));
    FollowUp followUp = loadAt(id, seenVersion);
    followUp.close(why);
    return view(followUps.save(followUp));
  }

  /** Now, to the second: the database keeps no fraction of it (see ReferralIntake). */
  private Stamp stamp(Actor by) {
    return new Stamp(clock.instant().truncatedTo(ChronoUnit.SECONDS), by);
  }

  private FollowUpView view(FollowUp followUp) {
    return FollowUpView.of(followUp, baselines.of(followUp.getCourse().procedure()));
  }

  private FollowUp loadAt(FollowUpId id, long seenVersion) {
    FollowUp followUp = load(id);
    followUp.requireVersion(seenVersion);
    return followUp;
  }

  private FollowUp load(FollowUpId id) {
    return followUps.find(id).orElseThrow(() -> new NotFoundException("follow-up", id));
  }
}
