package org.procedura.apitest;

import org.junit.jupiter.api.BeforeEach;
import org.procedura.testing.RealDatabaseTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole application on a random port against the real database, with the demo users of the
 * embedded default so that every role can sign in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiIntegrationTest extends RealDatabaseTest {
  @LocalServerPort int port;

  protected Api api;

  @BeforeEach
  void connect() {
    api = new Api(port);
  }
}
