package org.procedura.reports.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.procedura.scheduling.model.AppointmentStatus;

class AttendanceTest {

  @Test
  void ratesAreOfTheAppointmentsNotCancelledInTime() {
    var rows =
        Attendance.of(
            List.of(
                new AttendanceCount("ESI_TF_LUMB", AppointmentStatus.COMPLETED, false, 6),
                new AttendanceCount("ESI_TF_LUMB", AppointmentStatus.NO_SHOW, false, 1),
                new AttendanceCount("ESI_TF_LUMB", AppointmentStatus.CANCELLED, true, 1),
                new AttendanceCount("ESI_TF_LUMB", AppointmentStatus.CANCELLED, false, 2),
                new AttendanceCount("CONSULT", AppointmentStatus.NO_SHOW, false, 1),
                new AttendanceCount("CONSULT", AppointmentStatus.BOOKED, false, 1)));

    assertThat(rows)
        .containsExactly(
            new Attendance("CONSULT", 2, 0, new Rate(1, 2), new Rate(0, 2)),
            new Attendance("ESI_TF_LUMB", 10, 2, new Rate(1, 8), new Rate(1, 8)),
            new Attendance(Attendance.ALL, 12, 2, new Rate(2, 10), new Rate(1, 10)));
  }
}
