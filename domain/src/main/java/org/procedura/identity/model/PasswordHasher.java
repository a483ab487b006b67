package org.procedura.identity.model;

/** Turns a password into the hash kept for it, with the encoder the application is set up with. */
@FunctionalInterface
public interface PasswordHasher {
  String hash(String password);
}
