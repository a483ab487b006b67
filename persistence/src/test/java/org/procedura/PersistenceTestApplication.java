package org.procedura;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Boots just the persistence module: JPA, Liquibase and the port adapters. */
@SpringBootApplication
public class PersistenceTestApplication {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
