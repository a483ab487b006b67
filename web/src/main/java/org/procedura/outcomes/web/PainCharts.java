package org.procedura.outcomes.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.procedura.catalog.application.ProcedureCatalog;
import org.procedura.catalog.model.ProcedureType;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.outcomes.application.PatientTimeline;
import org.procedura.shared.web.ClinicProperties;
import org.springframework.stereotype.Component;

/**
 * Draws a patient's pain chart, in the clinic's calendar and with the catalog's procedure names:
 * for the API's pain-chart endpoint and the console's patient page alike.
 */
@Component
public class PainCharts {
  private final ProcedureCatalog catalog;
  private final ClinicProperties clinic;
  private final Clock clock;

  PainCharts(ProcedureCatalog catalog, ClinicProperties clinic, Clock clock) {
    this.catalog = catalog;
    this.clinic = clinic;
    this.clock = clock;
  }

  public String svgOf(PatientTimeline timeline) {
    Map<ProcedureTypeCode, String> names =
        catalog.list().stream()
            .collect(
                Collectors.toMap(
                    ProcedureType::getCode, type -> type.getDefinition().name(), (a, b) -> a));
    LocalDate today = LocalDate.now(clock.withZone(clinic.zone()));
    return PainChartSvg.of(PainChart.of(timeline, clinic.zone(), today, names::get));
  }
}
