package org.procedura.outcomes.model;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.StaleVersionException;

/**
 * How a procedure type is followed up (docs/clinical-reference.md section 5, editable by an
 * administrator): its follow-ups, and for a diagnostic block the pain diary's time points on the
 * day (minutes after the procedure; the baseline is taken before it), and the scales its follow-ups
 * measure, on each of which the baseline is taken before the procedure (NRS always).
 */
public final class FollowUpProtocol {
  static final Duration LONGEST_DIARY = Duration.ofHours(24);

  private final ProcedureTypeCode procedureType;
  private List<FollowUpStep> steps;
  private List<Duration> diaryPoints;
  private Set<Scale> measures;
  private final Long version;

  public FollowUpProtocol(
      ProcedureTypeCode procedureType,
      List<FollowUpStep> steps,
      List<Duration> diaryPoints,
      Set<Scale> measures,
      Long version) {
    this.procedureType = Check.present(procedureType, "procedureType");
    this.steps = checkedSteps(steps);
    this.diaryPoints = checkedDiary(diaryPoints);
    this.measures = checkedMeasures(measures);
    this.version = version;
  }

  public void revise(
      long seenVersion, List<FollowUpStep> steps, List<Duration> diaryPoints, Set<Scale> measures) {
    long current = version == null ? 0 : version;
    if (seenVersion != current) {
      throw new StaleVersionException("follow-up protocol " + procedureType, seenVersion, current);
    }
    this.steps = checkedSteps(steps);
    this.diaryPoints = checkedDiary(diaryPoints);
    this.measures = checkedMeasures(measures);
  }

  /** NRS and the absolute scales given; a relative scale needs no baseline and is refused. */
  private static Set<Scale> checkedMeasures(Set<Scale> measures) {
    Set<Scale> checked = EnumSet.of(Scale.NRS);
    Set<Scale> given = measures == null ? Set.of() : measures;
    for (Scale scale : Check.noNulls(given, "measures")) {
      if (scale.relative()) {
        throw new InvalidInputException(
            "measures",
            scale + " compares with before by itself; a protocol lists the scales with a baseline");
      }
      checked.add(scale);
    }
    return Collections.unmodifiableSet(checked);
  }

  private static List<FollowUpStep> checkedSteps(List<FollowUpStep> steps) {
    List<FollowUpStep> checked = List.copyOf(Check.noNulls(Check.present(steps, "steps"), "steps"));
    if (checked.stream().map(FollowUpStep::label).distinct().count() != checked.size()) {
      throw new InvalidInputException("steps", "each follow-up of a protocol has its own label");
    }
    return checked;
  }

  private static List<Duration> checkedDiary(List<Duration> points) {
    List<Duration> checked =
        List.copyOf(Check.noNulls(points == null ? List.of() : points, "diaryMinutes"));
    for (Duration point : checked) {
      if (point.isNegative() || point.isZero() || point.compareTo(LONGEST_DIARY) > 0) {
        throw new InvalidInputException(
            "diaryMinutes", "diary time points lie within the 24 hours after the procedure");
      }
    }
    if (checked.stream().distinct().count() != checked.size()) {
      throw new InvalidInputException("diaryMinutes", "a diary time point is named twice");
    }
    return checked.stream().sorted().toList();
  }

  public ProcedureTypeCode getProcedureType() {
    return procedureType;
  }

  public List<FollowUpStep> getSteps() {
    return steps;
  }

  public List<Duration> getDiaryPoints() {
    return diaryPoints;
  }

  /** The scales the follow-ups measure, and the baseline is taken on: NRS and any others. */
  public Set<Scale> getMeasures() {
    return measures;
  }

  public Long getVersion() {
    return version;
  }
}
