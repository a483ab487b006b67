package org.procedura.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.procedura.apitest.ApiIntegrationTest;

/**
 * An administrator edits a payer rule and a follow-up protocol in a real browser. A rule's change
 * makes a new version of the set, the earlier one stays readable as it was, a value that is no
 * number is explained and saves nothing, and a version changed meanwhile is not overwritten (the
 * rule is put back as it was, so other tests read the seed's value). A protocol gets a follow-up;
 * two of the same label are explained and save nothing.
 */
class ConsoleAdminRulesIT extends ApiIntegrationTest {
  private static final String RULE_SET = "/api/v1/rule-sets/MEDICARE_DEFAULT";
  private static final String RULE = "TPI_FREQUENCY";

  private Browser browser;

  @BeforeEach
  void openTheBrowser() {
    browser = new Browser(api.baseUrl());
  }

  @AfterEach
  void closeTheBrowser() {
    browser.close();
  }

  @Test
  void editsARuleInANewVersionAndShowsTheEarlierOne() {
    int before = version();
    int limit = clinic.ruleParameter("MEDICARE_DEFAULT", RULE, "maxSessions");
    browser.signIn("admin");
    browser.find(By.linkText("Rule sets")).click();
    browser.assertAccessible("rule sets");
    browser.find(By.linkText("MEDICARE_DEFAULT")).click();
    assertThat(browser.heading()).isEqualTo("MEDICARE_DEFAULT, version " + before);
    browser.assertAccessible("a rule set");
    browser.screenshot("admin-rule-set");

    browser.find(By.cssSelector("#rule-" + RULE + " a")).sendKeys(Keys.ENTER);
    assertThat(browser.heading()).isEqualTo("Rule " + RULE + " of MEDICARE_DEFAULT");
    browser.assertAccessible("a rule's form");
    browser.find(By.name("p.maxSessions")).clear();
    browser.find(By.name("p.maxSessions")).sendKeys("three", Keys.ENTER);
    assertThat(browser.find(By.cssSelector("#main .problem")).getText())
        .contains("maxSessions must be a whole number");
    assertThat(browser.find(By.name("p.maxSessions")).getAttribute("value")).isEqualTo("three");
    assertThat(version()).isEqualTo(before);

    browser.find(By.name("p.maxSessions")).clear();
    browser.find(By.name("p.maxSessions")).sendKeys(String.valueOf(limit + 1), Keys.ENTER);
    assertThat(browser.heading()).isEqualTo("MEDICARE_DEFAULT, version " + (before + 1));
    assertThat(browser.find(By.cssSelector("#main .notice")).getText())
        .contains("Rule " + RULE + " was changed");
    assertThat(browser.find(By.id("rule-" + RULE)).getText())
        .contains("maxSessions\n" + (limit + 1));
    assertThat(clinic.ruleParameter("MEDICARE_DEFAULT", RULE, "maxSessions")).isEqualTo(limit + 1);

    browser.find(By.cssSelector("a[aria-label='Version " + before + "']")).sendKeys(Keys.ENTER);
    assertThat(browser.heading()).isEqualTo("MEDICARE_DEFAULT, version " + before);
    assertThat(browser.find(By.id("not-current")).getText()).contains("earlier version");
    assertThat(browser.find(By.id("rule-" + RULE)).getText()).contains("maxSessions\n" + limit);
    assertThat(browser.all(By.cssSelector("#rule-" + RULE + " a"))).isEmpty();
    browser.assertAccessible("an earlier version");

    browser.open("/console/rule-sets/MEDICARE_DEFAULT/rules/" + RULE);
    new Select(browser.find(By.id("severity"))).selectByValue("BLOCK");
    var meanwhile = api.as("admin").get(RULE_SET);
    var unchanged =
        api.as("admin")
            .header("If-Match", meanwhile.header("ETag"))
            .put(RULE_SET + "/rules/" + RULE, Map.of("severity", "BLOCK", "parameters", current()));
    assertThat(unchanged.status()).as(unchanged.toString()).isEqualTo(200);
    browser.find(By.name("p.maxSessions")).clear();
    browser.find(By.name("p.maxSessions")).sendKeys(String.valueOf(limit), Keys.ENTER);
    assertThat(browser.find(By.cssSelector("#main .problem")).getText())
        .contains("Changed by someone else meanwhile");
    assertThat(version()).isEqualTo(before + 2);

    browser.open("/console/rule-sets/MEDICARE_DEFAULT/rules/" + RULE);
    browser.find(By.name("p.maxSessions")).clear();
    browser.find(By.name("p.maxSessions")).sendKeys(String.valueOf(limit), Keys.ENTER);
    assertThat(browser.heading()).isEqualTo("MEDICARE_DEFAULT, version " + (before + 3));
    assertThat(clinic.ruleParameter("MEDICARE_DEFAULT", RULE, "maxSessions")).isEqualTo(limit);
  }

  @Test
  void addsAFollowUpToAProtocolAfterRefusingTwoOfTheSameLabel() {
    browser.signIn("admin");
    browser.find(By.linkText("Follow-up protocols")).click();
    browser.assertAccessible("follow-up protocols");
    browser.find(By.linkText("LSB")).sendKeys(Keys.ENTER);
    assertThat(browser.heading()).isEqualTo("Follow-up protocol of LSB");
    int blank = browser.all(By.cssSelector("input[name=label]")).size() - 2;
    browser.type("label-" + blank, "10 days");
    browser.type("amount-" + blank, "10");
    new Select(browser.find(By.id("unit-" + blank))).selectByValue("DAYS");
    browser.type("window-" + blank, "3");
    browser.type("label-" + (blank + 1), "10 days");
    browser.type("amount-" + (blank + 1), "20");
    browser.type("window-" + (blank + 1), "5");
    browser.find(By.id("window-" + blank)).sendKeys(Keys.ENTER);
    assertThat(browser.find(By.cssSelector("#main .problem")).getText())
        .contains("each follow-up of a protocol has its own label");
    assertThat(browser.find(By.id("label-" + blank)).getAttribute("value")).isEqualTo("10 days");
    assertThat(steps()).doesNotContain("10 days");
    browser.assertAccessible("a refused protocol");

    browser.find(By.id("label-" + (blank + 1))).clear();
    browser.find(By.id("amount-" + (blank + 1))).clear();
    browser.find(By.id("window-" + (blank + 1))).clear();
    browser.find(By.id("window-" + blank)).sendKeys(Keys.ENTER);
    assertThat(browser.find(By.cssSelector("#main .notice")).getText())
        .contains("protocol was saved");
    var protocol = api.as("admin").get("/api/v1/follow-up-protocols/LSB").json();
    var added =
        protocol
            .path("steps")
            .valueStream()
            .filter(step -> step.path("label").asString().equals("10 days"))
            .findFirst()
            .orElseThrow();
    assertThat(added.path("after").asString()).isEqualTo("P10D");
    assertThat(added.path("windowDays").asInt()).isEqualTo(3);
    assertThat(browser.find(By.id("label-" + blank)).getAttribute("value")).isEqualTo("10 days");
    assertThat(browser.find(By.id("amount-" + blank)).getAttribute("value")).isEqualTo("10");
    browser.assertAccessible("a protocol");
    browser.screenshot("admin-protocol");
  }

  private int version() {
    return api.as("admin").get(RULE_SET).json().path("version").asInt();
  }

  private Map<String, String> current() {
    for (var rule : api.as("admin").get(RULE_SET).json().path("rules")) {
      if (rule.path("id").asString().equals(RULE)) {
        Map<String, String> parameters = new HashMap<>();
        rule.path("parameters")
            .properties()
            .forEach(entry -> parameters.put(entry.getKey(), entry.getValue().asString()));
        return parameters;
      }
    }
    throw new IllegalStateException("no rule " + RULE);
  }

  private java.util.List<String> steps() {
    return api.as("admin")
        .get("/api/v1/follow-up-protocols/LSB")
        .json()
        .path("steps")
        .valueStream()
        .map(step -> step.path("label").asString())
        .toList();
  }
}
