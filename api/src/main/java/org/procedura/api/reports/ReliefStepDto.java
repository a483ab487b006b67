package org.procedura.api.reports;

import java.math.BigDecimal;

/** A day on which relief ended for someone: at risk, ended, and the share still in relief. */
public record ReliefStepDto(long day, int atRisk, int ended, BigDecimal lasting) {}
