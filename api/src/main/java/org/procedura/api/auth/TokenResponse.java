package org.procedura.api.auth;

import java.util.List;

/** A bearer token and how many seconds it stays valid. */
public record TokenResponse(
    String accessToken, String tokenType, long expiresIn, List<String> roles) {}
