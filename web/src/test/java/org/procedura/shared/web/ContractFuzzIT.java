package org.procedura.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.procedura.apitest.ApiIntegrationTest;
import org.procedura.testing.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The proof on the MySQL-family server: {@link ContractFuzz} against the application on the
 * real database. Runs on a schema of its own, so that what it creates and changes as an
 * administrator (rooms, rule sets, catalog entries) never reaches other tests. The seed is printed
 * and can be set with {@code -Dprocedura.fuzz.seed}; {@code -Dprocedura.fuzz.cases} sets the cases
 * per operation.
 */
@ExtendWith(OutputCaptureExtension.class)
@Import(ContractFuzzIT.OwnSchema.class)
class ContractFuzzIT extends ApiIntegrationTest {
  private static final TestDatabase.Coordinates OWN_SCHEMA = TestDatabase.freshSchema();

  /**
   * Points the datasource at the run's own schema. A property cannot: the shared schema's dynamic
   * property, registered by the base class, takes precedence over any other.
   */
  @TestConfiguration(proxyBeanMethods = false)
  static class OwnSchema {
    @Bean
    static BeanPostProcessor ownSchemaDataSource() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessBeforeInitialization(Object bean, String name) {
          if (bean instanceof DataSourceProperties properties) {
            properties.setUrl(OWN_SCHEMA.url());
          }
          return bean;
        }
      };
    }
  }

  @Autowired DataSourceProperties dataSource;

  @Test
  void everyOperationAnswersEveryGeneratedRequestWithinItsContract(CapturedOutput log) {
    assertThat(dataSource.getUrl()).as("a schema of its own").isEqualTo(OWN_SCHEMA.url());
    new ContractFuzz(api).everyOperationAnswersEveryGeneratedRequestWithinItsContract(log);
  }
}
