package org.procedura.archfixture.web;

import java.util.List;
import org.procedura.archfixture.model.FixtureStatus;

/** Breaks the enum rule on purpose: turns a domain enum into the API's by name, in a lambda. */
public class ControllerBridgingEnums {
  public List<FixtureStatusDto> toDto(List<FixtureStatus> statuses) {
    return statuses.stream().map(status -> FixtureStatusDto.valueOf(status.name())).toList();
  }
}
