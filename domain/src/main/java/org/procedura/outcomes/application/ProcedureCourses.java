package org.procedura.outcomes.application;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.procedura.outcomes.model.Baselines;
import org.procedura.outcomes.model.DurableRelief;
import org.procedura.outcomes.model.FollowUp;
import org.procedura.outcomes.model.FollowUpStatus;
import org.procedura.outcomes.model.FollowUps;
import org.procedura.outcomes.model.Measure;
import org.procedura.outcomes.model.ProcedureRecord;
import org.procedura.outcomes.model.Scale;

/** Puts a procedure's record, baseline and follow-ups together as one {@link ProcedureView}. */
public class ProcedureCourses {
  private final Baselines baselines;
  private final FollowUps followUps;
  private final ZoneId clinicZone;

  public ProcedureCourses(Baselines baselines, FollowUps followUps, ZoneId clinicZone) {
    this.baselines = baselines;
    this.followUps = followUps;
    this.clinicZone = clinicZone;
  }

  ProcedureView of(ProcedureRecord record) {
    Map<Scale, Measure> baseline = baselines.of(record.getCourse().procedure());
    List<FollowUpView> views =
        followUps.ofProcedure(record.getCourse().procedure()).stream()
            .map(followUp -> FollowUpView.of(followUp, baseline))
            .toList();
    List<ProcedureView.DiaryPoint> diary =
        record.getDiary().stream()
            .map(entry -> ProcedureView.DiaryPoint.of(entry, baseline))
            .toList();
    return new ProcedureView(
        record.getCourse(), record, baseline, views, diary, durableRelief(record, views));
  }

  /** A procedure not completed yet: what is known is its course and the baseline taken so far. */
  ProcedureView beforeCompletion(FollowUp.Course course) {
    return ProcedureView.beforeCompletion(course, baselines.of(course.procedure()));
  }

  private DurableRelief durableRelief(ProcedureRecord record, List<FollowUpView> views) {
    List<DurableRelief.Point> points =
        views.stream()
            .filter(view -> view.followUp().getStatus() == FollowUpStatus.DONE)
            .map(
                view ->
                    new DurableRelief.Point(
                        view.followUp().doneAt().atZone(clinicZone).toLocalDate(), view.relief()))
            .toList();
    return DurableRelief.since(record.getCompletedAt().atZone(clinicZone).toLocalDate(), points);
  }
}
