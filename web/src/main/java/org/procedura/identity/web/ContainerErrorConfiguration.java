package org.procedura.identity.web;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Tomcat's own answers as Problem Details, and no request data in Tomcat's log: it writes the
 * values of parameters it cannot decode and request lines it cannot parse, which may name a
 * patient, through its "user data" helper, which is switched off.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorConfiguration {
  private static final String USER_DATA_LOGGING = "org.apache.juli.logging.UserDataHelper.CONFIG";

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports(
      ProblemResponses problems) {
    System.setProperty(USER_DATA_LOGGING, "NONE");
    return new ProblemErrorReports(problems);
  }

  /** Runs after Spring Boot's customizer, which adds an HTML error report valve to the host. */
  private record ProblemErrorReports(ProblemResponses problems)
      implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
    @Override
    public void customize(TomcatServletWebServerFactory factory) {
      factory.addContextCustomizers(
          context -> {
            Host host = (Host) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
              if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
              }
            }
            host.getPipeline().addValve(new ProblemReportValve(problems));
            if (host instanceof StandardHost standard) {
              standard.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
          });
    }

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE;
    }
  }
}
