package org.procedura.reports.application;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.procedura.outcomes.model.DurableRelief;
import org.procedura.outcomes.model.Relief;
import org.procedura.reports.model.DurableReliefRow;
import org.procedura.reports.model.FollowUpCount;
import org.procedura.reports.model.FollowUpState;
import org.procedura.reports.model.GroupStep;
import org.procedura.reports.model.KaplanMeier;
import org.procedura.reports.model.OutcomeFigures;
import org.procedura.reports.model.OutcomeGrouping;
import org.procedura.reports.model.ReliefCourse;
import org.procedura.reports.model.ReliefObservation;
import org.procedura.reports.model.ResponderRow;
import org.procedura.reports.model.ScoreCount;
import org.procedura.reports.model.StepTally;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.shared.model.PlausibleDates;

/** Whether the clinic's procedures work, over the procedures completed in a range of days. */
public class OutcomeReports {
  private static final Comparator<GroupStep> ORDER =
      Comparator.comparing(GroupStep::procedureType)
          .thenComparing(GroupStep::group, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(GroupStep::stepOrder)
          .thenComparing(GroupStep::step);

  private final OutcomeFigures figures;
  private final Clock clock;
  private final ZoneId zone;

  public OutcomeReports(OutcomeFigures figures, Clock clock, ZoneId zone) {
    this.figures = figures;
    this.clock = clock;
    this.zone = zone;
  }

  /** Responder rates, completion and losses per procedure type, group and protocol step. */
  @Transactional
  public List<ResponderRow> responders(LocalDate from, LocalDate to, OutcomeGrouping by) {
    PlausibleDates.range(from, to, "to");
    TimeSlot completed = window(from, to);
    LocalDate today = LocalDate.now(clock.withZone(zone));
    Map<GroupStep, StepTally> tallies = new TreeMap<>(ORDER);
    for (FollowUpCount count : figures.followUps(completed, by, today)) {
      tallies
          .computeIfAbsent(count.row(), r -> new StepTally())
          .followUps(FollowUpState.of(count.status(), count.windowClosed()), count.count());
    }
    for (ScoreCount score : figures.scores(completed, by)) {
      StepTally tally = tallies.computeIfAbsent(score.row(), r -> new StepTally());
      switch (score.scale()) {
        case NRS -> tally.nrs(score.baseline(), score.score(), score.count());
        case ODI, NDI ->
            tally.disability(score.scale(), score.baseline(), score.score(), score.count());
        case PGIC -> tally.pgic(score.score(), score.count());
        default -> throw new IllegalStateException("no responder figure for " + score.scale());
      }
    }
    List<ResponderRow> rows = new ArrayList<>();
    tallies.forEach((row, tally) -> rows.add(new ResponderRow(row, tally.outcome())));
    return rows;
  }

  /** Durable relief per procedure type, by Kaplan–Meier with those still in relief censored. */
  @Transactional
  public List<DurableReliefRow> durableRelief(LocalDate from, LocalDate to) {
    PlausibleDates.range(from, to, "to");
    Map<UUID, List<ReliefObservation>> byProcedure = new LinkedHashMap<>();
    for (ReliefObservation o : figures.relief(window(from, to))) {
      byProcedure.computeIfAbsent(o.procedureId(), id -> new ArrayList<>()).add(o);
    }
    Map<String, List<Optional<KaplanMeier.Case>>> byType = new TreeMap<>();
    byProcedure.values().stream()
        .filter(observations -> observations.stream().anyMatch(o -> percent(o) != null))
        .forEach(
            observations -> {
              ReliefObservation first = observations.getFirst();
              List<DurableRelief.Point> points =
                  observations.stream()
                      .map(o -> new DurableRelief.Point(day(o.doneAt()), percent(o)))
                      .toList();
              byType
                  .computeIfAbsent(first.procedureType(), t -> new ArrayList<>())
                  .add(ReliefCourse.of(day(first.completedAt()), points));
            });
    List<DurableReliefRow> rows = new ArrayList<>();
    byType.forEach(
        (type, courses) -> {
          List<KaplanMeier.Case> cases = courses.stream().flatMap(Optional::stream).toList();
          KaplanMeier estimate = KaplanMeier.of(cases);
          rows.add(
              new DurableReliefRow(
                  type,
                  courses.size(),
                  courses.size() - cases.size(),
                  cases.size(),
                  cases.size() - estimate.censored(),
                  estimate.censored(),
                  estimate.medianDays(),
                  estimate.steps()));
        });
    return rows;
  }

  private static java.math.BigDecimal percent(ReliefObservation o) {
    if (o.baselineNrs() != null && o.nrs() != null) {
      return Relief.percent(o.baselineNrs(), o.nrs());
    }
    return o.percentRelief();
  }

  private LocalDate day(java.time.Instant at) {
    return LocalDate.ofInstant(at, zone);
  }

  private TimeSlot window(LocalDate from, LocalDate to) {
    return new TimeSlot(
        from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
  }
}
