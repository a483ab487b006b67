package org.procedura.identity.web;

import org.procedura.identity.application.FirstAdministrator;
import org.procedura.identity.model.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A new production installation gets its first administrator from the environment ({@code
 * PROCEDURA_BOOTSTRAP_ADMIN_USERNAME} and {@code _PASSWORD}); nothing happens once any account
 * exists, or when the variables are not set.
 */
@Configuration(proxyBeanMethods = false)
class FirstAdministratorRunner {
  private static final Logger log = LoggerFactory.getLogger(FirstAdministratorRunner.class);

  @Bean
  FirstAdministrator firstAdministrator(UserAccounts accounts) {
    return new FirstAdministrator(accounts);
  }

  @Bean
  ApplicationRunner createFirstAdministrator(
      FirstAdministrator firstAdministrator,
      PasswordEncoder passwordEncoder,
      @Value("${procedura.bootstrap-admin.username:}") String username,
      @Value("${procedura.bootstrap-admin.password:}") String password) {
    return (ApplicationArguments args) -> {
      if (username.isBlank() || password.isBlank()) {
        return;
      }
      if (firstAdministrator.createIfNoAccountExists(username, passwordEncoder.encode(password))) {
        log.info("Created the first administrator account from the environment");
      }
    };
  }
}
