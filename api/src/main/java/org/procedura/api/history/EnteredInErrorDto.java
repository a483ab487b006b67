package org.procedura.api.history;

import java.time.OffsetDateTime;

/** Why a record was entered in error, by whom and when. */
public record EnteredInErrorDto(String reason, String by, OffsetDateTime at) {}
