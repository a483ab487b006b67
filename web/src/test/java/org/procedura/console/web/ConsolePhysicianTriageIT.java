package org.procedura.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.procedura.apitest.Api.Response;
import org.procedura.apitest.ApiIntegrationTest;
import org.procedura.referral.web.ReferralBodies;

/**
 * The physicians' triage in a real browser: a referral received is on the list to review, is
 * reviewed with a note and accepted, and reaches the front desk's list to schedule; another is
 * declined with its reason; a step on a copy changed meanwhile is refused and changes nothing.
 */
class ConsolePhysicianTriageIT extends ApiIntegrationTest {
  private Browser browser;
  private UUID patient;

  @BeforeEach
  void aPatient() {
    patient = clinic.patient();
    browser = new Browser(api.baseUrl());
  }

  @AfterEach
  void closeTheBrowser() {
    browser.close();
  }

  @Test
  void aPhysicianReviewsAndAcceptsAReferralWhichTheFrontDeskThenSchedules() {
    String referral = received();
    browser.signIn("physician");
    browser.find(By.linkText("Triage")).click();
    assertThat(browser.heading()).isEqualTo("Referrals to triage and decide");
    assertThat(browser.find(By.cssSelector("#received #referral-" + referral)).getText())
        .contains("ESI_TF_LUMB")
        .contains("Dr. Jane Family");
    browser.assertAccessible("referrals to triage");
    browser.screenshot("triage");

    browser.find(By.cssSelector("#referral-" + referral + " a")).click();
    assertThat(browser.find(By.id("referral-status")).getText()).isEqualTo("received");
    assertThat(browser.find(By.cssSelector(".facts")).getText())
        .contains("Low back pain radiating")
        .contains("M54.16 Lumbar radiculopathy")
        .contains("6 weeks of physical therapy; tried ibuprofen, gabapentin");
    browser.assertAccessible("a referral to review");
    browser.type("triage-note", "imaging fits; consider a transforaminal ESI");
    browser.find(By.id("triage")).click();
    assertThat(browser.find(By.id("referral-status")).getText()).isEqualTo("triaged");
    assertThat(browser.all(By.id("triage"))).isEmpty();
    browser.screenshot("referral-decide");
    browser.type("accept-note", "book within four weeks");
    browser.find(By.id("accept")).click();

    assertThat(browser.find(By.id("referral-status")).getText()).isEqualTo("accepted");
    assertThat(browser.find(By.tagName("main")).getText())
        .contains("imaging fits; consider a transforaminal ESI")
        .contains("book within four weeks");
    assertThat(status(referral)).isEqualTo("ACCEPTED");
    browser.find(By.linkText("Triage")).click();
    assertThat(browser.all(By.id("referral-" + referral))).isEmpty();

    String page = "/console/patients/" + patient + "/referrals/" + referral;
    var report = api.as("admin").get("/api/v1/patients/" + patient + "/access-report?size=100");
    assertThat(
            report
                .json()
                .path("content")
                .valueStream()
                .map(e -> e.path("action").asString() + " " + e.path("path").asString()))
        .contains("READ " + page, "UPDATE " + page + "/triage", "UPDATE " + page + "/accept");
  }

  @Test
  void aDeclineNeedsItsReasonAndAStaleStepChangesNothing() {
    String referral = received();
    browser.signIn("physician");
    browser.open("/console/patients/%s/referrals/%s".formatted(patient, referral));
    // meanwhile another physician reviews it through the API
    assertThat(clinic.step("physician", "/api/v1/referrals/" + referral, "triage", null).status())
        .isEqualTo(200);
    browser.find(By.id("triage")).click();
    assertThat(browser.find(By.cssSelector(".problem")).getText())
        .contains("Changed by someone else meanwhile");
    assertThat(status(referral)).isEqualTo("TRIAGED");

    browser.open("/console/patients/%s/referrals/%s".formatted(patient, referral));
    browser.type("decline-reason", "no radicular signs; physical therapy first");
    browser.find(By.id("decline")).click();
    assertThat(browser.find(By.id("referral-status")).getText()).isEqualTo("declined");
    assertThat(browser.find(By.cssSelector(".facts")).getText())
        .contains("no radicular signs; physical therapy first");
    assertThat(status(referral)).isEqualTo("DECLINED");
    assertThat(browser.all(By.id("accept"))).isEmpty();
  }

  @Test
  void theFrontDeskReadsAReferralButDecidesNothing() {
    String referral = received();
    browser.signIn("frontdesk");
    assertThat(browser.all(By.linkText("Triage"))).isEmpty();
    browser.open("/console/patients/%s/referrals/%s".formatted(patient, referral));
    assertThat(browser.find(By.id("referral-status")).getText()).isEqualTo("received");
    assertThat(browser.all(By.id("triage"))).isEmpty();
  }

  /** Received long enough ago to be near the head of the list, the longest waiting first. */
  private String received() {
    Map<String, Object> body = new HashMap<>(ReferralBodies.referralFor(patient.toString(), 120));
    Response received = api.as("frontdesk").post("/api/v1/referrals", body);
    assertThat(received.status()).as(received.toString()).isEqualTo(201);
    return received.json().path("id").asString();
  }

  private String status(String referral) {
    return api.as("physician")
        .get("/api/v1/referrals/" + referral)
        .json()
        .path("status")
        .asString();
  }
}
