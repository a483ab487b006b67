package org.procedura.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.procedura.apitest.ApiIntegrationTest;

/**
 * An administrator keeps the staff accounts in a real browser: a password the policy refuses is
 * explained and creates nothing; the account is then created with its role, given another, disabled
 * (and can no longer sign in) and enabled again. Every page keyboard-usable and clean for axe-core.
 */
class ConsoleAdminStaffIT extends ApiIntegrationTest {
  private static final String PASSWORD = "a-long-enough-secret";

  private Browser browser;
  private String username;

  @BeforeEach
  void openTheBrowser() {
    username = "nurse-" + UUID.randomUUID().toString().substring(0, 8);
    browser = new Browser(api.baseUrl());
  }

  @AfterEach
  void closeTheBrowser() {
    browser.close();
  }

  @Test
  void createsAnAccountWithItsRolesDisablesAndEnablesIt() {
    browser.signIn("admin");
    browser.find(By.linkText("Staff")).click();
    assertThat(browser.heading()).isEqualTo("Staff accounts");
    assertThat(browser.find(By.id("account-nurse")).getText()).contains("NURSE");
    browser.assertAccessible("staff accounts");
    browser.screenshot("admin-staff");

    browser.type("username", username);
    browser.type("displayName", "Night Nurse");
    browser.type("password", "too-short");
    browser.find(By.cssSelector("input[name=roles][value=NURSE]")).sendKeys(Keys.SPACE);
    browser.find(By.id("password")).sendKeys(Keys.ENTER);
    assertThat(browser.find(By.cssSelector("#main .problem")).getText())
        .contains("Please check what was entered")
        .contains("password: must have at least 12 characters");
    assertThat(browser.find(By.id("username")).getAttribute("value")).isEqualTo(username);
    assertThat(browser.find(By.cssSelector("input[name=roles][value=NURSE]")).isSelected())
        .isTrue();
    browser.assertAccessible("refused account");
    assertThat(api.as("admin").get("/api/v1/users/" + username).status()).isEqualTo(404);

    browser.type("password", PASSWORD);
    browser.find(By.id("password")).sendKeys(Keys.ENTER);
    assertThat(browser.heading()).isEqualTo("Night Nurse (" + username + ")");
    assertThat(browser.find(By.cssSelector("#main .notice")).getText()).contains("created");
    assertThat(api.signIn(username, PASSWORD).status()).isEqualTo(200);
    browser.assertAccessible("an account");

    browser.find(By.cssSelector("input[name=roles][value=FRONT_DESK]")).sendKeys(Keys.SPACE);
    browser.find(By.xpath("//button[text()='Save the roles']")).sendKeys(Keys.ENTER);
    assertThat(browser.find(By.cssSelector("#main .notice")).getText()).contains("roles were");
    assertThat(roles()).contains("NURSE", "FRONT_DESK");

    browser.find(By.xpath("//button[text()='Disable the account']")).sendKeys(Keys.ENTER);
    assertThat(browser.find(By.id("status")).getText()).isEqualTo("disabled");
    assertThat(api.signIn(username, PASSWORD).status()).isEqualTo(401);

    browser.find(By.xpath("//button[text()='Enable the account']")).sendKeys(Keys.ENTER);
    assertThat(browser.find(By.id("status")).getText()).isEqualTo("enabled");
    assertThat(api.signIn(username, PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void aRoleLessAccountIsRefusedInWords() {
    browser.signIn("admin");
    browser.open("/console/staff/nurse");
    for (var box : browser.all(By.cssSelector("input[name=roles]:checked"))) {
      box.sendKeys(Keys.SPACE);
    }
    browser.find(By.xpath("//button[text()='Save the roles']")).sendKeys(Keys.ENTER);

    assertThat(browser.find(By.cssSelector("#main .problem")).getText())
        .contains("a user needs at least one role");
    assertThat(roles("nurse")).containsExactly("NURSE");
  }

  private java.util.List<String> roles() {
    return roles(username);
  }

  private java.util.List<String> roles(String user) {
    return api.as("admin")
        .get("/api/v1/users/" + user)
        .json()
        .path("roles")
        .valueStream()
        .map(role -> role.asString())
        .toList();
  }
}
