package org.procedura.shared.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.procedura.apitest.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The proof on the embedded default: {@link ContractFuzz} against the application on H2 in
 * MySQL mode (in memory here, with the demo data the README's run command seeds).
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:contract-fuzz;MODE=MySQL;DB_CLOSE_DELAY=-1",
      "procedura.data-dir=target/contract-fuzz-h2"
    })
class EmbeddedDefaultContractFuzzIT {
  @LocalServerPort int port;

  @Test
  void everyOperationAnswersEveryGeneratedRequestWithinItsContract(CapturedOutput log) {
    new ContractFuzz(new Api(port))
        .everyOperationAnswersEveryGeneratedRequestWithinItsContract(log);
  }
}
