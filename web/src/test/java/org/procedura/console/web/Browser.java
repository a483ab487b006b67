package org.procedura.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium, Debian's, driven by Debian's chromedriver: no driver or browser is ever
 * downloaded (both paths are given, so Selenium Manager is never asked). Every page can be checked
 * with axe-core, run in the page from the script the test classpath carries, and photographed into
 * {@code docs/screenshots} when {@code -Dprocedura.screenshots=true}.
 */
final class Browser implements AutoCloseable {
  static final String CHROMIUM = System.getProperty("procedura.chromium", "/usr/bin/chromium");
  static final String CHROMEDRIVER =
      System.getProperty("procedura.chromedriver", "/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("../docs/screenshots");

  private final String baseUrl;
  private final WebDriver driver;
  private final Path profile;

  Browser(String baseUrl) {
    this.baseUrl = baseUrl;
    try {
      this.profile = Files.createTempDirectory("procedura-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    var options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile);
    var service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
  }

  void open(String path) {
    driver.get(baseUrl + path);
  }

  WebDriver driver() {
    return driver;
  }

  WebElement find(By by) {
    return waitFor().until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  String heading() {
    return find(By.tagName("h1")).getText();
  }

  void type(String id, String text) {
    WebElement field = find(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  /** A date field's value set directly: typing into it depends on the browser's locale. */
  void setValue(String id, String value) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].value = arguments[1];", find(By.id(id)), value);
  }

  void signIn(String username) {
    open("/");
    type("username", username);
    type("password", username + "-demo");
    find(By.cssSelector("form button[type=submit]")).click();
    waitFor().until(ExpectedConditions.urlContains("/console"));
  }

  WebDriverWait waitFor() {
    return new WebDriverWait(driver, Duration.ofSeconds(10));
  }

  /** Runs axe-core on the page as it is and asserts no serious or critical violation. */
  void assertAccessible(String page) {
    var js = (JavascriptExecutor) driver;
    js.executeScript(AXE + ";return true;");
    Object violations =
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '"
                + " + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
    assertThat((List<?>) violations).as("axe-core on %s", page).isEmpty();
  }

  /** Saved into docs/screenshots only when asked for, so that a test run leaves the tree alone. */
  void screenshot(String name) {
    if (!Boolean.getBoolean("procedura.screenshots")) {
      return;
    }
    try {
      Files.createDirectories(SCREENSHOTS);
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException ignored) {
      // a temporary profile left behind is removed with the machine's temporary files
    }
  }

  private static final String AXE = axeScript();

  private static String axeScript() {
    try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
