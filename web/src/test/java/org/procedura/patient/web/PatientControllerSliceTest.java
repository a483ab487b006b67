package org.procedura.patient.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.procedura.patient.application.PatientRegister;
import org.procedura.patient.model.PatientId;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.StaleVersionException;
import org.procedura.shared.web.StandaloneProblems;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * The patient controller's edges without a server or a database: the use case is a test double, so
 * a refused request is seen to reach it never, and its refusals to come back as Problem Details.
 */
class PatientControllerSliceTest {
  private static final String BASE = "https://procedura.org/problems/";
  private static final UUID ADA = UUID.fromString("0199a1b2-0000-7000-8000-000000000001");
  private static final String DEMOGRAPHICS =
      "{\"givenName\":\"Ada\",\"familyName\":\"King\",\"dateOfBirth\":\"1965-12-10\","
          + "\"sex\":\"FEMALE\"}";

  private final PatientRegister register = mock(PatientRegister.class);
  private final MockMvc mvc =
      MockMvcBuilders.standaloneSetup(new PatientController(register, new PatientWebMapperImpl()))
          .setControllerAdvice(StandaloneProblems.advice())
          .setValidator(StandaloneProblems.validator())
          .build();

  @Test
  void aBodyThatIsNotJsonNeverReachesTheRegister() throws Exception {
    mvc.perform(
            post("/api/v1/patients").contentType(MediaType.APPLICATION_JSON).content("{\"given"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(BASE + "malformed-request"));
    verifyNoInteractions(register);
  }

  @Test
  void aDateOfTheWrongShapeIsNamed() throws Exception {
    mvc.perform(
            post("/api/v1/patients")
                .contentType(MediaType.APPLICATION_JSON)
                .content(DEMOGRAPHICS.replace("1965-12-10", "yesterday")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(BASE + "malformed-request"))
        .andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"));
    verifyNoInteractions(register);
  }

  @Test
  void aMissingNameIsAValidationProblemNamingIt() throws Exception {
    mvc.perform(
            post("/api/v1/patients")
                .contentType(MediaType.APPLICATION_JSON)
                .content(DEMOGRAPHICS.replace("\"givenName\":\"Ada\",", "")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(BASE + "validation"))
        .andExpect(jsonPath("$.errors[0].field").value("givenName"));
    verifyNoInteractions(register);
  }

  @Test
  void anIdThatIsNotAUuidIsNamed() throws Exception {
    mvc.perform(get("/api/v1/patients/ada"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(BASE + "validation"))
        .andExpect(jsonPath("$.errors[0].field").value("id"));
    verifyNoInteractions(register);
  }

  @Test
  void anUnknownPatientIsNotFound() throws Exception {
    when(register.get(new PatientId(ADA))).thenThrow(new NotFoundException("patient", ADA));

    mvc.perform(get("/api/v1/patients/" + ADA))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value(BASE + "not-found"));
  }

  @Test
  void aCorrectionWithoutIfMatchIsRefusedBeforeTheRegister() throws Exception {
    mvc.perform(
            put("/api/v1/patients/" + ADA)
                .contentType(MediaType.APPLICATION_JSON)
                .content(DEMOGRAPHICS))
        .andExpect(status().isPreconditionRequired())
        .andExpect(jsonPath("$.type").value(BASE + "version-required"));
    mvc.perform(
            put("/api/v1/patients/" + ADA)
                .header("If-Match", "version three")
                .contentType(MediaType.APPLICATION_JSON)
                .content(DEMOGRAPHICS))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
    verifyNoInteractions(register);
  }

  @Test
  void aCorrectionOnAnOlderVersionIsStale() throws Exception {
    when(register.correctDemographics(any()))
        .thenThrow(new StaleVersionException("patient " + ADA, 0, 1));

    mvc.perform(
            put("/api/v1/patients/" + ADA)
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(DEMOGRAPHICS))
        .andExpect(status().isPreconditionFailed())
        .andExpect(jsonPath("$.type").value(BASE + "stale-version"))
        .andExpect(jsonPath("$.currentVersion").value(1));
  }
}
