package org.procedura.shared.model;

/** The caller changed a version it had read, but someone else changed it first. */
public final class StaleVersionException extends DomainException {
  private final String resource;
  private final long expectedVersion;
  private final long currentVersion;

  public StaleVersionException(String resource, long expectedVersion, long currentVersion) {
    super(
        resource
            + " was changed by someone else (you had version "
            + expectedVersion
            + ", it is now "
            + currentVersion
            + "); reload it and apply your change again");
    this.resource = resource;
    this.expectedVersion = expectedVersion;
    this.currentVersion = currentVersion;
  }

  public String resource() {
    return resource;
  }

  public long expectedVersion() {
    return expectedVersion;
  }

  public long currentVersion() {
    return currentVersion;
  }
}
