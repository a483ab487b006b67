package org.procedura.apitest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Makes, through the API, the clinicians, rooms and patients a test needs, each new and uniquely
 * named, so tests sharing the database never see each other's bookings.
 */
public final class ClinicSetup {
  public static final ZoneId ZONE = ZoneId.of("America/New_York");
  private static int npiSequence = (int) (System.nanoTime() % 90_000_000);

  private final Api api;

  ClinicSetup(Api api) {
    this.api = api;
  }

  /** A clinician credentialed for the given types, working the given hours on weekdays. */
  public UUID clinician(List<String> credentials, LocalTime from, LocalTime to, DayOfWeek... days) {
    var created =
        api.as("admin")
            .post(
                "/api/v1/clinicians",
                Map.of(
                    "displayName",
                    "Dr. Test " + unique(),
                    "npi",
                    npi(),
                    "credentials",
                    credentials,
                    "active",
                    true));
    require(created, 201);
    UUID id = UUID.fromString(created.json().path("id").asString());
    require(
        api.as("admin").put("/api/v1/clinicians/" + id + "/working-hours", hours(from, to, days)),
        200);
    return id;
  }

  public UUID room(
      String kind, List<String> imaging, LocalTime from, LocalTime to, DayOfWeek... days) {
    var created =
        api.as("admin")
            .post(
                "/api/v1/rooms",
                Map.of(
                    "name", "Room " + unique(), "kind", kind, "imaging", imaging, "active", true));
    require(created, 201);
    UUID id = UUID.fromString(created.json().path("id").asString());
    require(
        api.as("admin").put("/api/v1/rooms/" + id + "/working-hours", hours(from, to, days)), 200);
    return id;
  }

  /** An entry in a section of the patient's clinical profile, added by a nurse. */
  public void addToProfile(UUID patient, String section, Map<String, Object> entry) {
    String profile = "/api/v1/patients/" + patient + "/clinical-profile";
    String version = api.as("nurse").get(profile).header("ETag");
    require(api.as("nurse").header("If-Match", version).post(profile + "/" + section, entry), 201);
  }

  /**
   * Every checklist item of a procedure appointment recorded by a nurse, so it can be checked in.
   */
  public void checklistDone(String appointment) {
    for (String item :
        List.of(
            "CONSENT_SIGNED",
            "BASELINE_PAIN_SCORE",
            "CONTRAST_ALLERGY_CHECKED",
            "PREGNANCY_CHECKED",
            "NO_ACTIVE_INFECTION",
            "ANTITHROMBOTIC_HOLD_CONFIRMED",
            "DRIVER_PRESENT",
            "FASTING_CONFIRMED",
            "GLUCOSE_CHECKED")) {
      require(
          api.as("nurse").put("/api/v1/appointments/" + appointment + "/checklist/" + item, null),
          200);
    }
  }

  public UUID patient() {
    var created =
        api.as("frontdesk")
            .post(
                "/api/v1/patients",
                Map.of(
                    "givenName", "Test",
                    "familyName", "Patient" + unique(),
                    "dateOfBirth", "1960-02-29",
                    "sex", "FEMALE"));
    require(created, 201);
    return UUID.fromString(created.json().path("id").asString());
  }

  /** A lumbar TF-ESI booking body at that local date and time. */
  public static Map<String, Object> tfEsi(
      UUID patient, UUID clinician, UUID room, ZonedDateTime start) {
    Map<String, Object> body = new HashMap<>();
    body.put("patientId", patient);
    body.put("procedureType", "ESI_TF_LUMB");
    body.put("clinicianId", clinician);
    body.put("roomId", room);
    body.put("start", start.toOffsetDateTime().toString());
    body.put("site", Map.of("region", "LUMBAR", "levels", List.of("L4-L5"), "laterality", "LEFT"));
    return body;
  }

  /** The Monday after next, so that its whole week lies in the future. */
  public static LocalDate mondayAfterNext() {
    return LocalDate.now(ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);
  }

  public static ZonedDateTime at(LocalDate date, int hour, int minute) {
    return date.atTime(hour, minute).atZone(ZONE);
  }

  public static final DayOfWeek[] WEEKDAYS = {
    DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY
  };

  public static final DayOfWeek[] EVERY_DAY = DayOfWeek.values();

  private static Map<String, Object> hours(LocalTime from, LocalTime to, DayOfWeek... days) {
    List<Map<String, Object>> windows = new ArrayList<>();
    for (DayOfWeek day : days) {
      windows.add(Map.of("day", day.name(), "start", from.toString(), "end", to.toString()));
    }
    return Map.of("windows", windows);
  }

  private static void require(Api.Response response, int status) {
    if (response.status() != status) {
      throw new IllegalStateException("clinic setup failed: " + response);
    }
  }

  private static synchronized String npi() {
    String firstNine = String.format("2%08d", npiSequence++ % 100_000_000);
    String digits = "80840" + firstNine;
    int sum = 0;
    for (int i = digits.length() - 1, position = 0; i >= 0; i--, position++) {
      int digit = digits.charAt(i) - '0';
      if (position % 2 == 0) {
        digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      }
      sum += digit;
    }
    return firstNine + (10 - sum % 10) % 10;
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
