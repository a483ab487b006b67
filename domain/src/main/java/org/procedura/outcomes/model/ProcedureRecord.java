package org.procedura.outcomes.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.model.StaleVersionException;
import org.procedura.shared.model.Stamp;
import org.procedura.shared.model.UnprocessableException;

/**
 * A completed procedure and what the physician recorded of it. Opened when the appointment is
 * completed; recorded once, then only amended, each amendment kept as a new {@link Revision} beside
 * the original. Diagnostic blocks keep their pain diary here.
 */
public final class ProcedureRecord {
  private final FollowUp.Course course;
  private final SpinalRegion region;
  private final Instant completedAt;
  private final List<Revision> revisions;
  private final List<DiaryEntry> diary;
  private final Long version;

  public ProcedureRecord(
      FollowUp.Course course,
      SpinalRegion region,
      Instant completedAt,
      List<Revision> revisions,
      List<DiaryEntry> diary,
      Long version) {
    this.course = Check.present(course, "course");
    this.region = region;
    this.completedAt = Check.present(completedAt, "completedAt");
    this.revisions = new ArrayList<>(Check.present(revisions, "revisions"));
    this.diary = new ArrayList<>(Check.present(diary, "diary"));
    this.version = version;
  }

  public static ProcedureRecord completed(Appointment appointment, Instant at) {
    var course =
        new FollowUp.Course(
            appointment.getId(),
            appointment.getPatient(),
            appointment.getProcedureType(),
            appointment.getPlacement().clinician());
    return new ProcedureRecord(
        course, appointment.getSite().region(), at, List.of(), List.of(), null);
  }

  /**
   * The first record of what was done, at a site that fits {@code type}, the procedure type it
   * names; a recorded procedure is amended instead.
   */
  public void record(
      ProcedureDetails details, ProcedureType type, List<SteroidCap> caps, Stamp at) {
    if (!revisions.isEmpty()) {
      throw new ConflictException(
          "ALREADY_RECORDED", "this procedure is recorded; amend the record instead");
    }
    requireSiteFits(details, type);
    SteroidCaps.check(details.injectates(), caps);
    revisions.add(new Revision(1, details, at, null, List.of()));
  }

  /**
   * A correction, kept beside what it corrects, with the parts it changed. A changed site or
   * procedure type must fit {@code type}, the one it names; a site left as it was is not checked
   * again, so a catalog revised since cannot hold up the correction of a dose.
   */
  public void amend(
      long seenVersion,
      ProcedureDetails details,
      ProcedureType type,
      String reason,
      List<SteroidCap> caps,
      Stamp at) {
    ProcedureDetails before =
        current()
            .orElseThrow(
                () ->
                    new UnprocessableException(
                        "NOT_RECORDED", "this procedure has no record to amend yet"));
    long current = version == null ? 0 : version;
    if (seenVersion != current) {
      throw new StaleVersionException(
          "procedure record " + course.procedure(), seenVersion, current);
    }
    String why = Check.text(reason, "reason", 500);
    List<String> changed = details.changedFrom(before);
    if (changed.isEmpty()) {
      throw new UnprocessableException("NOTHING_CHANGED", "the amendment changes nothing");
    }
    if (changed.contains("site") || changed.contains("procedureType")) {
      requireSiteFits(details, type);
    }
    SteroidCaps.check(details.injectates(), caps);
    revisions.add(new Revision(revisions.size() + 1, details, at, why, changed));
  }

  /**
   * Adds the pain score at one of the protocol's diary time points; a procedure type without a pain
   * diary in its protocol refuses it.
   */
  public void addDiaryEntry(Duration after, Measure pain, List<Duration> protocolPoints, Stamp at) {
    if (protocolPoints.isEmpty()) {
      throw new UnprocessableException(
          "NO_PAIN_DIARY", "the protocol of " + course.procedureType() + " keeps no pain diary");
    }
    if (!protocolPoints.contains(after)) {
      throw new UnprocessableException(
          "NOT_A_DIARY_TIME_POINT",
          "the diary's time points are "
              + protocolPoints.stream().map(Duration::toMinutes).toList()
              + " minutes after the procedure");
    }
    if (pain.scale() != Scale.NRS) {
      throw new UnprocessableException(
          "NO_BASELINE_ON_SCALE", "the pain diary is kept on the NRS, the baseline's scale");
    }
    if (diary.stream().anyMatch(e -> e.after().equals(after))) {
      throw new ConflictException(
          "DIARY_POINT_RECORDED", "this time point of the diary is recorded");
    }
    diary.add(new DiaryEntry(after, pain, at));
    diary.sort(java.util.Comparator.comparing(DiaryEntry::after));
  }

  private static void requireSiteFits(ProcedureDetails details, ProcedureType type) {
    if (!type.getCode().equals(details.procedureType())) {
      throw new IllegalArgumentException(
          "the site is checked against " + details.procedureType() + ", not " + type.getCode());
    }
    details.site().requireFits(type);
  }

  public Optional<ProcedureDetails> current() {
    return revisions.isEmpty() ? Optional.empty() : Optional.of(revisions.getLast().details());
  }

  public FollowUp.Course getCourse() {
    return course;
  }

  public ClinicianId getPhysician() {
    return course.physician();
  }

  public SpinalRegion getRegion() {
    return region;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public List<Revision> getRevisions() {
    return List.copyOf(revisions);
  }

  public List<DiaryEntry> getDiary() {
    return List.copyOf(diary);
  }

  public Long getVersion() {
    return version;
  }
}
