package org.procedura.shared.persistence;

import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.StaleVersionException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Optimistic locking for the adapters: a change is written only onto the version it was made from,
 * and a concurrent writer's flush fails instead of overwriting.
 */
public final class Versions {
  private Versions() {}

  /**
   * Loads the entity to write a change onto, refusing when it is no longer at the version the
   * change was made on. The row is marked changed, so that its change stamps move even when only
   * its children changed.
   */
  public static <E extends VersionedEntity, I> E loadAt(
      JpaRepository<E, I> repository, I id, long expectedVersion, String resource) {
    E entity = repository.findById(id).orElseThrow(() -> new NotFoundException(resource, id));
    long current = entity.getVersion();
    if (current != expectedVersion) {
      throw new StaleVersionException(resource + " " + id, expectedVersion, current);
    }
    if (entity instanceof Stamped stamped && stamped.changeStamps() != null) {
      stamped.changeStamps().markChanged();
    }
    return entity;
  }

  public static <E extends VersionedEntity, I> E saveAndFlush(
      JpaRepository<E, I> repository, E entity, String resource) {
    try {
      return repository.saveAndFlush(entity);
    } catch (OptimisticLockingFailureException e) {
      long seen = entity.getVersion() == null ? 0 : entity.getVersion();
      throw new StaleVersionException(resource, seen, seen + 1);
    }
  }
}
