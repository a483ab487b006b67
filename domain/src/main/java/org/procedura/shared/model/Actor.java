package org.procedura.shared.model;

/** The member of staff on whose behalf a use case acts; recorded with every decision. */
public record Actor(String username) {
  public Actor {
    username = Check.text(username, "actor", 60);
  }

  @Override
  public String toString() {
    return username;
  }
}
