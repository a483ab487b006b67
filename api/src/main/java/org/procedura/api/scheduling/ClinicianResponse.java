package org.procedura.api.scheduling;

import java.util.Set;
import java.util.UUID;

public record ClinicianResponse(
    UUID id,
    String displayName,
    String npi,
    Set<String> credentials,
    boolean active,
    long version) {}
