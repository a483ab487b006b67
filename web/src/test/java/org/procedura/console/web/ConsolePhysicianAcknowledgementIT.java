package org.procedura.console.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.apitest.ClinicSetup.WEEKDAYS;
import static org.procedura.apitest.ClinicSetup.mondayAfterNext;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.procedura.apitest.ApiIntegrationTest;
import org.procedura.apitest.ClinicSetup;

/**
 * A booking the rules warn about, in a real browser: the front desk sees the warning and its way
 * out but cannot book; a physician acknowledges it with a reason and the booking is made, with the
 * acknowledgement on its rule check.
 */
class ConsolePhysicianAcknowledgementIT extends ApiIntegrationTest {
  private Browser browser;
  private UUID physician;
  private UUID patient;
  private LocalDate monday;

  @BeforeEach
  void aPatientOnClopidogrel() {
    physician =
        clinic.clinician(List.of("ESI_TF_LUMB"), LocalTime.of(8, 0), LocalTime.of(17, 0), WEEKDAYS);
    clinic.room(
        "PROCEDURE_SUITE",
        List.of("FLUOROSCOPY"),
        LocalTime.of(7, 0),
        LocalTime.of(18, 0),
        WEEKDAYS);
    patient = clinic.patient();
    clinic.addToProfile(
        patient,
        "medications",
        Map.of(
            "name",
            "Clopidogrel 75 mg",
            "antithromboticClass",
            "CLOPIDOGREL",
            "lastConfirmedOn",
            LocalDate.now(ClinicSetup.ZONE).toString()));
    monday = mondayAfterNext();
    browser = new Browser(api.baseUrl());
  }

  @AfterEach
  void closeTheBrowser() {
    browser.close();
  }

  @Test
  void theFrontDeskSeesTheWarningAndAPhysicianAcknowledgesItAndBooks() {
    browser.signIn("frontdesk");
    tryTheFirstSlot();
    assertThat(browser.find(By.cssSelector(".problem")).getText())
        .contains("ANTITHROMBOTIC_HOLD")
        .contains("What to do");
    assertThat(browser.find(By.cssSelector(".acknowledge")).getText()).contains("Only a physician");
    assertThat(browser.all(By.id("acknowledge"))).isEmpty();
    assertThat(upcoming()).isZero();

    browser.find(By.cssSelector("form[action$='/console/sign-out'] button")).click();
    browser.signIn("physician");
    tryTheFirstSlot();
    assertThat(browser.find(By.id("warned-slot")).getText())
        .contains(ConsoleTime.DAY.format(monday) + " at 08:00");
    browser.assertAccessible("warning to acknowledge");
    browser.screenshot("acknowledge");
    browser.type("acknowledgement-reason", "cardiology agrees to a 7-day hold");
    browser.find(By.id("acknowledge")).click();

    assertThat(browser.find(By.id("status")).getText()).isEqualTo("booked");
    String url = browser.driver().getCurrentUrl();
    String appointment = url.substring(url.lastIndexOf('/') + 1);
    var check =
        api.as("physician").get("/api/v1/appointments/" + appointment + "/rule-check").json();
    assertThat(check.path("acknowledgedBy").asString()).isEqualTo("physician");
    assertThat(check.path("acknowledgementReason").asString())
        .isEqualTo("cardiology agrees to a 7-day hold");
    assertThat(upcoming()).isEqualTo(1);
  }

  private void tryTheFirstSlot() {
    browser.open(
        "/console/patients/%s/slots?procedureType=ESI_TF_LUMB&clinicianId=%s&from=%s&to=%s&region=LUMBAR&levels=L4-L5&side=LEFT"
            .formatted(patient, physician, monday, monday.plusDays(4)));
    browser.find(By.cssSelector("table.slots tbody tr button.book")).click();
  }

  private long upcoming() {
    return api.as("frontdesk")
        .get("/api/v1/patients/" + patient + "/appointments?when=upcoming")
        .json()
        .path("totalElements")
        .asLong();
  }
}
