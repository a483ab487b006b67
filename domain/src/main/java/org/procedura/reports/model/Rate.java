package org.procedura.reports.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share with its denominator always shown: {@code count} of {@code of}, as a percentage. */
public record Rate(long count, long of) {
  public Rate {
    if (count < 0 || of < 0 || count > of) {
      throw new IllegalArgumentException("a rate needs 0 <= count <= of: " + count + "/" + of);
    }
  }

  public static final Rate NONE = new Rate(0, 0);

  /** count ÷ of × 100 to one decimal, half up; null when there is nothing to count. */
  public BigDecimal percent() {
    return of == 0
        ? null
        : BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP);
  }

  public Rate plus(Rate other) {
    return new Rate(count + other.count, of + other.of);
  }
}
