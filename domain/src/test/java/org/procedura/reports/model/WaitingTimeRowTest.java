package org.procedura.reports.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaitingTimeRowTest {
  private static final ZoneId ZONE = ZoneId.of("America/New_York");
  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

  private static WaitingTimeSample sample(int day, Integer slotInDays, int hour) {
    LocalDate on = MONDAY.plusDays(day);
    return WaitingTimeSample.of(
        on,
        "ESI_TF_LUMB",
        slotInDays == null
            ? null
            : on.plusDays(slotInDays).atTime(hour, 0).atZone(ZONE).toInstant(),
        ZONE);
  }

  @Test
  void waitsInClinicDaysFromTheSampledDay() {
    // 23:00 in New York is the next day in UTC; the wait is still counted in the clinic's days
    assertThat(sample(0, 0, 23).waitDays()).isZero();
    assertThat(sample(0, 1, 7).waitDays()).isEqualTo(1);
    assertThat(sample(0, null, 7).waitDays()).isNull();
  }

  @Test
  void summarisesTheDaysSampledPerTypeWithTheLatest() {
    var rows =
        WaitingTimeRow.of(
            List.of(sample(0, 3, 9), sample(1, 5, 9), sample(2, null, 9), sample(3, 4, 9)));

    assertThat(rows).hasSize(1);
    var row = rows.getFirst();
    assertThat(row.samples()).isEqualTo(4);
    assertThat(row.noSlot()).isEqualTo(1);
    assertThat(row.waitDays()).isEqualTo(new Distribution(3, 4L, 5L));
    assertThat(row.latest().sampledOn()).isEqualTo(MONDAY.plusDays(3));
  }
}
