package org.procedura.apitest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Makes, through the API, the clinicians, rooms and patients a test needs, each new and uniquely
 * named, so tests sharing the database never see each other's bookings.
 */
public final class ClinicSetup {
  public static final ZoneId ZONE = ZoneId.of("America/New_York");
  private static int npiSequence = (int) (System.nanoTime() % 90_000_000);

  private final Api api;
  private final List<Runnable> undo = new ArrayList<>();

  public ClinicSetup(Api api) {
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
    return room(kind, imaging, null, from, to, days);
  }

  /** A procedure suite with fluoroscopy, open 07:00 to 18:00 on weekdays: where most tests book. */
  public UUID fluoroscopySuite() {
    return room(
        "PROCEDURE_SUITE",
        List.of("FLUOROSCOPY"),
        LocalTime.of(7, 0),
        LocalTime.of(18, 0),
        WEEKDAYS);
  }

  /** A physician credentialed for these procedures, working 08:00 to 17:00 on weekdays. */
  public UUID physician(String... credentials) {
    return clinician(List.of(credentials), LocalTime.of(8, 0), LocalTime.of(17, 0), WEEKDAYS);
  }

  /** A room in a care setting of its own (null: the clinic's), as the payer rules see it. */
  public UUID room(
      String kind,
      List<String> imaging,
      String careSetting,
      LocalTime from,
      LocalTime to,
      DayOfWeek... days) {
    Map<String, Object> room = new HashMap<>();
    room.put("name", "Room " + unique());
    room.put("kind", kind);
    room.put("imaging", imaging);
    room.put("active", true);
    if (careSetting != null) {
      room.put("careSetting", careSetting);
    }
    var created = api.as("admin").post("/api/v1/rooms", room);
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

  /** The NRS {@link #checklistDone} records as the baseline pain score. */
  public static final int BASELINE_NRS = 8;

  /** Ten ODI sections or NDI items, each answered 2: ODI 40, NDI 20. */
  public static final List<Integer> TWOS = List.of(2, 2, 2, 2, 2, 2, 2, 2, 2, 2);

  /**
   * Every checklist item the procedure appointment calls for recorded by a nurse, each with a value
   * inside its limit: consent signed, no infection, a driver present, INR 1.1, glucose 120 mg/dL,
   * the last fatty meal and clear liquids twelve hours before the start (so call it within the
   * twelve hours before, when check-in opens), and the baseline pain score NRS {@value
   * #BASELINE_NRS}, with ODI or NDI answered 2 throughout where the checklist asks for them.
   */
  public void checklistDone(String appointment) {
    String checklist = "/api/v1/appointments/" + appointment + "/checklist";
    var current = api.as("nurse").get(checklist);
    require(current, 200);
    String start =
        api.as("nurse").get("/api/v1/appointments/" + appointment).json().path("start").asString();
    String twelveHoursBefore = OffsetDateTime.parse(start).minusHours(12).toString();
    List<String> scales = new ArrayList<>();
    current.json().path("baselineScales").forEach(scale -> scales.add(scale.asString()));
    for (var item : current.json().path("required")) {
      Map<String, Object> value =
          switch (item.asString()) {
            case "CONSENT_SIGNED", "DRIVER_PRESENT" -> Map.of("answer", true);
            case "ACTIVE_INFECTION" -> Map.of("answer", false);
            case "INR" -> Map.of("value", 1.1);
            case "BLOOD_GLUCOSE" -> Map.of("value", 120);
            case "LAST_SOLID_FOOD" -> Map.of("at", twelveHoursBefore, "meal", "FATTY");
            case "LAST_CLEAR_LIQUIDS" -> Map.of("at", twelveHoursBefore);
            case "BASELINE_PAIN_SCORE" -> baseline(scales);
            default -> Map.of();
          };
      require(api.as("nurse").post(checklist + "/" + item.asString(), value), 200);
    }
  }

  private static Map<String, Object> baseline(List<String> scales) {
    Map<String, Object> scores = new HashMap<>();
    scores.put("nrs", BASELINE_NRS);
    if (scales.contains("ODI")) {
      scores.put("odi", TWOS);
    }
    if (scales.contains("NDI")) {
      scores.put("ndi", TWOS);
    }
    return scores;
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

  /**
   * A referral for the patient, received, triaged and accepted by a physician, with {@code facts}
   * (e.g. painOnset, diagnoses) replacing those of the standard referral.
   */
  public UUID acceptedReferral(UUID patient, Map<String, Object> facts) {
    Map<String, Object> body =
        new HashMap<>(org.procedura.referral.web.ReferralBodies.referralFor(patient.toString(), 2));
    body.putAll(facts);
    Api.Response received = api.as("frontdesk").post("/api/v1/referrals", body);
    require(received, 201);
    String id = received.json().path("id").asString();
    String referral = "/api/v1/referrals/" + id;
    Api.Response triaged =
        api.as("physician")
            .header("If-Match", received.header("ETag"))
            .post(referral + "/triage", null);
    require(triaged, 200);
    require(
        api.as("physician")
            .header("If-Match", triaged.header("ETag"))
            .post(referral + "/accept", Map.of("note", "accepted for a procedure")),
        200);
    return UUID.fromString(id);
  }

  /**
   * Takes a procedure from its checklist to completion: checklist, check-in, start, complete. The
   * caller sets the clock within the twelve hours before its start.
   */
  public void complete(String appointment) {
    checklistDone(appointment);
    String path = "/api/v1/appointments/" + appointment;
    require(step("nurse", path, "check-in", null), 200);
    require(step("physician", path, "start", null), 200);
    require(step("physician", path, "complete", null), 200);
  }

  /**
   * A step of the appointment or follow-up at {@code path} (e.g. {@code check-in}), sending the
   * version it has now as If-Match.
   */
  public Api.Response step(String username, String path, String step, Object body) {
    return api.as(username).header("If-Match", etag(path)).post(path + "/" + step, body);
  }

  /** The ETag of the appointment or follow-up at the path now, to send back as If-Match. */
  public String etag(String path) {
    Api.Response read = api.as("nurse").get(path);
    require(read, 200);
    return read.header("ETag");
  }

  /**
   * Revises a rule of a shared rule set as an administrator does, and undoes it after the test (a
   * new version with the rule as it was), so that no other test sees the change.
   */
  public Api.Response reviseRule(String ruleSet, String ruleId, Map<String, Object> revision) {
    Api.Response current = api.as("admin").get("/api/v1/rule-sets/" + ruleSet);
    JsonNode before = rule(current.json(), ruleId);
    String path = "/api/v1/rule-sets/" + ruleSet + "/rules/" + ruleId;
    Api.Response changed =
        api.as("admin").header("If-Match", current.header("ETag")).put(path, revision);
    if (changed.status() == 200) {
      undo.add(
          () -> {
            Api.Response now = api.as("admin").get("/api/v1/rule-sets/" + ruleSet);
            Map<String, Object> asItWas =
                Map.of(
                    "severity",
                    before.path("severity").asString(),
                    "parameters",
                    before.path("parameters"));
            require(api.as("admin").header("If-Match", now.header("ETag")).put(path, asItWas), 200);
          });
    }
    return changed;
  }

  /** Undoes this test's rule revisions, the latest first. */
  void undoRuleRevisions() {
    for (int i = undo.size() - 1; i >= 0; i--) {
      undo.get(i).run();
    }
    undo.clear();
  }

  private static JsonNode rule(JsonNode ruleSet, String ruleId) {
    for (var rule : ruleSet.path("rules")) {
      if (rule.path("id").asString().equals(ruleId)) {
        return rule;
      }
    }
    throw new IllegalStateException("no rule " + ruleId);
  }

  /** A parameter of a rule of the current version of a rule set (an administrator may edit it). */
  public int ruleParameter(String ruleSet, String ruleId, String parameter) {
    for (var rule : api.as("frontdesk").get("/api/v1/rule-sets/" + ruleSet).json().path("rules")) {
      if (rule.path("id").asString().equals(ruleId)) {
        return Integer.parseInt(rule.path("parameters").path(parameter).asString());
      }
    }
    throw new IllegalStateException("no rule " + ruleId + " in " + ruleSet);
  }

  private static void require(Api.Response response, int status) {
    if (response.status() != status) {
      throw new IllegalStateException("clinic setup failed: " + response);
    }
  }

  /** A valid NPI no other clinician of the test run has. */
  public static synchronized String npi() {
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
