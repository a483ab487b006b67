package org.procedura.testing;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of the Spring integration tests that run against the real database. */
public abstract class RealDatabaseTest {

  @DynamicPropertySource
  static void realDatabase(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry);
  }
}
