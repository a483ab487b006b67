package org.procedura.shared.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Browser origins allowed to call the API (none by default: CORS closed) and the largest request
 * body accepted.
 */
@ConfigurationProperties("procedura.http")
public record HttpHardeningProperties(List<String> corsAllowedOrigins, DataSize maxRequestBody) {
  public HttpHardeningProperties {
    corsAllowedOrigins = corsAllowedOrigins == null ? List.of() : List.copyOf(corsAllowedOrigins);
    maxRequestBody = maxRequestBody == null ? DataSize.ofKilobytes(256) : maxRequestBody;
  }
}
