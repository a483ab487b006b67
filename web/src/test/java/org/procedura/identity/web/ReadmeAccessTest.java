package org.procedura.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.procedura.identity.model.Role;

/**
 * The README says what each role may do in its tables and shows it in its curl examples; both must
 * say what {@link AccessMatrix}, which the server enforces and {@code docs/access-matrix.md}
 * renders, says.
 */
class ReadmeAccessTest {
  private static final Pattern ENDPOINT =
      Pattern.compile("`(GET|POST|PUT|DELETE|PATCH) (/[^`\\s?\\[]*)[^`]*`");
  private static final Pattern SIGN_IN =
      Pattern.compile("^(\\w+)=\\$\\(curl .*\"username\":\"(\\w+)\"");
  private static final Pattern URL = Pattern.compile("localhost:8080(/api/v1/[^\\s\"'?]*)");
  private static final Pattern METHOD = Pattern.compile("-X (GET|POST|PUT|DELETE|PATCH)");
  private static final Pattern TOKEN = Pattern.compile("Bearer \\$(\\w+)");
  private static final Map<String, Role> DEMO_USERS =
      Map.of(
          "frontdesk", Role.FRONT_DESK,
          "nurse", Role.NURSE,
          "physician", Role.PHYSICIAN,
          "admin", Role.ADMIN);

  private static List<String> readme;

  @BeforeAll
  static void read() throws IOException {
    readme = Files.readAllLines(Path.of("../README.md"));
  }

  @Test
  void everyEndpointInARoleTableIsAllowedToTheRolesItSays() {
    List<String> disagreements = new ArrayList<>();
    int checked = 0;
    for (String line : readme) {
      String[] cells = line.split("(?<!\\\\)\\|");
      if (cells.length != 6 || !line.startsWith("|") || cells[1].contains("endpoints")) {
        continue;
      }
      Matcher endpoints = ENDPOINT.matcher(cells[1]);
      while (endpoints.find()) {
        String method = endpoints.group(1);
        String path = apiPath(endpoints.group(2));
        for (Role role : Role.values()) {
          String said = cells[role.ordinal() + 2].strip();
          boolean allowed = said.equals("yes") || (said.equals("read") && method.equals("GET"));
          checked++;
          if (allowedByMatrix(method, path, role) != allowed) {
            disagreements.add(method + " " + path + " for " + role + ": README says " + said);
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(40);
    assertThat(disagreements).isEmpty();
  }

  @Test
  void everyCurlExampleIsMadeByARoleAllowedToMakeIt() {
    Map<String, Role> tokens = new HashMap<>();
    List<String> disagreements = new ArrayList<>();
    int checked = 0;
    for (String command : commands()) {
      Matcher signIn = SIGN_IN.matcher(command);
      if (signIn.find()) {
        tokens.put(signIn.group(1), DEMO_USERS.get(signIn.group(2)));
        continue;
      }
      Matcher url = URL.matcher(command);
      Matcher token = TOKEN.matcher(command);
      if (!url.find() || !token.find()) {
        continue;
      }
      // a command substitution such as $(date -d tomorrow +%F) is not curl's -d
      String request = command.replaceAll("\\$\\([^)]*\\)", "");
      Matcher explicit = METHOD.matcher(request);
      String method =
          explicit.find() ? explicit.group(1) : request.contains(" -d ") ? "POST" : "GET";
      Role role = tokens.get(token.group(1));
      assertThat(role).as("who signed in as $%s before: %s", token.group(1), command).isNotNull();
      checked++;
      if (!allowedByMatrix(method, url.group(1), role)) {
        disagreements.add(role + " may not " + method + " " + url.group(1));
      }
    }
    assertThat(checked).isGreaterThan(10);
    assertThat(disagreements).isEmpty();
  }

  /** The README's shell commands, a command continued with a trailing backslash joined. */
  private static List<String> commands() {
    List<String> commands = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : readme) {
      current.append(line.endsWith("\\") ? line.substring(0, line.length() - 1) : line);
      if (!line.endsWith("\\")) {
        commands.add(current.toString().strip());
        current.setLength(0);
      }
    }
    return commands;
  }

  private static boolean allowedByMatrix(String method, String path, Role role) {
    return AccessMatrix.match(method, path.replaceAll("<[^>]+>|\\$\\w+", "x"))
        .map(match -> match.endpoint().open() || match.endpoint().allows(role))
        .orElse(false);
  }

  private static String apiPath(String path) {
    return path.startsWith("/api/v1") ? path : "/api/v1" + path;
  }
}
