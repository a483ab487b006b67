package org.procedura.api.patient;

import static org.procedura.api.common.PlausibleDate.Range.HISTORY;

import java.time.LocalDate;
import org.procedura.api.common.PlausibleDate;

/** Ends an entry on {@code endedOn}, today when left out; the entry is kept as history. */
public record EndEntryRequest(@PlausibleDate(HISTORY) LocalDate endedOn) {}
