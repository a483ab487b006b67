package org.procedura.console.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.ClinicSetup.WEEKDAYS;
import static org.procedura.apitest.ClinicSetup.at;
import static org.procedura.apitest.ClinicSetup.mondayAfterNext;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.procedura.apitest.ApiIntegrationTest;
import org.procedura.apitest.ClinicSetup;

/**
 * The front desk's day in a real browser: sign in, find the patient, find the first slots for a
 * procedure, book one, see it in the day view, try to check in (the checklist's gaps are shown and
 * nothing changes), and check in once the nurse has completed the checklist. axe-core checks each
 * page on the way.
 */
class ConsoleFrontDeskIT extends ApiIntegrationTest {
  private Browser browser;
  private UUID physician;
  private UUID room;
  private UUID patient;
  private String familyName;
  private LocalDate monday;

  @BeforeEach
  void aClinicAndABrowser() {
    physician =
        clinic.clinician(List.of("ESI_TF_LUMB"), LocalTime.of(8, 0), LocalTime.of(17, 0), WEEKDAYS);
    room =
        clinic.room(
            "PROCEDURE_SUITE",
            List.of("FLUOROSCOPY"),
            LocalTime.of(7, 0),
            LocalTime.of(18, 0),
            WEEKDAYS);
    patient = clinic.patient();
    familyName =
        api.as("frontdesk").get("/api/v1/patients/" + patient).json().path("familyName").asString();
    monday = mondayAfterNext();
    browser = new Browser(api.baseUrl());
  }

  @AfterEach
  void closeTheBrowser() {
    browser.close();
  }

  @Test
  void signsInFindsThePatientBooksTheFirstSlotSeesItInTheDayAndChecksIn() {
    browser.open("/");
    assertThat(browser.heading()).isEqualTo("Sign in");
    browser.assertAccessible("sign-in");
    browser.screenshot("sign-in");

    browser.signIn("frontdesk");
    assertThat(browser.heading()).isEqualTo("Welcome, frontdesk");
    browser.assertAccessible("start");

    browser.find(By.linkText("Patients")).click();
    browser.type("name", familyName);
    browser.find(By.cssSelector("form.search button")).click();
    WebElement found = browser.find(By.partialLinkText(familyName));
    assertThat(browser.find(By.cssSelector("#results h2")).getText()).isEqualTo("1 patient found");
    browser.assertAccessible("patients");
    browser.screenshot("patients");

    found.click();
    assertThat(browser.heading()).startsWith(familyName);
    browser.assertAccessible("patient");
    browser.find(By.linkText("Find a slot and book a procedure")).click();

    new Select(browser.find(By.id("procedureType"))).selectByValue("ESI_TF_LUMB");
    new Select(browser.find(By.id("clinicianId"))).selectByValue(physician.toString());
    browser.setValue("from", monday.toString());
    browser.setValue("to", monday.plusDays(4).toString());
    new Select(browser.find(By.id("region"))).selectByValue("LUMBAR");
    browser.type("levels", "L4-L5");
    new Select(browser.find(By.id("side"))).selectByValue("LEFT");
    browser.find(By.cssSelector("form.search button")).click();
    List<WebElement> slots = browserRows("table.slots tbody tr");
    assertThat(slots).isNotEmpty();
    assertThat(slots.getFirst().getText())
        .contains(ConsoleTime.DAY.format(monday))
        .contains("08:00–08:30");
    browser.assertAccessible("slots");
    browser.screenshot("slots");

    slots.getFirst().findElement(By.cssSelector("button.book")).click();
    assertThat(browser.heading()).contains("ESI_TF_LUMB").contains(familyName);
    assertThat(browser.find(By.id("status")).getText()).isEqualTo("booked");
    assertThat(browser.find(By.cssSelector(".facts")).getText()).contains("L4-L5 left");
    String appointment = lastSegment(browser.driver().getCurrentUrl());
    var booked = api.as("frontdesk").get("/api/v1/appointments/" + appointment).json();
    assertThat(booked.path("patientId").asString()).isEqualTo(patient.toString());
    assertThat(booked.path("clinicianId").asString()).isEqualTo(physician.toString());

    browser.open("/console/day?date=" + monday.minusDays(1));
    browser.find(By.partialLinkText("Next day")).click();
    browser.waitFor().until(ExpectedConditions.titleContains(ConsoleTime.DAY.format(monday)));
    WebElement block = browser.find(By.cssSelector("td.block a[href$='" + appointment + "']"));
    assertThat(block.getDomProperty("textContent"))
        .contains(familyName)
        .contains("ESI_TF_LUMB · L4-L5 left")
        .contains("08:00–08:30")
        .contains("booked");
    assertThat(block.findElement(By.xpath("..")).getAttribute("rowspan")).isEqualTo("6");
    browser.assertAccessible("day");
    browser.screenshot("day");

    clock.jumpTo(at(monday, 7, 30).toInstant());
    block.click();
    browser.find(By.id("check-in")).click();
    assertThat(browser.find(By.cssSelector(".problem h2")).getText())
        .isEqualTo("Refused by the clinic's rules");
    assertThat(browser.find(By.id("lacking")).getText()).isNotBlank();
    assertThat(browser.find(By.id("status")).getText()).isEqualTo("booked");
    browser.assertAccessible("check-in refused");
    browser.screenshot("check-in-lacking");

    clinic.checklistDone(appointment);
    browser.open("/console/patients/" + patient + "/appointments/" + appointment);
    assertThat(browser.find(By.cssSelector(".checklist .ok")).getText()).startsWith("Complete");
    browser.find(By.id("check-in")).click();
    assertThat(browser.find(By.id("status")).getText()).isEqualTo("checked in");
    assertThat(
            api.as("frontdesk")
                .get("/api/v1/appointments/" + appointment)
                .json()
                .path("status")
                .asString())
        .isEqualTo("CHECKED_IN");
    browser.assertAccessible("checked in");
  }

  @Test
  void cancelsWithAReasonAndRefusesWithoutOne() {
    var booked =
        api.as("frontdesk")
            .post(
                "/api/v1/appointments/procedures",
                ClinicSetup.tfEsi(patient, physician, room, at(monday, 9, 0)));
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    String appointment = booked.json().path("id").asString();
    browser.signIn("frontdesk");
    browser.open("/console/patients/" + patient + "/appointments/" + appointment);

    browser.setValue("reason", "   ");
    browser.find(By.cssSelector("button.danger")).click();
    assertThat(browser.find(By.cssSelector(".problem")).getText()).contains("reason");
    assertThat(browser.find(By.id("status")).getText()).isEqualTo("booked");

    browser.type("reason", "Patient has the flu");
    browser.find(By.cssSelector("button.danger")).click();
    assertThat(browser.find(By.id("status")).getText()).isEqualTo("cancelled");
    var after = api.as("frontdesk").get("/api/v1/appointments/" + appointment).json();
    assertThat(after.path("status").asString()).isEqualTo("CANCELLED");
  }

  @Test
  void showsPossibleDuplicatesBeforeRegisteringAndRegistersOnlyWhenAskedTo() {
    browser.signIn("frontdesk");
    browser.open("/console/patients/new");
    browser.assertAccessible("registration");
    browser.type("given", "Other");
    browser.type("family", familyName);
    browser.setValue("dateOfBirth", "1960-02-29");
    new Select(browser.find(By.id("sex"))).selectByValue("FEMALE");
    browser.find(By.cssSelector("form.stack button")).click();

    assertThat(browser.find(By.cssSelector(".duplicates")).getText()).contains(familyName);
    assertThat(namesakes()).isEqualTo(1);
    browser.assertAccessible("possible duplicates");
    browser.screenshot("register-duplicates");

    browser.find(By.cssSelector("form.stack button")).click();
    assertThat(browser.heading()).isEqualTo(familyName + ", Other");
    assertThat(namesakes()).isEqualTo(2);
  }

  @Test
  void confirmsMovesToAnotherSlotAndMarksANoShowOnlyOnceItHasStarted() {
    String appointment = bookedViaApi(patient, at(monday, 9, 0));
    browser.signIn("frontdesk");
    browser.open("/console/patients/" + patient + "/appointments/" + appointment);

    browser.find(By.id("confirm")).click();
    assertThat(browser.find(By.id("status")).getText()).isEqualTo("confirmed");
    assertThat(apiStatus(appointment)).isEqualTo("CONFIRMED");

    browser.find(By.id("reschedule")).click();
    new Select(browser.find(By.id("clinicianId"))).selectByValue(physician.toString());
    browser.setValue("from", monday.plusDays(1).toString());
    browser.setValue("to", monday.plusDays(1).toString());
    browser.find(By.cssSelector("form.search button")).click();
    List<WebElement> slots = browserRows("table.slots tbody tr");
    assertThat(slots.getFirst().getText())
        .contains(ConsoleTime.DAY.format(monday.plusDays(1)))
        .contains("08:00–08:30");
    browser.assertAccessible("reschedule");
    browser.screenshot("reschedule");
    slots.getFirst().findElement(By.cssSelector("button.move")).click();
    assertThat(browser.find(By.cssSelector(".notice")).getText())
        .isEqualTo("Moved to the new time.");
    assertThat(browser.find(By.id("status")).getText()).isEqualTo("booked");
    var moved = api.as("frontdesk").get("/api/v1/appointments/" + appointment).json();
    assertThat(OffsetDateTime.parse(moved.path("start").asString()).toInstant())
        .isEqualTo(at(monday.plusDays(1), 8, 0).toInstant());

    clock.jumpTo(at(monday.plusDays(1), 7, 59).toInstant());
    browser.open("/console/patients/" + patient + "/appointments/" + appointment);
    browser.find(By.id("no-show")).click();
    assertThat(browser.find(By.cssSelector(".problem")).getText()).isNotBlank();
    assertThat(browser.find(By.id("status")).getText()).isEqualTo("booked");
    assertThat(apiStatus(appointment)).isEqualTo("BOOKED");

    clock.jumpTo(at(monday.plusDays(1), 8, 20).toInstant());
    browser.open("/console/patients/" + patient + "/appointments/" + appointment);
    browser.find(By.id("no-show")).click();
    assertThat(browser.find(By.id("status")).getText()).isEqualTo("no show");
    assertThat(apiStatus(appointment)).isEqualTo("NO_SHOW");
    browser.assertAccessible("no-show");
  }

  @Test
  void theDayByPhysicianStartsABookingFromAFreeStretchAndARefusedBookingKeepsTheDays() {
    UUID otherPatient = clinic.patient();
    String earlier = bookedViaApi(otherPatient, at(monday, 9, 0));
    String physicianName =
        api.as("frontdesk")
            .get("/api/v1/clinicians/" + physician)
            .json()
            .path("displayName")
            .asString();
    String roomName =
        api.as("frontdesk").get("/api/v1/rooms/" + room).json().path("name").asString();
    browser.signIn("frontdesk");
    browser.open("/console/day?date=" + monday);
    browser.find(By.id("by-physician")).click();
    List<String> columns =
        browser.all(By.cssSelector(".day-grid thead th")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(columns).contains(physicianName).doesNotContain(roomName);
    WebElement block = browser.find(By.cssSelector("td.block a[href$='" + earlier + "']"));
    assertThat(block.getDomProperty("textContent")).contains("L4-L5 left").contains(roomName);
    assertThat(
            browser
                .find(By.cssSelector("a.book-here[href*='clinicianId=" + physician + "']"))
                .getDomProperty("ariaLabel"))
        .startsWith("Book " + physicianName + " at ");
    browser.assertAccessible("day by physician");
    browser.screenshot("day-by-physician");

    WebElement bookHere =
        browser.find(
            By.cssSelector(
                "a.book-here[href*='clinicianId="
                    + physician
                    + "'][aria-label='Book "
                    + physicianName
                    + " at 10:00']"));
    // the grid scrolls in a box of its own, and other tests' blocks on this day can lie over the
    // stretch at the point Selenium picks: follow the link as a keyboard user would
    bookHere.sendKeys(Keys.ENTER);
    assertThat(browser.find(By.id("booking-start")).getText())
        .contains(ConsoleTime.DAY.format(monday))
        .contains("10:00");
    browser.type("name", familyName);
    browser.find(By.cssSelector("form.search button")).click();
    browser.find(By.cssSelector("a.slots-here")).click();
    assertThat(browser.find(By.id("from")).getDomProperty("value")).isEqualTo(monday.toString());
    assertThat(browser.find(By.id("to")).getDomProperty("value")).isEqualTo(monday.toString());
    assertThat(
            new Select(browser.find(By.id("clinicianId")))
                .getFirstSelectedOption()
                .getDomProperty("value"))
        .isEqualTo(physician.toString());
    new Select(browser.find(By.id("procedureType"))).selectByValue("ESI_TF_LUMB");
    new Select(browser.find(By.id("region"))).selectByValue("LUMBAR");
    browser.type("levels", "L4-L5");
    new Select(browser.find(By.id("side"))).selectByValue("LEFT");
    browser.find(By.cssSelector("form.search button")).click();
    List<WebElement> slots = browserRows("table.slots tbody tr");
    assertThat(slots.getFirst().getText()).contains("10:00–10:30");
    assertThat(slots).allSatisfy(slot -> assertThat(slot.getText()).doesNotContain("08:00"));
    browser.assertAccessible("slots from the day view");

    bookedViaApi(otherPatient, at(monday, 10, 0));
    slots.getFirst().findElement(By.cssSelector("button.book")).click();
    assertThat(browser.find(By.cssSelector(".problem")).getText()).isNotBlank();
    assertThat(browser.find(By.id("from")).getDomProperty("value")).isEqualTo(monday.toString());
    assertThat(browser.find(By.id("to")).getDomProperty("value")).isEqualTo(monday.toString());
  }

  @Test
  void aReferralWaitingToBeScheduledLeadsToItsSlotsAndBookingSchedulesIt() {
    UUID referral = clinic.acceptedReferral(patient, Map.of());
    browser.signIn("frontdesk");
    browser.find(By.linkText("Referrals")).click();
    assertThat(browser.heading()).isEqualTo("Referrals to schedule");
    WebElement row = browser.find(By.id("referral-" + referral));
    assertThat(row.getText()).contains(familyName).contains("ESI_TF_LUMB").contains("2");
    browser.assertAccessible("referrals");
    browser.screenshot("referrals");

    row.findElement(By.cssSelector("a.find-slots")).click();
    assertThat(
            new Select(browser.find(By.id("procedureType")))
                .getFirstSelectedOption()
                .getDomProperty("value"))
        .isEqualTo("ESI_TF_LUMB");
    new Select(browser.find(By.id("clinicianId"))).selectByValue(physician.toString());
    browser.setValue("from", monday.toString());
    browser.setValue("to", monday.toString());
    new Select(browser.find(By.id("region"))).selectByValue("LUMBAR");
    browser.type("levels", "L4-L5");
    new Select(browser.find(By.id("side"))).selectByValue("LEFT");
    browser.find(By.cssSelector("form.search button")).click();
    browserRows("table.slots tbody tr")
        .getFirst()
        .findElement(By.cssSelector("button.book"))
        .click();
    assertThat(browser.find(By.id("status")).getText()).isEqualTo("booked");

    assertThat(
            api.as("frontdesk")
                .get("/api/v1/referrals/" + referral)
                .json()
                .path("status")
                .asString())
        .isEqualTo("SCHEDULED");
    browser.find(By.linkText("Referrals")).click();
    assertThat(browser.all(By.id("referral-" + referral))).isEmpty();
  }

  private String bookedViaApi(UUID whom, ZonedDateTime start) {
    var booked =
        api.as("frontdesk")
            .post(
                "/api/v1/appointments/procedures", ClinicSetup.tfEsi(whom, physician, room, start));
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    return booked.json().path("id").asString();
  }

  private String apiStatus(String appointment) {
    return api.as("frontdesk")
        .get("/api/v1/appointments/" + appointment)
        .json()
        .path("status")
        .asString();
  }

  private long namesakes() {
    return api.as("frontdesk")
        .get("/api/v1/patients?name=" + familyName)
        .json()
        .path("totalElements")
        .asLong();
  }

  private List<WebElement> browserRows(String css) {
    browser.find(By.cssSelector(css));
    return browser.all(By.cssSelector(css));
  }

  private static String lastSegment(String url) {
    String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
