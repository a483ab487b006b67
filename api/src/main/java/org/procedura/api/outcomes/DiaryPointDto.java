package org.procedura.api.outcomes;

import java.math.BigDecimal;

/** A diary entry and its relief against the NRS baseline (null without a baseline). */
public record DiaryPointDto(long minutesAfter, int nrs, BigDecimal relief, String recordedBy) {}
