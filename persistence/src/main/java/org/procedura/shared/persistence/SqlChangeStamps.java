package org.procedura.shared.persistence;

import java.time.Clock;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.ActorSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * The created and updated stamps for tables written with plain SQL, from the same acting user and
 * clock as {@link ChangeStampListener}: adds {@code :stampedBy} and {@code :stampedAt} to the
 * parameters, for {@code created_by, created_at, updated_by, updated_at} on insert and {@code
 * updated_by, updated_at} on update.
 */
@Component
public class SqlChangeStamps {
  public static final String ON_INSERT_COLUMNS = "created_by, created_at, updated_by, updated_at";
  public static final String ON_INSERT_VALUES = ":stampedBy, :stampedAt, :stampedBy, :stampedAt";
  public static final String ON_UPDATE = "updated_by = :stampedBy, updated_at = :stampedAt";

  private final ObjectProvider<ActorSource> actors;
  private final ObjectProvider<Clock> clocks;

  public SqlChangeStamps(ObjectProvider<ActorSource> actors, ObjectProvider<Clock> clocks) {
    this.actors = actors;
    this.clocks = clocks;
  }

  public MapSqlParameterSource stamp(MapSqlParameterSource parameters) {
    ActorSource source = actors.getIfAvailable();
    String who =
        source == null
            ? ChangeStampListener.SYSTEM
            : source.current().map(Actor::username).orElse(ChangeStampListener.SYSTEM);
    return parameters
        .addValue("stampedBy", who)
        .addValue("stampedAt", UtcTime.toColumn(clocks.getIfAvailable(Clock::systemUTC).instant()));
  }
}
