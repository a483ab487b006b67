package org.procedura.shared.model;

import java.util.Optional;

/** The member of staff the current request acts for; empty for the application's own work. */
@FunctionalInterface
public interface ActorSource {
  Optional<Actor> current();
}
