package org.procedura.reports.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.procedura.scheduling.model.ResourceRef;
import org.procedura.scheduling.model.TimeSlot;

/** The counts behind the operations reports, summed by the database. */
public interface OperationsFigures {

  /**
   * Booked and used minutes per clinician or room and clinic day, of appointments starting then.
   */
  List<ResourceDay> minutesPerDay(ResourceRef.Kind kind, LocalDate from, LocalDate to, ZoneId zone);

  /**
   * Appointments starting within the window, counted by type, status and lateness of cancelling.
   */
  List<AttendanceCount> attendance(TimeSlot window, Duration lateNotice);

  /** The reasons given for the cancellations of appointments starting within the window. */
  List<ReasonCount> cancellationReasons(TimeSlot window, Duration lateNotice);

  /** The referrals received from {@code from} to {@code to}, with their milestones. */
  List<ReferralMilestones> referrals(LocalDate from, LocalDate to);

  /** Referrals still received, triaged or accepted that were received before the day given. */
  List<OpenReferrals> openReferrals(LocalDate receivedBefore);
}
