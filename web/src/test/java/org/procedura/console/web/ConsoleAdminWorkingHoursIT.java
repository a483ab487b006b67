package org.procedura.console.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.ClinicSetup.EVERY_DAY;
import static org.procedura.apitest.ClinicSetup.WEEKDAYS;
import static org.procedura.apitest.ClinicSetup.at;
import static org.procedura.apitest.ClinicSetup.mondayAfterNext;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.procedura.apitest.ApiIntegrationTest;

/**
 * An administrator changes a physician's working hours and adds time off in a real browser, and the
 * front desk's slot search follows at once: Monday's morning slots are no longer offered and its
 * afternoon ones are, Tuesday's go with the time off; a window that ends before it starts is
 * refused in words and changes nothing.
 */
class ConsoleAdminWorkingHoursIT extends ApiIntegrationTest {
  private Browser browser;
  private UUID physician;
  private String physicianName;
  private LocalDate monday;

  @BeforeEach
  void aPhysicianWorkingWeekdayMornings() {
    physician =
        clinic.clinician(List.of("ESI_TF_LUMB"), LocalTime.of(8, 0), LocalTime.of(12, 0), WEEKDAYS);
    clinic.room(
        "PROCEDURE_SUITE",
        List.of("FLUOROSCOPY"),
        LocalTime.of(7, 0),
        LocalTime.of(19, 0),
        EVERY_DAY);
    physicianName =
        api.as("admin")
            .get("/api/v1/clinicians/" + physician)
            .json()
            .path("displayName")
            .asString();
    monday = mondayAfterNext();
    browser = new Browser(api.baseUrl());
  }

  @AfterEach
  void closeTheBrowser() {
    browser.close();
  }

  @Test
  void changedHoursAndTimeOffChangeTheSlotsOffered() {
    assertThat(firstSlot(monday)).isEqualTo(at(monday, 8, 0).toOffsetDateTime());

    browser.signIn("admin");
    browser.find(By.linkText("Clinicians")).click();
    browser.assertAccessible("clinicians");
    browser.find(By.linkText(physicianName)).click();
    assertThat(browser.heading()).isEqualTo(physicianName);
    browser.assertAccessible("a clinician's page");
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById('hours-heading').scrollIntoView()");
    browser.screenshot("admin-clinician");

    browser.setValue(window("MONDAY", "start"), "13:00");
    browser.setValue(window("MONDAY", "end"), "17:00");
    browser.find(By.id("save-hours")).sendKeys(Keys.ENTER);

    assertThat(browser.find(By.cssSelector("#main .notice")).getText())
        .contains("working hours were saved");
    assertThat(browser.find(By.id(window("MONDAY", "start"))).getAttribute("value"))
        .isEqualTo("13:00");
    assertThat(firstSlot(monday)).isEqualTo(at(monday, 13, 0).toOffsetDateTime());
    assertThat(firstSlot(monday.plusDays(1)))
        .as("Tuesday keeps its hours")
        .isEqualTo(at(monday.plusDays(1), 8, 0).toOffsetDateTime());

    browser.setValue("away-start", monday.plusDays(1) + "T07:00");
    browser.setValue("away-end", monday.plusDays(1) + "T13:00");
    browser.type("away-reason", "Conference");
    browser.find(By.cssSelector("#away-reason")).sendKeys(Keys.ENTER);
    assertThat(browser.find(By.id("away")).getText()).contains("Conference");
    assertThat(firstSlot(monday.plusDays(1)))
        .as("Tuesday's morning is taken by the time off")
        .isEqualTo(at(monday.plusDays(2), 8, 0).toOffsetDateTime());
    browser.assertAccessible("time off added");

    browser.setValue(window("WEDNESDAY", "start"), "12:00");
    browser.setValue(window("WEDNESDAY", "end"), "10:00");
    browser.find(By.id("save-hours")).sendKeys(Keys.ENTER);
    WebElement refusal = browser.find(By.cssSelector("#main .problem"));
    assertThat(refusal.getText())
        .contains("Please check what was entered")
        .contains("must end after it starts");
    assertThat(browser.find(By.id(window("WEDNESDAY", "start"))).getAttribute("value"))
        .as("the refused hours come back as they were entered")
        .isEqualTo("12:00");
    browser.assertAccessible("refused hours");
    assertThat(firstSlot(monday.plusDays(2)))
        .as("nothing of the refused hours was saved")
        .isEqualTo(at(monday.plusDays(2), 8, 0).toOffsetDateTime());
  }

  /** The id of the first window's field of that day on the page. */
  private String window(String day, String field) {
    return browser
        .find(By.cssSelector("input.window-" + field + "[data-day=" + day + "]"))
        .getAttribute("id");
  }

  /** The first slot the front desk is offered with this physician from that day on. */
  private OffsetDateTime firstSlot(LocalDate from) {
    var slots =
        api.as("frontdesk")
            .get(
                "/api/v1/availability?procedureType=ESI_TF_LUMB&from=%s&to=%s&clinicianId=%s&limit=1"
                    .formatted(from, from.plusDays(3), physician));
    assertThat(slots.status()).as(slots.toString()).isEqualTo(200);
    return OffsetDateTime.parse(slots.json().get(0).path("start").asString());
  }
}
