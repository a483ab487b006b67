package org.procedura.api.patient;

import java.time.LocalDate;

/** Ends an entry on {@code endedOn}, today when left out; the entry is kept as history. */
public record EndEntryRequest(LocalDate endedOn) {}
