package org.procedura.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.procedura.apitest.ApiIntegrationTest;
import org.procedura.apitest.ClinicSetup;

/**
 * An administrator registers a clinician with credentials and opens a room with its imaging in a
 * real browser: a mistyped NPI is explained and registers nothing; a room changed by someone else
 * since the page was read is not overwritten. Every page keyboard-usable and clean for axe-core.
 */
class ConsoleAdminResourcesIT extends ApiIntegrationTest {
  private Browser browser;
  private String suffix;

  @BeforeEach
  void openTheBrowser() {
    suffix = UUID.randomUUID().toString().substring(0, 8);
    browser = new Browser(api.baseUrl());
  }

  @AfterEach
  void closeTheBrowser() {
    browser.close();
  }

  @Test
  void registersAClinicianWithCredentialsAfterAMistypedNpi() {
    String name = "Dr. Console " + suffix;
    String npi = ClinicSetup.npi();
    String mistyped = npi.substring(0, 9) + (char) ('0' + (npi.charAt(9) - '0' + 1) % 10);
    browser.signIn("admin");
    browser.find(By.linkText("Clinicians")).click();
    browser.type("displayName", name);
    browser.type("npi", mistyped);
    browser.find(By.cssSelector("input[name=credentials][value=RFA_LUMB]")).sendKeys(Keys.SPACE);
    browser.find(By.cssSelector("input[name=credentials][value=MBB_LUMB]")).sendKeys(Keys.SPACE);
    browser.find(By.id("npi")).sendKeys(Keys.ENTER);

    assertThat(browser.find(By.cssSelector("#main .problem")).getText())
        .contains("npi is not a valid NPI");
    assertThat(browser.find(By.cssSelector("input[value=RFA_LUMB]")).isSelected()).isTrue();
    assertThat(api.as("admin").get("/api/v1/clinicians").raw()).doesNotContain(name);
    browser.assertAccessible("refused clinician");

    browser.type("npi", npi);
    browser.find(By.id("npi")).sendKeys(Keys.ENTER);
    assertThat(browser.heading()).isEqualTo(name);
    String id = browser.driver().getCurrentUrl().replaceAll(".*/clinicians/([^?]+).*", "$1");
    var stored = api.as("admin").get("/api/v1/clinicians/" + id).json();
    assertThat(stored.path("npi").asString()).isEqualTo(npi);
    assertThat(stored.path("credentials").valueStream().map(c -> c.asString()))
        .containsExactlyInAnyOrder("RFA_LUMB", "MBB_LUMB");

    browser.find(By.cssSelector("input[name=credentials][value=MBB_LUMB]")).sendKeys(Keys.SPACE);
    browser.find(By.xpath("//button[text()='Save the profile']")).sendKeys(Keys.ENTER);
    assertThat(browser.find(By.cssSelector("#main .notice")).getText())
        .contains("profile was saved");
    assertThat(
            api.as("admin")
                .get("/api/v1/clinicians/" + id)
                .json()
                .path("credentials")
                .valueStream()
                .map(c -> c.asString()))
        .containsExactly("RFA_LUMB");
  }

  @Test
  void aChangeOfWorkingHoursIsInTheAuditTrailAsTheAdministrators() {
    UUID physician =
        clinic.clinician(
            java.util.List.of("ESI_TF_LUMB"),
            java.time.LocalTime.of(8, 0),
            java.time.LocalTime.of(12, 0),
            java.time.DayOfWeek.MONDAY);
    var session = ConsoleAccessWalkIT.Session.signedIn(api.baseUrl(), "admin");
    String before = clock.instant().minusSeconds(1).toString();

    var saved =
        session.submit(
            "/console/clinicians/" + physician + "/working-hours",
            Map.of("day", "TUESDAY", "start", "09:00", "end", "11:00"));

    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    var hours = api.as("admin").get("/api/v1/clinicians/" + physician + "/working-hours").json();
    assertThat(hours.path("windows").get(0).path("day").asString()).isEqualTo("TUESDAY");
    assertThat(hours.path("windows").size()).isEqualTo(1);
    String after = clock.instant().plusSeconds(1).toString();
    var events =
        api.as("admin")
            .get("/api/v1/audit-events?username=admin&size=100&from=" + before + "&to=" + after)
            .json()
            .path("content");
    assertThat(
            events
                .valueStream()
                .map(
                    e ->
                        e.path("action").asString()
                            + " "
                            + e.path("resourceType").asString()
                            + " "
                            + e.path("resourceId").asString()
                            + " "
                            + e.path("path").asString()))
        .contains(
            "UPDATE CLINICIAN "
                + physician
                + " /console/clinicians/"
                + physician
                + "/working-hours");
  }

  @Test
  void opensARoomWithItsImagingAndDoesNotOverwriteAnotherAdministratorsChange() {
    String name = "CT suite " + suffix;
    browser.signIn("admin");
    browser.find(By.linkText("Rooms")).click();
    browser.assertAccessible("rooms");
    browser.type("name", name);
    new Select(browser.find(By.id("kind"))).selectByValue("PROCEDURE_SUITE");
    browser.find(By.cssSelector("input[name=imaging][value=CT]")).sendKeys(Keys.SPACE);
    browser.find(By.id("name")).sendKeys(Keys.ENTER);
    assertThat(browser.heading()).isEqualTo(name);
    String id = browser.driver().getCurrentUrl().replaceAll(".*/rooms/([^?]+).*", "$1");
    assertThat(
            api.as("admin")
                .get("/api/v1/rooms/" + id)
                .json()
                .path("imaging")
                .valueStream()
                .map(m -> m.asString()))
        .containsExactly("CT");
    browser.assertAccessible("a room's page");
    browser.screenshot("admin-room");

    String etag = api.as("admin").get("/api/v1/rooms/" + id).header("ETag");
    var meanwhile =
        api.as("admin")
            .header("If-Match", etag)
            .put(
                "/api/v1/rooms/" + id,
                Map.of(
                    "name",
                    name + " (renamed)",
                    "kind",
                    "PROCEDURE_SUITE",
                    "imaging",
                    java.util.List.of("CT", "FLUOROSCOPY"),
                    "active",
                    true));
    assertThat(meanwhile.status()).as(meanwhile.toString()).isEqualTo(200);

    browser.find(By.cssSelector("input[name=imaging][value=ULTRASOUND]")).sendKeys(Keys.SPACE);
    browser.find(By.xpath("//button[text()='Save the room']")).sendKeys(Keys.ENTER);
    assertThat(browser.find(By.cssSelector("#main .problem")).getText())
        .contains("Changed by someone else meanwhile");
    var kept = api.as("admin").get("/api/v1/rooms/" + id).json();
    assertThat(kept.path("name").asString()).isEqualTo(name + " (renamed)");
    assertThat(kept.path("imaging").valueStream().map(m -> m.asString()))
        .containsExactlyInAnyOrder("CT", "FLUOROSCOPY");
    assertThat(browser.find(By.id("name")).getAttribute("value"))
        .as("the page shows the room as it now is")
        .isEqualTo(name + " (renamed)");
    browser.assertAccessible("a stale room");
  }
}
