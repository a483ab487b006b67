package org.procedura;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ProceduraApplication {

  public static void main(String[] args) {
    SpringApplication.run(ProceduraApplication.class, args);
  }
}
