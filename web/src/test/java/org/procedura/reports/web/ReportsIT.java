package org.procedura.reports.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.Problems.assertProblem;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procedura.apitest.Api.Response;
import org.procedura.apitest.ApiIntegrationTest;
import org.procedura.apitest.ClinicSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The reports on a small clinic whose every figure is worked out by hand below, on days about 600
 * days back, where no other test books. Day D is the Monday 380 to 386 days before today.
 *
 * <p>Room R works Monday and Tuesday 08:00-12:00, and is away Tuesday 10:00-11:00. Monday: an ESI
 * 08:00-08:30 completed, an ESI 09:00 not shown, an RFA 10:00-10:45 completed, an ESI 11:00
 * cancelled 23 h 59 min before (late). Tuesday: an ESI 08:00-08:30 booked (never completed), a
 * consult 09:00-09:30 completed, an ESI 11:00 cancelled exactly 24 h before (in time), a consult
 * 11:30 not shown. The outcome cohorts' procedures are on D + 2 to D + 4 in another room.
 */
class ReportsIT extends ApiIntegrationTest {
  private static final ZoneId ZONE = ClinicSetup.ZONE;

  @Autowired JdbcTemplate jdbc;

  private SmallClinic small;
  private LocalDate today;
  private LocalDate d;
  private UUID room;
  private UUID physician;
  private UUID otherPhysician;
  private int openReceivedBefore;
  private int openTriagedBefore;

  @BeforeEach
  void aSmallClinic() {
    // tokens are checked against the real time, so "today" is today and D is chosen before it
    today = LocalDate.now(clock.withZone(ZONE));
    d = today.minusDays(380).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    openReceivedBefore = openCount("RECEIVED");
    openTriagedBefore = openCount("TRIAGED");
    small = new SmallClinic(jdbc, ZONE);
    room = small.room("Report suite " + UUID.randomUUID().toString().substring(0, 8));
    UUID otherRoom = small.room("Report suite B " + UUID.randomUUID().toString().substring(0, 8));
    physician = small.physician("Dr. Report One");
    otherPhysician = small.physician("Dr. Report Two");
    for (int day : new int[] {1, 2}) {
      small.works("ROOM", room, day, LocalTime.of(8, 0), LocalTime.of(12, 0));
    }
    small.away("ROOM", room, small.at(d.plusDays(1), 10, 0), small.at(d.plusDays(1), 11, 0));
    referralsAndDayAppointments();
    esiCohort(otherRoom);
    rfaCohort(otherRoom);
  }

  @AfterEach
  void removeTheSmallClinic() {
    if (small != null) {
      small.remove();
    }
  }

  private UUID ref1;
  private UUID ref2;
  private UUID ref3;

  private void referralsAndDayAppointments() {
    UUID p = small.patient();
    ref1 = small.referral(p, d.minusDays(20), small.at(d.minusDays(18), 14, 0), "SCHEDULED");
    ref2 = small.referral(p, d.minusDays(10), small.at(d.minusDays(10), 16, 0), "SCHEDULED");
    ref3 = small.referral(p, d.minusDays(5), small.at(d.minusDays(1), 8, 0), "SCHEDULED");
    small.referral(p, d.minusDays(3), null, "RECEIVED");
    small.referral(p, d.minusDays(40), small.at(d.minusDays(39), 8, 0), "TRIAGED");
    small.referral(p, today.minusDays(5), null, "ACCEPTED"); // too young to count
    // Monday
    small.appointment(p, "ESI_TF_LUMB", physician, room, small.at(d, 8, 0), 30, "COMPLETED", ref1);
    small.appointment(p, "ESI_TF_LUMB", physician, room, small.at(d, 9, 0), 30, "NO_SHOW", null);
    small.appointment(p, "RFA_LUMB", physician, room, small.at(d, 10, 0), 45, "COMPLETED", ref3);
    UUID late =
        small.appointment(
            p, "ESI_TF_LUMB", physician, room, small.at(d, 11, 0), 30, "CANCELLED", null);
    small.cancelled(late, small.at(d, 11, 0).minusSeconds(24 * 3600 - 60), "Patient unwell");
    // Tuesday
    LocalDate t = d.plusDays(1);
    small.appointment(p, "ESI_TF_LUMB", physician, room, small.at(t, 8, 0), 30, "BOOKED", ref2);
    small.appointment(p, null, physician, room, small.at(t, 9, 0), 30, "COMPLETED", ref2);
    UUID inTime =
        small.appointment(
            p, "ESI_TF_LUMB", physician, room, small.at(t, 11, 0), 30, "CANCELLED", null);
    small.cancelled(inTime, small.at(t, 11, 0).minusSeconds(24 * 3600), "Transport");
    small.appointment(p, null, physician, room, small.at(t, 11, 30), 30, "NO_SHOW", ref1);
  }

  /**
   * Six lumbar transforaminal ESIs on D + 2 (two weeks: window 4 days; three months: 14 days).
   *
   * <pre>
   *      baseline    2 weeks                          3 months
   * E1   NRS 8 ODI 40  NRS 4 (50 %) ODI 30 (-10) PGIC 2   NRS 6 (25 %)
   * E2   NRS 10 ODI 50 NRS 7 (30 %) ODI 41 (-9) PGIC 3    NRS 2 (80 %) ODI 30 (-20)
   * E3   NRS 7         NRS 5 (28.6 %)                      closed
   * E4   NRS 6         missed                              missed
   * E5   NRS 9         still due, window closed            still due, window closed
   * E6   NRS 0         NRS 0 (no pain to relieve) PGIC 1   NRS 0
   * </pre>
   *
   * E1 to E3 by the first physician, E4 to E6 by the other.
   */
  private void esiCohort(UUID otherRoom) {
    LocalDate on = d.plusDays(2);
    Object[][] rows = {
      {8, 40, physician}, {10, 50, physician}, {7, null, physician},
      {6, null, otherPhysician}, {9, null, otherPhysician}, {0, null, otherPhysician}
    };
    UUID[] esi = new UUID[6];
    UUID[] patients = new UUID[6];
    for (int i = 0; i < 6; i++) {
      patients[i] = small.patient();
      UUID doctor = (UUID) rows[i][2];
      esi[i] =
          small.appointment(
              patients[i],
              "ESI_TF_LUMB",
              doctor,
              otherRoom,
              small.at(on, 8 + i, 0),
              30,
              "COMPLETED",
              null);
      small.record(
          esi[i],
          patients[i],
          "ESI_TF_LUMB",
          doctor,
          small.at(on, 8 + i, 30),
          (int) rows[i][0],
          (Integer) rows[i][1]);
    }
    LocalDate twoWeeks = on.plusWeeks(2);
    LocalDate threeMonths = on.plusMonths(3);
    esiFollowUp(esi, patients, rows, 0, twoWeeks, "DONE", Map.of("NRS", 4, "ODI", 30, "PGIC", 2));
    esiFollowUp(esi, patients, rows, 1, twoWeeks, "DONE", Map.of("NRS", 7, "ODI", 41, "PGIC", 3));
    esiFollowUp(esi, patients, rows, 2, twoWeeks, "DONE", Map.of("NRS", 5));
    esiFollowUp(esi, patients, rows, 3, twoWeeks, "MISSED", Map.of());
    esiFollowUp(esi, patients, rows, 4, twoWeeks, "DUE", Map.of());
    esiFollowUp(esi, patients, rows, 5, twoWeeks, "DONE", Map.of("NRS", 0, "PGIC", 1));
    esiFollowUp(esi, patients, rows, 0, threeMonths, "DONE", Map.of("NRS", 6));
    esiFollowUp(esi, patients, rows, 1, threeMonths, "DONE", Map.of("NRS", 2, "ODI", 30));
    esiFollowUp(esi, patients, rows, 2, threeMonths, "CLOSED", Map.of());
    esiFollowUp(esi, patients, rows, 3, threeMonths, "MISSED", Map.of());
    esiFollowUp(esi, patients, rows, 4, threeMonths, "DUE", Map.of());
    esiFollowUp(esi, patients, rows, 5, threeMonths, "DONE", Map.of("NRS", 0));
  }

  private void esiFollowUp(
      UUID[] esi,
      UUID[] patients,
      Object[][] rows,
      int i,
      LocalDate due,
      String status,
      Map<String, Integer> scores) {
    boolean twoWeeks = due.equals(d.plusDays(2).plusWeeks(2));
    small.followUp(
        esi[i],
        patients[i],
        "ESI_TF_LUMB",
        (UUID) rows[i][2],
        twoWeeks ? "2 weeks" : "3 months",
        due,
        twoWeeks ? 4 : 14,
        status,
        status.equals("DONE") ? small.at(due, 12, 0) : null,
        scores);
  }

  /**
   * Five lumbar RFAs for durable relief (relief from NRS against the baseline; "days" from the
   * procedure day to the follow-up's day):
   *
   * <pre>
   *      done   baseline  6 weeks              3 months              6 months             12 months
   * R1   D+2    8         +42 NRS 2 (75 %)     +91 NRS 3 (62.5 %)    +182 NRS 5 (37.5 %)  due, open
   * R2   D+2    10        +42 NRS 4 (60 %)     +91 NRS 5 (50 %)      +182 NRS 4 (60 %)    due, open
   * R3   D+3    6         +42 NRS 5 (16.7 %)
   * R4   D+3    9         +42 NRS 3 (66.7 %)   +91 NRS 6 (33.3 %)
   * R5   D+4    7         missed               +91 NRS 3 (57.1 %)    closed
   * </pre>
   *
   * R1 ended after 91 days, R2 is still in relief at 182 (censored), R3 never had it, R4 ended
   * after 42, R5 is still in relief at 91 (censored). Kaplan–Meier: at day 42, 4 at risk, 1 ended:
   * 0.75; at day 91, 3 at risk (R5, censored that day, still counts), 1 ended: 0.75 × 2/3 = 0.5,
   * the median.
   */
  private void rfaCohort(UUID otherRoom) {
    int[][] rows = {{2, 8}, {2, 10}, {3, 6}, {3, 9}, {4, 7}};
    Object[][][] followUps = {
      {
        {"6 weeks", 42, "DONE", 2},
        {"3 months", 91, "DONE", 3},
        {"6 months", 182, "DONE", 5},
        {"12 months", 365, "DUE", null}
      },
      {
        {"6 weeks", 42, "DONE", 4},
        {"3 months", 91, "DONE", 5},
        {"6 months", 182, "DONE", 4},
        {"12 months", 365, "DUE", null}
      },
      {{"6 weeks", 42, "DONE", 5}},
      {{"6 weeks", 42, "DONE", 3}, {"3 months", 91, "DONE", 6}},
      {
        {"6 weeks", 42, "MISSED", null},
        {"3 months", 91, "DONE", 3},
        {"6 months", 182, "CLOSED", null}
      }
    };
    for (int i = 0; i < rows.length; i++) {
      LocalDate on = d.plusDays(rows[i][0]);
      UUID patient = small.patient();
      UUID rfa =
          small.appointment(
              patient,
              "RFA_LUMB",
              physician,
              otherRoom,
              small.at(on, 14 + i, 0),
              45,
              "COMPLETED",
              null);
      small.record(rfa, patient, "RFA_LUMB", physician, small.at(on, 14 + i, 45), rows[i][1], null);
      for (Object[] f : followUps[i]) {
        LocalDate due = on.plusDays((int) f[1]);
        boolean done = f[2].equals("DONE");
        small.followUp(
            rfa,
            patient,
            "RFA_LUMB",
            physician,
            (String) f[0],
            due,
            30,
            (String) f[2],
            done ? small.at(due, 12, 0) : null,
            done ? Map.of("NRS", (Integer) f[3]) : Map.of());
      }
    }
  }

  @Test
  void utilisationPerRoomAndDay() {
    JsonNode rows =
        get("physician", "/utilisation?resource=ROOM&from=" + d + "&to=" + d.plusDays(1));

    // Monday: 240 working; ESI 30 + RFA 45 booked and used (the no-show and the cancelled not)
    assertThat(row(rows, d)).isEqualTo("240/75/75/31.3/31.3");
    // Tuesday: 240 less 60 away; ESI 30 booked, consult 30 booked and used
    assertThat(row(rows, d.plusDays(1))).isEqualTo("180/60/30/33.3/16.7");

    JsonNode week =
        get(
            "frontdesk",
            "/utilisation?resource=ROOM&period=WEEK&from=" + d + "&to=" + d.plusDays(6));
    assertThat(row(week, d)).isEqualTo("420/135/105/32.1/25.0");

    // over 250 days, which always hold a daylight-saving change, the clinic's days stay the same
    JsonNode acrossAChange =
        get(
            "admin",
            "/utilisation?resource=ROOM&from=" + d.minusDays(250) + "&to=" + d.plusDays(1));
    assertThat(row(acrossAChange, d)).isEqualTo("240/75/75/31.3/31.3");
    assertThat(row(acrossAChange, d.plusDays(1))).isEqualTo("180/60/30/33.3/16.7");
  }

  @Test
  void noShowsAndLateCancellationsOfTheAppointmentsStillExpected() {
    JsonNode report = get("frontdesk", "/attendance?from=" + d + "&to=" + d.plusDays(1));

    // ESI: 5 appointments, 1 cancelled in time (24 h exactly), so 4 expected: 1 no-show, 1 late
    assertThat(attendance(report, "ESI_TF_LUMB")).isEqualTo("5/1/1 of 4 25.0/1 of 4 25.0");
    assertThat(attendance(report, "CONSULT")).isEqualTo("2/0/1 of 2 50.0/0 of 2 0.0");
    assertThat(attendance(report, "RFA_LUMB")).isEqualTo("1/0/0 of 1 0.0/0 of 1 0.0");
    assertThat(attendance(report, "ALL")).isEqualTo("8/1/2 of 7 28.6/1 of 7 14.3");
    assertThat(report.path("reasons").toString())
        .contains("{\"reason\":\"Patient unwell\",\"late\":true,\"count\":1}")
        .contains("{\"reason\":\"Transport\",\"late\":false,\"count\":1}");
  }

  @Test
  void referralTimesByNearestRank() {
    JsonNode report =
        get("frontdesk", "/referral-times?from=" + d.minusDays(30) + "&to=" + d.plusDays(1));

    assertThat(report.path("received").asInt()).isEqualTo(4);
    // triage after 2, 0 and 4 days: median rank 2 of 3 is 2, 90th rank 3 is 4
    assertThat(distribution(report.path("toTriage"))).isEqualTo("3/2/4");
    // ref2's consult on D + 1, 11 days after receipt (ref1's consult was not shown)
    assertThat(distribution(report.path("toFirstConsult"))).isEqualTo("1/11/11");
    // ref1's ESI on D (20 days), ref3's RFA on D (5 days); ref2's ESI was never completed
    assertThat(distribution(report.path("toFirstProcedure"))).isEqualTo("2/5/20");
    // open for more than 30 days before today: the received one and the triaged one
    assertThat(openCount("RECEIVED") - openReceivedBefore).isEqualTo(1);
    assertThat(openCount("TRIAGED") - openTriagedBefore).isEqualTo(1);
  }

  @Test
  void respondersPerProtocolStepWithEveryDenominator() {
    JsonNode rows =
        get("physician", "/responders?from=" + d.plusDays(2) + "&to=" + d.plusDays(4)).path("rows");

    // 2 weeks: done E1 E2 E3 E6, lost E4 (missed) E5 (window closed); NRS pairs E1 E2 E3 (E6's
    // baseline is 0): 30 % E1 E2, 50 % E1; ODI past 10 points E1 of E1 E2; PGIC <= 2 E1 E6 of 3
    assertThat(responders(rows, "ESI_TF_LUMB", null, "2 weeks"))
        .isEqualTo("6/4/2/0 done 4 of 6 | 2 of 3 | 1 of 3 | 1 of 2 | 2 of 3");
    // 3 months: done E1 E2 E6, lost E3 (closed) E4 E5; NRS E1 25 %, E2 80 %; ODI E2 -20
    assertThat(responders(rows, "ESI_TF_LUMB", null, "3 months"))
        .isEqualTo("6/3/3/0 done 3 of 6 | 1 of 2 | 1 of 2 | 1 of 1 | 0 of 0");
    // RFA 6 weeks: R1 75 %, R2 60 %, R3 16.7 %, R4 66.7 %; R5 missed
    assertThat(responders(rows, "RFA_LUMB", null, "6 weeks"))
        .isEqualTo("5/4/1/0 done 4 of 5 | 3 of 4 | 3 of 4 | 0 of 0 | 0 of 0");
    // RFA 12 months: both still within their window (due D + 367, closing D + 397, after today)
    assertThat(responders(rows, "RFA_LUMB", null, "12 months"))
        .isEqualTo("2/0/0/2 done 0 of 0 | 0 of 0 | 0 of 0 | 0 of 0 | 0 of 0");

    JsonNode byPhysician =
        get("admin", "/responders?groupBy=PHYSICIAN&from=" + d.plusDays(2) + "&to=" + d.plusDays(4))
            .path("rows");
    assertThat(responders(byPhysician, "ESI_TF_LUMB", physician.toString(), "2 weeks"))
        .isEqualTo("3/3/0/0 done 3 of 3 | 2 of 3 | 1 of 3 | 1 of 2 | 1 of 2");
    assertThat(responders(byPhysician, "ESI_TF_LUMB", otherPhysician.toString(), "2 weeks"))
        .isEqualTo("3/1/2/0 done 1 of 3 | 0 of 0 | 0 of 0 | 0 of 0 | 1 of 1");
  }

  @Test
  void durableReliefByKaplanMeierWithTheStillRelievedCensored() {
    JsonNode rows =
        get("physician", "/durable-relief?from=" + d.plusDays(2) + "&to=" + d.plusDays(4))
            .path("rows");

    JsonNode rfa = rowOf(rows, "RFA_LUMB");
    assertThat(rfa.path("procedures").asInt()).isEqualTo(5);
    assertThat(rfa.path("withoutRelief").asInt()).isEqualTo(1);
    assertThat(rfa.path("cases").asInt()).isEqualTo(4);
    assertThat(rfa.path("ended").asInt()).isEqualTo(2);
    assertThat(rfa.path("censored").asInt()).isEqualTo(2);
    assertThat(rfa.path("medianDays").asLong()).isEqualTo(91);
    assertThat(rfa.path("curve").toString())
        .isEqualTo(
            "[{\"day\":42,\"atRisk\":4,\"ended\":1,\"lasting\":0.75},"
                + "{\"day\":91,\"atRisk\":3,\"ended\":1,\"lasting\":0.5}]");
    // ESI: E1 had 50 % at two weeks, gone at three months (14 days, ended); E2 and E3 fell short
    // at two weeks; E6 has no pain to relieve; E4, E5 no pain scored
    JsonNode esi = rowOf(rows, "ESI_TF_LUMB");
    assertThat(esi.path("procedures").asInt()).isEqualTo(3);
    assertThat(esi.path("withoutRelief").asInt()).isEqualTo(2);
    assertThat(esi.path("medianDays").asLong()).isEqualTo(14);
  }

  @Test
  void everyReportAlsoAsCsv() {
    Response csv =
        api.as("physician")
            .header("Accept", "text/csv")
            .get("/api/v1/reports/attendance.csv?from=" + d + "&to=" + d.plusDays(1));

    assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.raw())
        .startsWith(
            "type,appointments,cancelled_in_time,no_shows,expected,no_show_percent,"
                + "late_cancellations,late_cancellation_percent\r\n")
        .contains("\r\nESI_TF_LUMB,5,1,1,4,25.0,1,25.0\r\n")
        .endsWith("\r\nALL,8,1,2,7,28.6,1,14.3\r\n");
    for (String report :
        new String[] {
          "utilisation.csv?", "referral-times.csv?", "responders.csv?", "durable-relief.csv?"
        }) {
      Response each =
          api.as("admin")
              .header("Accept", "text/csv")
              .get("/api/v1/reports/" + report + "from=" + d + "&to=" + d.plusDays(4));
      assertThat(each.status()).as(report + " " + each).isEqualTo(200);
      assertThat(each.raw()).contains("\r\n");
    }
  }

  @Test
  void theFrontDeskSeesOperationsOnlyAndNursesNoReport() {
    String range = "?from=" + d + "&to=" + d.plusDays(1);
    assertThat(api.as("frontdesk").get("/api/v1/reports/attendance" + range).status())
        .isEqualTo(200);
    assertProblem(api.as("frontdesk").get("/api/v1/reports/responders" + range), 403, "forbidden");
    assertProblem(
        api.as("frontdesk").get("/api/v1/reports/durable-relief" + range), 403, "forbidden");
    assertProblem(api.as("nurse").get("/api/v1/reports/utilisation" + range), 403, "forbidden");
  }

  @Test
  void refusesARangeBackwardsOrLongerThanAYear() {
    assertProblem(
        api.as("admin").get("/api/v1/reports/responders?from=" + d + "&to=" + d.minusDays(1)),
        400,
        "validation");
    assertProblem(
        api.as("admin").get("/api/v1/reports/attendance?from=" + d + "&to=" + d.plusDays(366)),
        400,
        "validation");
    assertProblem(
        api.as("admin")
            .get("/api/v1/reports/referral-times?olderThanDays=-1&from=" + d + "&to=" + d),
        400,
        "validation");
    assertProblem(
        api.as("admin").get("/api/v1/reports/utilisation?resource=PATIENT&from=" + d + "&to=" + d),
        400,
        "validation");
  }

  private JsonNode get(String user, String path) {
    Response response = api.as(user).get("/api/v1/reports" + path);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  private int openCount(String status) {
    JsonNode open =
        get("admin", "/referral-times?from=" + today + "&to=" + today + "&olderThanDays=30")
            .path("openOlder");
    for (JsonNode o : open) {
      if (o.path("status").asString().equals(status)) {
        return o.path("count").asInt();
      }
    }
    return 0;
  }

  private String row(JsonNode report, LocalDate periodStart) {
    for (JsonNode r : report.path("rows")) {
      if (r.path("resourceId").asString().equals(room.toString())
          && r.path("periodStart").asString().equals(periodStart.toString())) {
        return r.path("workingMinutes").asLong()
            + "/"
            + r.path("bookedMinutes").asLong()
            + "/"
            + r.path("usedMinutes").asLong()
            + "/"
            + r.path("bookedPercent").asString()
            + "/"
            + r.path("usedPercent").asString();
      }
    }
    return "no row";
  }

  private static String attendance(JsonNode report, String type) {
    JsonNode r = rowOf(report.path("rows"), type, "type");
    return r.path("appointments").asLong()
        + "/"
        + r.path("cancelledInTime").asLong()
        + "/"
        + rate(r.path("noShows"))
        + "/"
        + rate(r.path("lateCancellations"));
  }

  private static String rate(JsonNode rate) {
    String percent = rate.path("percent").isNull() ? "" : " " + rate.path("percent").asString();
    return rate.path("count").asLong() + " of " + rate.path("of").asLong() + percent;
  }

  private static String rateOnly(JsonNode rate) {
    return rate.path("count").asLong() + " of " + rate.path("of").asLong();
  }

  private static String distribution(JsonNode d) {
    return d.path("count").asInt()
        + "/"
        + d.path("medianDays").asString()
        + "/"
        + d.path("p90Days").asString();
  }

  private static String responders(JsonNode rows, String type, String group, String step) {
    for (JsonNode r : rows) {
      boolean groupMatches =
          group == null
              ? r.path("group").isNull() || r.path("group").isMissingNode()
              : r.path("group").asString().equals(group);
      if (r.path("procedureType").asString().equals(type)
          && groupMatches
          && r.path("step").asString().equals(step)) {
        return r.path("planned").asLong()
            + "/"
            + r.path("done").asLong()
            + "/"
            + r.path("lost").asLong()
            + "/"
            + r.path("open").asLong()
            + " done "
            + rateOnly(r.path("completion"))
            + " | "
            + rateOnly(r.path("nrs30"))
            + " | "
            + rateOnly(r.path("nrs50"))
            + " | "
            + rateOnly(r.path("disabilityImproved"))
            + " | "
            + rateOnly(r.path("pgicImproved"));
      }
    }
    return "no row for " + type + " " + group + " " + step + " in " + rows;
  }

  private static JsonNode rowOf(JsonNode rows, String type) {
    return rowOf(rows, type, "procedureType");
  }

  private static JsonNode rowOf(JsonNode rows, String value, String field) {
    for (JsonNode r : rows) {
      if (r.path(field).asString().equals(value)) {
        return r;
      }
    }
    throw new AssertionError("no row " + value + " in " + rows);
  }
}
