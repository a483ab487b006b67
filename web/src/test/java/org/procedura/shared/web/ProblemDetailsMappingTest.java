package org.procedura.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ch.qos.logback.classic.Level;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.model.IllegalTransitionException;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.RuleViolationException;
import org.procedura.shared.model.StaleVersionException;
import org.procedura.shared.model.UnprocessableException;
import org.procedura.testlog.CapturedLog;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Problem Details mapping without a server or a database: a standalone MockMvc with {@link
 * ProblemDetailsAdvice} in front of a controller that raises each refusal. Every problem type the
 * advice answers is checked for its status, type and title, and the edges of reading a request
 * (malformed JSON, a value of the wrong type, a missing body, header or parameter) for theirs.
 */
class ProblemDetailsMappingTest {
  private static final String BASE = "https://procedura.org/problems/";
  private static final UUID PATIENT = UUID.fromString("00000000-0000-7000-8000-000000000301");

  private final MockMvc mvc =
      MockMvcBuilders.standaloneSetup(new RefusingController())
          .setControllerAdvice(new ProblemDetailsAdvice())
          .build();

  /** The advice's log, kept here instead of the console: the defects below are on purpose. */
  private CapturedLog adviceLog;

  @BeforeEach
  void keepTheAdvicesLog() {
    adviceLog = CapturedLog.of(ProblemDetailsAdvice.class);
  }

  @AfterEach
  void releaseTheAdvicesLog() {
    adviceLog.close();
  }

  enum Step {
    BOOKED,
    COMPLETED
  }

  record Note(@NotBlank String text, @Max(10) Integer nrs) {}

  @RestController
  static class RefusingController {
    @GetMapping("/refusals/{kind}")
    String refuse(@PathVariable String kind) {
      throw switch (kind) {
        case "not-found" -> new NotFoundException("patient", PATIENT);
        case "conflict" -> new ConflictException("MRN_IN_USE", "MRN D000000301 is in use");
        case "illegal-transition" ->
            new IllegalTransitionException("appointment", Step.COMPLETED, Step.BOOKED);
        case "stale-version" -> new StaleVersionException("patient", 1, 2);
        case "unprocessable" -> new UnprocessableException("NO_BASELINE_ON_SCALE", "no ODI");
        case "rule-violation" ->
            new RuleViolationException("blocked", List.of(Map.of("ruleId", "ESI_DURATION")));
        case "invalid-input" -> new InvalidInputException("start", "start is in the past");
        case "version-required" -> new VersionRequiredException();
        case "concurrent" -> new CannotAcquireLockException("lock wait timeout");
        case "forbidden" -> new AccessDeniedException("no");
        case "bad-credentials" -> new BadCredentialsException("no");
        default -> new IllegalStateException("a defect");
      };
    }

    @GetMapping("/patients/{id}")
    String patient(@PathVariable UUID id, @RequestParam int page) {
      return id + " " + page;
    }

    @PostMapping("/notes")
    Note note(@Valid @RequestBody Note note, @RequestHeader("If-Match") String ifMatch) {
      return note;
    }
  }

  @ParameterizedTest(name = "{0} is {1} {2}")
  @CsvSource(
      quoteCharacter = '"',
      value = {
        "not-found,          404, not-found,          Not found",
        "conflict,           409, conflict,           Conflict",
        "illegal-transition, 409, illegal-transition, Not allowed in the current state",
        "stale-version,      412, stale-version,      Changed by someone else",
        "unprocessable,      422, unprocessable,      Cannot be done as asked",
        "rule-violation,     422, rule-violation,     Refused by the clinic's rules",
        "invalid-input,      400, validation,         Invalid request",
        "version-required,   428, version-required,   Version required",
        "concurrent,         409, conflict,           Conflict",
        "forbidden,          403, forbidden,          Forbidden",
        "bad-credentials,    401, bad-credentials,    Sign-in failed",
        "defect,             500, internal,           Internal error"
      })
  void eachRefusalHasItsStatusTypeAndTitle(String kind, int status, String type, String title)
      throws Exception {
    mvc.perform(get("/refusals/" + kind))
        .andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value(BASE + type))
        .andExpect(jsonPath("$.title").value(title))
        .andExpect(jsonPath("$.status").value(status));
  }

  @Test
  void eachRefusalCarriesWhatTheClientActsOn() throws Exception {
    mvc.perform(get("/refusals/conflict")).andExpect(jsonPath("$.reason").value("MRN_IN_USE"));
    mvc.perform(get("/refusals/concurrent"))
        .andExpect(jsonPath("$.reason").value("CONCURRENT_CHANGE"));
    mvc.perform(get("/refusals/illegal-transition"))
        .andExpect(jsonPath("$.currentState").value("COMPLETED"))
        .andExpect(jsonPath("$.requestedState").value("BOOKED"));
    mvc.perform(get("/refusals/stale-version")).andExpect(jsonPath("$.currentVersion").value(2));
    mvc.perform(get("/refusals/unprocessable"))
        .andExpect(jsonPath("$.reason").value("NO_BASELINE_ON_SCALE"));
    mvc.perform(get("/refusals/rule-violation"))
        .andExpect(jsonPath("$.findings[0].ruleId").value("ESI_DURATION"));
    mvc.perform(get("/refusals/invalid-input"))
        .andExpect(jsonPath("$.errors[0].field").value("start"));
  }

  @Test
  void aDefectTellsNothingOfItsCauseAndIsLoggedAsAnError() throws Exception {
    mvc.perform(get("/refusals/defect"))
        .andExpect(status().isInternalServerError())
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "The request could not be completed; nothing was changed by it. Try again"
                        + " later."));
    assertThat(adviceLog.events())
        .singleElement()
        .satisfies(event -> assertThat(event.getLevel()).isEqualTo(Level.ERROR));
  }

  @Test
  void anExpectedRefusalIsNotLogged() throws Exception {
    mvc.perform(get("/refusals/rule-violation")).andExpect(status().isUnprocessableContent());
    mvc.perform(get("/refusals/conflict")).andExpect(status().isConflict());

    assertThat(adviceLog.events()).isEmpty();
  }

  @Test
  void aBodyThatIsNotJsonIsMalformed() throws Exception {
    mvc.perform(note("{\"text\": \"called twice\""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(BASE + "malformed-request"))
        .andExpect(jsonPath("$.title").value("Malformed request"));
  }

  @Test
  void aValueOfTheWrongTypeInTheBodyNamesItsField() throws Exception {
    mvc.perform(note("{\"text\": \"called\", \"nrs\": \"high\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(BASE + "malformed-request"))
        .andExpect(jsonPath("$.errors[0].field").value("nrs"));
  }

  @Test
  void aMissingBodyIsMalformed() throws Exception {
    mvc.perform(post("/notes").contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"0\""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(BASE + "malformed-request"));
  }

  @Test
  void aBodyBreakingItsConstraintsListsEachField() throws Exception {
    mvc.perform(note("{\"text\": \" \", \"nrs\": 11}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(BASE + "validation"))
        .andExpect(jsonPath("$.errors[0].field").value("nrs"))
        .andExpect(jsonPath("$.errors[1].field").value("text"));
  }

  @Test
  void aValidBodyPasses() throws Exception {
    mvc.perform(note("{\"text\": \"called\", \"nrs\": 10}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.nrs").value(10));
  }

  @Test
  void aPathOrQueryValueOfTheWrongTypeIsAValidationProblemNamingIt() throws Exception {
    mvc.perform(get("/patients/not-a-uuid").param("page", "0"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(BASE + "validation"))
        .andExpect(jsonPath("$.errors[0].field").value("id"));
    mvc.perform(get("/patients/" + PATIENT).param("page", "first"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("page"));
  }

  @Test
  void aMissingParameterOrHeaderIsMalformed() throws Exception {
    mvc.perform(get("/patients/" + PATIENT))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(BASE + "malformed-request"));
    mvc.perform(
            post("/notes")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"called\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(BASE + "malformed-request"));
  }

  @Test
  void anUnknownMethodAndAnUnsupportedBodyHaveTypesOfTheirOwn() throws Exception {
    mvc.perform(delete("/notes"))
        .andExpect(status().isMethodNotAllowed())
        .andExpect(jsonPath("$.type").value(BASE + "method-not-allowed"));
    mvc.perform(
            post("/notes")
                .contentType(MediaType.TEXT_PLAIN)
                .header("If-Match", "\"0\"")
                .content("called"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(jsonPath("$.type").value(BASE + "unsupported-media-type"));
  }

  private static org.springframework.test.web.servlet.RequestBuilder note(String json) {
    return post("/notes")
        .contentType(MediaType.APPLICATION_JSON)
        .header("If-Match", "\"0\"")
        .content(json);
  }
}
