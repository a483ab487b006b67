package org.procedura.shared.persistence;

/** An entity guarded by a JPA {@code @Version} column. */
public interface VersionedEntity {
  /** Null until the entity is first stored. */
  Long getVersion();
}
