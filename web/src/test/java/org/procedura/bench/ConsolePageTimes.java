package org.procedura.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times each page of the console on a running application, the demo clinic of the README's run
 * command: signs in by form as a physician (who sees the most pages), finds the pages about one
 * patient through the links the pages themselves show, warms each page up, then asks for each
 * {@code N} times one after the other and reports the median, the 95th percentile and the slowest
 * answer. The time is the whole exchange over the loopback interface (request written to the last
 * byte of the page read), so it bounds the server's time from above.
 *
 * <p>It needs nothing but the JDK, so it runs from its source with the application running: {@code
 * java -Dconsole.base=http://localhost:8080 -Dconsole.times=100
 * web/src/test/java/org/procedura/bench/ConsolePageTimes.java}. The table is printed and written to
 * {@code bench-results/console-pages.md}.
 */
public final class ConsolePageTimes {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
  private static final Pattern PATIENT =
      Pattern.compile("href=\"(/console/patients/" + UUID + ")\"");
  private static final Pattern REFERRAL =
      Pattern.compile("href=\"(/console/patients/" + UUID + "/referrals/" + UUID + ")\"");
  private static final Pattern APPOINTMENT =
      Pattern.compile("href=\"(/console/patients/" + UUID + "/appointments/" + UUID + ")\"");

  private final String base;
  private final HttpClient http;

  private ConsolePageTimes(String base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  public static void main(String[] args) throws Exception {
    String base = System.getProperty("console.base", "http://localhost:8080");
    int times = Integer.getInteger("console.times", 100);
    var run = new ConsolePageTimes(base);
    run.signIn("physician", "physician-demo");
    Map<String, String> pages = run.pages();
    var report = new StringBuilder();
    report
        .append("Console pages on ")
        .append(base)
        .append(", ")
        .append(LocalDate.now())
        .append(", signed in as the demo physician; each page ")
        .append(times)
        .append(" times after 20 to warm up, one after the other.\n\n")
        .append(
            "| page | path | p50 ms | p95 ms | max ms | bytes |\n|---|---|---:|---:|---:|---:|\n");
    for (var page : pages.entrySet()) {
      report.append(run.time(page.getKey(), page.getValue(), times)).append('\n');
    }
    System.out.println(report);
    Path out = Path.of("bench-results", "console-pages.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
  }

  private void signIn(String username, String password) throws IOException, InterruptedException {
    String form = get("/").body();
    Matcher token = CSRF.matcher(form);
    if (!token.find()) {
      throw new IllegalStateException("no CSRF token on the sign-in page");
    }
    String body =
        "username="
            + encode(username)
            + "&password="
            + encode(password)
            + "&_csrf="
            + encode(token.group(1));
    HttpResponse<String> signedIn =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/console/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String location = signedIn.headers().firstValue("Location").orElse("");
    if (signedIn.statusCode() != 302 || location.contains("error")) {
      throw new IllegalStateException("sign-in refused: " + signedIn.statusCode() + " " + location);
    }
  }

  /** The pages to time, the ones about one patient found through the pages' own links. */
  private Map<String, String> pages() throws IOException, InterruptedException {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("start", "/console");
    pages.put("patient search", "/console/patients?name=Demo");
    pages.put("day view by room", "/console/day");
    pages.put("day view by physician", "/console/day?by=physician");
    pages.put("referrals to schedule", "/console/referrals");
    pages.put("referrals to triage", "/console/referrals/triage");
    pages.put("follow-up call list", "/console/follow-ups");
    first(PATIENT, pages.get("patient search"))
        .ifPresent(
            patient -> {
              pages.put("patient's page, chart", patient);
              pages.put(
                  "first slots (ESI, a week)",
                  patient
                      + "/slots?procedureType=ESI_TF_LUMB&region=LUMBAR&levels=L4-L5&side=LEFT");
            });
    first(REFERRAL, pages.get("referrals to triage"))
        .ifPresent(referral -> pages.put("a referral", referral));
    if (pages.containsKey("patient's page, chart")) {
      first(APPOINTMENT, pages.get("patient's page, chart"))
          .ifPresent(appointment -> pages.put("an appointment, checklist", appointment));
    }
    return pages;
  }

  private java.util.Optional<String> first(Pattern link, String onPage)
      throws IOException, InterruptedException {
    Matcher found = link.matcher(get(onPage).body());
    return found.find() ? java.util.Optional.of(found.group(1)) : java.util.Optional.empty();
  }

  private String time(String name, String path, int times)
      throws IOException, InterruptedException {
    int bytes = 0;
    for (int i = 0; i < 20; i++) {
      bytes = answered(path).length();
    }
    long[] nanos = new long[times];
    for (int i = 0; i < times; i++) {
      long start = System.nanoTime();
      answered(path);
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    return String.format(
        Locale.ROOT,
        "| %s | `%s` | %.1f | %.1f | %.1f | %d |",
        name,
        path.replaceAll(UUID, "{id}"),
        millis(nanos[times / 2]),
        millis(nanos[(int) Math.ceil(times * 0.95) - 1]),
        millis(nanos[times - 1]),
        bytes);
  }

  private String answered(String path) throws IOException, InterruptedException {
    HttpResponse<String> page = get(path);
    if (page.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + page.statusCode());
    }
    return page.body();
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static double millis(long nanos) {
    return nanos / 1_000_000.0;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
