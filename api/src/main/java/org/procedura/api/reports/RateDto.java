package org.procedura.api.reports;

import java.math.BigDecimal;

/** A share with its denominator: {@code count} of {@code of}; {@code percent} null when of is 0. */
public record RateDto(long count, long of, BigDecimal percent) {}
