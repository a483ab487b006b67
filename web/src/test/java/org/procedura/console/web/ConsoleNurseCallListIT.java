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
import org.openqa.selenium.WebElement;
import org.procedura.apitest.Api.Response;
import org.procedura.apitest.ApiIntegrationTest;

/**
 * The nurse's call list in a real browser: a completed RFA's 6-week follow-up is due this week two
 * days before its day, with the patient's name and phone; three days after it, overdue; the score
 * heard on the call is recorded in place, the row answering without a page load, and the follow-up
 * leaves the list.
 */
class ConsoleNurseCallListIT extends ApiIntegrationTest {
  private static final String PHONE = "555-0142";

  private Browser browser;
  private UUID patient;
  private String familyName;
  private LocalDate day;
  private String sixWeeks;

  @BeforeEach
  void aCompletedRfa() {
    UUID physician =
        clinic.clinician(List.of("RFA_LUMB"), LocalTime.of(7, 0), LocalTime.of(19, 0), EVERY_DAY);
    UUID room =
        clinic.room(
            "PROCEDURE_SUITE",
            List.of("FLUOROSCOPY"),
            LocalTime.of(7, 0),
            LocalTime.of(19, 0),
            EVERY_DAY);
    familyName = "Caller" + UUID.randomUUID().toString().substring(0, 8);
    Response registered =
        api.as("frontdesk")
            .post(
                "/api/v1/patients",
                Map.of(
                    "givenName", "Nora",
                    "familyName", familyName,
                    "dateOfBirth", "1958-04-12",
                    "sex", "FEMALE",
                    "contact", Map.of("phone", PHONE)));
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
    String rfa = booked.json().path("id").asString();
    clock.jumpTo(at(day, 8, 30).toInstant());
    clinic.checklistDone(rfa);
    assertThat(clinic.step("nurse", "/api/v1/appointments/" + rfa, "check-in", null).status())
        .isEqualTo(200);
    assertThat(clinic.step("physician", "/api/v1/appointments/" + rfa, "start", null).status())
        .isEqualTo(200);
    clock.jumpTo(at(day, 10, 0).toInstant());
    Response completed = clinic.step("physician", "/api/v1/appointments/" + rfa, "complete", null);
    assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
    var followUps = api.as("nurse").get("/api/v1/procedures/" + rfa).json().path("followUps");
    assertThat(followUps.get(0).path("label").asString()).isEqualTo("6 weeks");
    sixWeeks = followUps.get(0).path("id").asString();
    browser = new Browser(api.baseUrl());
  }

  @AfterEach
  void closeTheBrowser() {
    browser.close();
  }

  @Test
  void listsTheFollowUpDueThenOverdueWithNameAndPhoneAndRecordsTheScoreInPlace() {
    clock.jumpTo(at(day.plusWeeks(6).minusDays(2), 9, 0).toInstant());
    browser.signIn("nurse");
    browser.find(By.linkText("Follow-up calls")).click();
    WebElement due = browser.find(By.cssSelector("#due-this-week #follow-up-" + sixWeeks));
    assertThat(due.getText())
        .contains(familyName + ", Nora")
        .contains(PHONE)
        .contains("RFA_LUMB")
        .contains("6 weeks");
    assertThat(browser.all(By.cssSelector("#overdue #follow-up-" + sixWeeks))).isEmpty();
    browser.assertAccessible("call list, due this week");

    clock.jumpTo(at(day.plusWeeks(6).plusDays(3), 9, 0).toInstant());
    browser.open("/console/follow-ups");
    WebElement overdue = browser.find(By.cssSelector("#overdue #follow-up-" + sixWeeks));
    assertThat(overdue.getText()).contains(familyName);
    assertThat(browser.all(By.cssSelector("#due-this-week #follow-up-" + sixWeeks))).isEmpty();
    browser.assertAccessible("call list, overdue");
    browser.screenshot("follow-up-calls");

    String url = browser.driver().getCurrentUrl();
    browser.type("nrs-" + sixWeeks, "3");
    overdue.findElement(By.cssSelector("button")).click();
    WebElement recorded = browser.find(By.cssSelector("#follow-up-" + sixWeeks + " .ok"));
    assertThat(recorded.getText()).isEqualTo("NRS 3 recorded");
    assertThat(browser.driver().getCurrentUrl()).isEqualTo(url);
    assertThat(browser.all(By.id("nrs-" + sixWeeks))).isEmpty();
    browser.assertAccessible("score recorded");

    var followUp = api.as("nurse").get("/api/v1/follow-ups/" + sixWeeks).json();
    assertThat(followUp.path("status").asString()).isEqualTo("DONE");
    assertThat(followUp.path("contact").asString()).isEqualTo("CALL");
    assertThat(followUp.path("measures").get(0).path("score").decimalValue())
        .isEqualByComparingTo("3");
    browser.open("/console/follow-ups");
    assertThat(browser.all(By.id("follow-up-" + sixWeeks))).isEmpty();
  }
}
