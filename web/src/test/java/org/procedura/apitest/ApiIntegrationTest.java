package org.procedura.apitest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.procedura.testing.RealDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port against the real database, with the demo users of the
 * embedded default so that every role can sign in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.Configuration.class)
public abstract class ApiIntegrationTest extends RealDatabaseTest {
  @LocalServerPort int port;
  @Autowired protected TestClock clock;

  protected Api api;
  protected ClinicSetup clinic;

  @BeforeEach
  void connect() {
    api = new Api(port);
    clinic = new ClinicSetup(api);
  }

  @AfterEach
  void backToNow() {
    clock.reset();
    clinic.undoRuleRevisions();
  }
}
