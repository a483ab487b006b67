package org.procedura.console.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.ClinicSetup.EVERY_DAY;
import static org.procedura.apitest.ClinicSetup.at;
import static org.procedura.apitest.ClinicSetup.mondayAfterNext;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.procedura.apitest.Api.Response;
import org.procedura.apitest.ApiIntegrationTest;

/**
 * A physician's procedure in a real browser: started and completed on its appointment, recorded on
 * its page (a refused record shown in words and nothing saved, then the corrected one), and read on
 * the patient's page: the history, and the pain chart with the procedure named with its levels and
 * side, the six-week score joined to the baseline, the missed three-month follow-up marked and the
 * later ones marked as not yet due; the follow-up outcomes on the procedure's page.
 */
class ConsolePhysicianProcedureIT extends ApiIntegrationTest {
  private Browser browser;
  private UUID patient;
  private String familyName;
  private LocalDate day;
  private String rfa;

  @BeforeEach
  void anRfaCheckedIn() {
    UUID physician =
        clinic.clinician(List.of("RFA_LUMB"), LocalTime.of(7, 0), LocalTime.of(19, 0), EVERY_DAY);
    UUID room =
        clinic.room(
            "PROCEDURE_SUITE",
            List.of("FLUOROSCOPY"),
            LocalTime.of(7, 0),
            LocalTime.of(19, 0),
            EVERY_DAY);
    familyName = "Charted" + UUID.randomUUID().toString().substring(0, 8);
    Response registered =
        api.as("frontdesk")
            .post(
                "/api/v1/patients",
                Map.of(
                    "givenName", "Ruth",
                    "familyName", familyName,
                    "dateOfBirth", "1961-09-30",
                    "sex", "FEMALE"));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    patient = UUID.fromString(registered.json().path("id").asString());
    day = mondayAfterNext();
    Map<String, Object> body = new HashMap<>();
    body.put("patientId", patient);
    body.put("procedureType", "RFA_LUMB");
    body.put("clinicianId", physician);
    body.put("roomId", room);
    body.put("start", at(day, 9, 0).toOffsetDateTime().toString());
    body.put(
        "site",
        Map.of("region", "LUMBAR", "levels", List.of("L4-L5", "L5-S1"), "laterality", "RIGHT"));
    Response booked = api.as("frontdesk").post("/api/v1/appointments/procedures", body);
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    rfa = booked.json().path("id").asString();
    clock.jumpTo(at(day, 8, 30).toInstant());
    clinic.checklistDone(rfa);
    assertThat(clinic.step("nurse", "/api/v1/appointments/" + rfa, "check-in", null).status())
        .isEqualTo(200);
    browser = new Browser(api.baseUrl());
  }

  @AfterEach
  void closeTheBrowser() {
    browser.close();
  }

  @Test
  void thePhysicianCompletesAndRecordsTheProcedureAndReadsTheChart() {
    browser.signIn("physician");
    browser.open("/console/patients/%s/appointments/%s".formatted(patient, rfa));
    browser.find(By.id("start")).click();
    assertThat(browser.find(By.id("status")).getText()).isEqualTo("in progress");
    clock.jumpTo(at(day, 9, 50).toInstant());
    browser.find(By.id("complete")).click();

    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver(), java.time.Duration.ofSeconds(15))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/procedures/" + rfa));
    assertThat(browser.driver().getCurrentUrl()).contains("/procedures/" + rfa);
    assertThat(browser.find(By.id("baseline")).getText()).contains("NRS 8");
    assertThat(browser.find(By.id("levels")).getAttribute("value")).isEqualTo("L4-L5, L5-S1");
    browser.assertAccessible("procedure record form");
    // fluoroscopy time without fluoroscopy: refused in words, nothing recorded
    browser.type("fluoroscopySeconds", "95");
    browser.type("immediatePain", "2");
    browser.find(By.id("record-procedure")).click();
    assertThat(browser.find(By.cssSelector(".problem")).getText())
        .contains("Please check what was entered")
        .contains("only under fluoroscopy");
    assertThat(recorded()).isFalse();

    new Select(browser.find(By.id("imaging"))).selectByValue("FLUOROSCOPY");
    browser.type("fluoroscopySeconds", "95");
    browser.type("fluoroscopyDoseMgy", "12.5");
    browser.type("contrastMl", "1.5");
    browser.type("drug0", "lidocaine 1 %");
    browser.type("doseMg0", "20");
    browser.type("immediatePain", "2");
    ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0);");
    browser.screenshot("procedure-record");
    browser.find(By.id("record-procedure")).click();

    assertThat(browser.find(By.cssSelector(".notice")).getText())
        .isEqualTo("The procedure is recorded.");
    assertThat(browser.find(By.id("record")).getText())
        .contains("L4-L5, L5-S1 right")
        .contains("95 s, 12.5 mGy")
        .contains("lidocaine 1 % 20 mg")
        .contains("NRS 2");
    assertThat(browser.all(By.id("record-form"))).isEmpty();
    var record = api.as("physician").get("/api/v1/procedures/" + rfa).json();
    assertThat(record.path("current").path("fluoroscopySeconds").asInt()).isEqualTo(95);
    assertThat(record.path("current").path("immediatePain").asInt()).isEqualTo(2);

    // six weeks on, the patient reports NRS 4 on the call; the three-month call never happens
    List<String> followUps = new java.util.ArrayList<>();
    record.path("followUps").forEach(f -> followUps.add(f.path("id").asString()));
    clock.jumpTo(at(day.plusWeeks(6), 11, 0).toInstant());
    Response sixWeeks =
        clinic.step(
            "nurse",
            "/api/v1/follow-ups/" + followUps.get(0),
            "outcome",
            Map.of("contact", "CALL", "measures", List.of(Map.of("scale", "NRS", "value", 4))));
    assertThat(sixWeeks.status()).as(sixWeeks.toString()).isEqualTo(200);
    clock.jumpTo(at(day.plusMonths(4), 9, 0).toInstant());

    browser.open("/console/patients/" + patient);
    assertThat(browser.find(By.cssSelector("table.procedures-here")).getText())
        .contains("RFA_LUMB")
        .contains("L4-L5, L5-S1 right")
        .contains("written")
        .contains("1 of " + followUps.size());
    WebElement chart = browser.find(By.cssSelector("#pain-chart svg.pain-chart"));
    String svg = chart.getAttribute("outerHTML");
    assertThat(svg)
        .contains("RFA_LUMB), L4-L5, L5-S1 right, done " + day)
        .contains("NRS 8 on day 0")
        .contains("NRS 4 on day 42")
        .contains("relief 50 % on day 42")
        .contains("3 months follow-up of")
        .contains("Pain, NRS 0–10")
        .contains("Date (one calendar for every procedure)");
    // baseline and six weeks joined; the lone relief point has no line
    assertThat(chart.findElements(By.cssSelector("polyline"))).hasSize(1);
    assertThat(chart.findElements(By.cssSelector(".missed"))).hasSize(1);
    assertThat(chart.findElements(By.cssSelector(".not-yet-due"))).hasSize(followUps.size() - 2);
    browser.assertAccessible("patient's page with the pain chart");
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'start'});", chart);
    browser.screenshot("pain-chart");

    browser.find(By.cssSelector("table.procedures-here a")).click();
    WebElement outcomes = browser.find(By.cssSelector("table.follow-up-outcomes"));
    assertThat(outcomes.getText())
        .contains("6 weeks")
        .contains("done")
        .contains("NRS 4 (baseline 8")
        .contains("50 %")
        .contains("missed");
    assertThat(browser.find(By.id("durable-relief")).getText())
        .contains("Relief of 50 % or more lasted 42 days");
    browser.assertAccessible("follow-up outcomes");
    browser.screenshot("follow-up-outcomes");

    String procedurePage = "/console/patients/" + patient + "/procedures/" + rfa;
    assertThat(accessReport())
        .contains(
            "UPDATE PROCEDURE_RECORD POST " + procedurePage + "/record by physician",
            "READ PROCEDURE_RECORD GET " + procedurePage + " by physician",
            "READ PATIENT GET /console/patients/" + patient + " by physician");
  }

  /** The patient's access report, each entry as "action resource method path by user". */
  private List<String> accessReport() {
    var report = api.as("admin").get("/api/v1/patients/" + patient + "/access-report?size=100");
    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    return report
        .json()
        .path("content")
        .valueStream()
        .map(
            e ->
                e.path("action").asString()
                    + " "
                    + e.path("resourceType").asString()
                    + " "
                    + e.path("method").asString()
                    + " "
                    + e.path("path").asString()
                    + " by "
                    + e.path("username").asString())
        .toList();
  }

  @Test
  void theFrontDeskSeesNeitherTheChartNorTheHistory() {
    browser.signIn("frontdesk");
    browser.open("/console/patients/" + patient);
    assertThat(browser.heading()).isEqualTo(familyName + ", Ruth");
    assertThat(browser.find(By.id("profile")).getText()).contains("Clinical profile");
    assertThat(browser.all(By.id("pain-chart"))).isEmpty();
    assertThat(browser.all(By.id("history"))).isEmpty();
  }

  private boolean recorded() {
    var current = api.as("physician").get("/api/v1/procedures/" + rfa).json().path("current");
    return !current.isMissingNode() && !current.isNull();
  }
}
