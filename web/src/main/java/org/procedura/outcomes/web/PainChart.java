package org.procedura.outcomes.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.outcomes.application.FollowUpView;
import org.procedura.outcomes.application.PatientTimeline;
import org.procedura.outcomes.application.ProcedureView;
import org.procedura.outcomes.model.FollowUp;
import org.procedura.outcomes.model.FollowUpStatus;
import org.procedura.outcomes.model.Measure;
import org.procedura.outcomes.model.Scale;

/**
 * What the pain chart shows, on one calendar axis shared by all of a patient's procedures: each
 * procedure's pain (NRS, the baseline on the day it was done, then each follow-up on the day it was
 * recorded) and relief (from each follow-up), and its follow-ups that measured nothing, marked as
 * missed, due now or not yet due. A line joins two measurements only when no follow-up planned
 * between them went unmeasured on that scale: a missed follow-up breaks it, so no line is drawn
 * across a stretch where nothing was measured.
 */
public record PainChart(LocalDate from, LocalDate to, LocalDate today, List<Course> courses) {
  /** The shortest span the axis shows, so that a procedure's first weeks are not squeezed. */
  static final int LEAST_DAYS = 30;

  /** One measurement: its day and its value (NRS 0–10 or relief in per cent). */
  public record Point(LocalDate on, BigDecimal value) {}

  /** How a follow-up that measured nothing stands. */
  public enum MarkKind {
    MISSED("missed"),
    DUE("due now"),
    NOT_YET_DUE("not yet due");

    private final String words;

    MarkKind(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  /** A follow-up that measured nothing, at the day it was due. */
  public record Mark(LocalDate on, MarkKind kind, String label) {}

  /**
   * One procedure: its name with level and side, the day it was done, its pain and relief as runs
   * of measurements to be joined by a line (a run of one is a lone point), and its unmeasured
   * follow-ups.
   */
  public record Course(
      String name,
      LocalDate performedOn,
      long durableReliefDays,
      List<List<Point>> pain,
      List<List<Point>> relief,
      List<Mark> marks) {}

  /**
   * The chart of a timeline: {@code names} gives a procedure type's name, {@code today} tells a
   * follow-up still to come from one missed.
   */
  public static PainChart of(
      PatientTimeline timeline,
      ZoneId zone,
      LocalDate today,
      Function<ProcedureTypeCode, String> names) {
    List<Course> courses =
        timeline.procedures().stream()
            .filter(ProcedureView::completed)
            .map(view -> course(view, zone, today, names))
            .sorted(Comparator.comparing(Course::performedOn))
            .toList();
    List<LocalDate> days =
        courses.stream()
            .flatMap(
                c ->
                    Stream.of(
                            Stream.of(c.performedOn()),
                            c.pain().stream().flatMap(List::stream).map(Point::on),
                            c.relief().stream().flatMap(List::stream).map(Point::on),
                            c.marks().stream().map(Mark::on))
                        .flatMap(s -> s))
            .toList();
    LocalDate from = days.stream().min(Comparator.naturalOrder()).orElse(today);
    LocalDate last = days.stream().max(Comparator.naturalOrder()).orElse(today);
    LocalDate to = last.isBefore(from.plusDays(LEAST_DAYS)) ? from.plusDays(LEAST_DAYS) : last;
    return new PainChart(from, to, today, courses);
  }

  /** Where a day falls across the axis, from 0 at {@link #from} to 1 at {@link #to}. */
  public double across(LocalDate on) {
    return (double) ChronoUnit.DAYS.between(from, on) / ChronoUnit.DAYS.between(from, to);
  }

  private static Course course(
      ProcedureView view, ZoneId zone, LocalDate today, Function<ProcedureTypeCode, String> names) {
    LocalDate performedOn =
        view.record()
            .current()
            .map(details -> details.performedAt())
            .orElse(view.record().getCompletedAt())
            .atZone(zone)
            .toLocalDate();
    List<Point> pain = new ArrayList<>();
    Measure baseline = view.baseline().get(Scale.NRS);
    if (baseline != null) {
      pain.add(new Point(performedOn, baseline.score()));
    }
    List<Point> relief = new ArrayList<>();
    List<LocalDate> painUnmeasured = new ArrayList<>();
    List<LocalDate> reliefUnmeasured = new ArrayList<>();
    List<Mark> marks = new ArrayList<>();
    for (FollowUpView followUp : view.followUps()) {
      FollowUp planned = followUp.followUp();
      if (planned.getStatus() != FollowUpStatus.DONE) {
        LocalDate due = planned.getWindow().due();
        painUnmeasured.add(due);
        reliefUnmeasured.add(due);
        marks.add(new Mark(due, kind(planned, today), planned.getLabel()));
        continue;
      }
      LocalDate done = planned.doneAt().atZone(zone).toLocalDate();
      planned.getMeasures().stream()
          .filter(m -> m.scale() == Scale.NRS)
          .findFirst()
          .ifPresentOrElse(
              m -> pain.add(new Point(done, m.score())), () -> painUnmeasured.add(done));
      if (followUp.relief() != null) {
        relief.add(new Point(done, followUp.relief()));
      } else {
        reliefUnmeasured.add(done);
      }
    }
    return new Course(
        name(view, names),
        performedOn,
        view.durableRelief().days(),
        runs(pain, painUnmeasured),
        runs(relief, reliefUnmeasured),
        marks.stream().sorted(Comparator.comparing(Mark::on)).toList());
  }

  private static MarkKind kind(FollowUp followUp, LocalDate today) {
    if (followUp.getStatus() != FollowUpStatus.DUE || followUp.missedBy(today)) {
      return MarkKind.MISSED;
    }
    return today.isBefore(followUp.getWindow().opens()) ? MarkKind.NOT_YET_DUE : MarkKind.DUE;
  }

  /** "Lumbar radiofrequency ablation (RFA_LUMB), L4-L5 left". */
  private static String name(ProcedureView view, Function<ProcedureTypeCode, String> names) {
    ProcedureTypeCode code =
        view.record()
            .current()
            .map(details -> details.procedureType())
            .orElse(view.course().procedureType());
    String site =
        view.record()
            .current()
            .map(details -> details.site().inWords())
            .orElse(view.record().getRegion() == null ? "" : view.record().getRegion().label());
    String name = names.apply(code);
    String what = name == null ? code.value() : name + " (" + code.value() + ")";
    return site.isEmpty() ? what : what + ", " + site;
  }

  /**
   * The measurements in date order, cut into runs wherever a day on which a planned measurement was
   * not taken lies between two of them.
   */
  static List<List<Point>> runs(List<Point> points, List<LocalDate> unmeasured) {
    List<Point> inOrder = points.stream().sorted(Comparator.comparing(Point::on)).toList();
    List<List<Point>> runs = new ArrayList<>();
    List<Point> run = new ArrayList<>();
    for (Point point : inOrder) {
      if (!run.isEmpty()) {
        LocalDate after = run.getLast().on();
        if (unmeasured.stream().anyMatch(d -> d.isAfter(after) && d.isBefore(point.on()))) {
          runs.add(List.copyOf(run));
          run = new ArrayList<>();
        }
      }
      run.add(point);
    }
    if (!run.isEmpty()) {
      runs.add(List.copyOf(run));
    }
    return List.copyOf(runs);
  }
}
