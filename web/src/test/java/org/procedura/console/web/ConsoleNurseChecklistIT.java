package org.procedura.console.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.ClinicSetup.WEEKDAYS;
import static org.procedura.apitest.ClinicSetup.at;
import static org.procedura.apitest.ClinicSetup.mondayAfterNext;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.procedura.apitest.ApiIntegrationTest;
import org.procedura.apitest.ClinicSetup;

/**
 * The nurse's checklist in a real browser: each item the procedure calls for recorded with its
 * value, a breach explained in the list of what still stands in the way, corrected, and the patient
 * checked in once nothing does.
 */
class ConsoleNurseChecklistIT extends ApiIntegrationTest {
  private Browser browser;
  private UUID patient;
  private String appointment;
  private LocalDate monday;

  @BeforeEach
  void aBookedProcedure() {
    UUID physician =
        clinic.clinician(List.of("ESI_TF_LUMB"), LocalTime.of(8, 0), LocalTime.of(17, 0), WEEKDAYS);
    UUID room =
        clinic.room(
            "PROCEDURE_SUITE",
            List.of("FLUOROSCOPY"),
            LocalTime.of(7, 0),
            LocalTime.of(18, 0),
            WEEKDAYS);
    patient = clinic.patient();
    monday = mondayAfterNext();
    var booked =
        api.as("frontdesk")
            .post(
                "/api/v1/appointments/procedures",
                ClinicSetup.tfEsi(patient, physician, room, at(monday, 10, 0)));
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    appointment = booked.json().path("id").asString();
    clock.jumpTo(at(monday, 8, 0).toInstant());
    browser = new Browser(api.baseUrl());
  }

  @AfterEach
  void closeTheBrowser() {
    browser.close();
  }

  @Test
  void recordsEachItemExplainsABreachAndChecksInWhenNothingIsLacking() {
    browser.signIn("nurse");
    open();
    assertThat(browser.find(By.id("lacking")).getText()).contains("consent signed not recorded");
    browser.assertAccessible("checklist");

    record("ACTIVE_INFECTION", row -> answer(row, "yes"));
    assertThat(recorded("ACTIVE_INFECTION")).isEqualTo("yes");
    assertThat(browser.find(By.id("lacking")).getText()).containsIgnoringCase("infection");

    for (String item : items()) {
      record(item, row -> fill(item, row));
    }
    assertThat(recorded("ACTIVE_INFECTION")).isEqualTo("no");
    assertThat(browser.all(By.id("lacking"))).isEmpty();
    assertThat(browser.find(By.cssSelector(".checklist .ok")).getText()).startsWith("Complete");
    browser.assertAccessible("checklist complete");
    browser.screenshot("checklist");

    browser.find(By.id("check-in")).click();
    assertThat(browser.find(By.id("status")).getText()).isEqualTo("checked in");
    assertThat(
            api.as("nurse")
                .get("/api/v1/appointments/" + appointment)
                .json()
                .path("status")
                .asString())
        .isEqualTo("CHECKED_IN");
  }

  @Test
  void theFrontDeskSeesTheChecklistButCannotRecordIt() {
    browser.signIn("frontdesk");
    open();

    assertThat(browser.find(By.cssSelector(".checklist-items")).getText())
        .contains("Consent signed");
    assertThat(browser.all(By.cssSelector(".checklist-items form"))).isEmpty();
  }

  private void open() {
    browser.open("/console/patients/" + patient + "/appointments/" + appointment);
  }

  private List<String> items() {
    return browser.all(By.cssSelector(".checklist-items tbody tr")).stream()
        .map(row -> row.getAttribute("id").substring("item-".length()))
        .toList();
  }

  private void record(String item, Consumer<WebElement> filling) {
    WebElement row = browser.find(By.id("item-" + item));
    filling.accept(row);
    row.findElement(By.cssSelector("button")).click();
    browser.waitFor().until(ExpectedConditions.stalenessOf(row));
  }

  private String recorded(String item) {
    return browser.find(By.id("item-" + item)).findElement(By.cssSelector(".recorded")).getText();
  }

  private void fill(String item, WebElement row) {
    String twelveHoursBefore = at(monday, 10, 0).minusHours(12).toLocalDateTime().toString();
    switch (item) {
      case "ACTIVE_INFECTION" -> answer(row, "no");
      case "CONSENT_SIGNED", "DRIVER_PRESENT" -> answer(row, "yes");
      case "INR" -> type(row, "value", "1.1");
      case "BLOOD_GLUCOSE" -> type(row, "value", "120");
      case "LAST_SOLID_FOOD" -> {
        set(row, "at", twelveHoursBefore);
        new Select(row.findElement(By.name("meal"))).selectByValue("FATTY");
      }
      case "LAST_CLEAR_LIQUIDS" -> set(row, "at", twelveHoursBefore);
      case "BASELINE_PAIN_SCORE" -> {
        type(row, "nrs", "8");
        for (String scale : List.of("odi", "ndi")) {
          if (!row.findElements(By.name(scale)).isEmpty()) {
            type(row, scale, "2, 2, 2, 2, 2, 2, 2, 2, 2, 2");
          }
        }
      }
      default -> {}
    }
  }

  private static void answer(WebElement row, String answer) {
    new Select(row.findElement(By.name("answer"))).selectByValue(answer);
  }

  private static void type(WebElement row, String name, String text) {
    row.findElement(By.name(name)).sendKeys(text);
  }

  private void set(WebElement row, String name, String value) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].value = arguments[1];", row.findElement(By.name(name)), value);
  }
}
