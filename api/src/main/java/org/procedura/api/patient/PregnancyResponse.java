package org.procedura.api.patient;

import java.time.LocalDate;

public record PregnancyResponse(PregnancyStatus status, LocalDate checkedOn) {}
