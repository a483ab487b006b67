package org.procedura.api.identity;

import java.util.Set;

public record UserResponse(
    String username, String displayName, Set<StaffRole> roles, boolean enabled) {}
