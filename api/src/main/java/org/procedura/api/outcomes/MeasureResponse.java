package org.procedura.api.outcomes;

import java.math.BigDecimal;
import java.util.List;

public record MeasureResponse(Scale scale, BigDecimal score, List<Integer> items) {}
