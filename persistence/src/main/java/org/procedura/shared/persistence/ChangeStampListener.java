package org.procedura.shared.persistence;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Clock;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.ActorSource;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Stamps every {@link Stamped} entity as it is inserted and updated, with the acting user (or
 * "system" for the application's own work, such as seeding the first administrator) and the
 * application's clock.
 */
public class ChangeStampListener {
  static final String SYSTEM = "system";

  private final ObjectProvider<ActorSource> actors;
  private final ObjectProvider<Clock> clocks;

  public ChangeStampListener(ObjectProvider<ActorSource> actors, ObjectProvider<Clock> clocks) {
    this.actors = actors;
    this.clocks = clocks;
  }

  @PrePersist
  void created(Object entity) {
    if (entity instanceof Stamped stamped) {
      stamps(stamped).created(who(), UtcTime.toColumn(clock().instant()));
    }
  }

  @PreUpdate
  void updated(Object entity) {
    if (entity instanceof Stamped stamped) {
      stamps(stamped).updated(who(), UtcTime.toColumn(clock().instant()));
    }
  }

  private String who() {
    ActorSource source = actors.getIfAvailable();
    return source == null ? SYSTEM : source.current().map(Actor::username).orElse(SYSTEM);
  }

  private Clock clock() {
    return clocks.getIfAvailable(Clock::systemUTC);
  }

  private static ChangeStamps stamps(Stamped entity) {
    if (entity.changeStamps() == null) {
      entity.changeStamps(new ChangeStamps());
    }
    return entity.changeStamps();
  }
}
