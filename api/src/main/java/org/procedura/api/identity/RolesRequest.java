package org.procedura.api.identity;

import jakarta.validation.constraints.NotEmpty;
import java.util.Set;

public record RolesRequest(@NotEmpty Set<StaffRole> roles) {}
