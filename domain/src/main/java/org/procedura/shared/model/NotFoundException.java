package org.procedura.shared.model;

/** The named resource does not exist (or is not visible to the caller). */
public final class NotFoundException extends DomainException {
  private final String resource;
  private final String id;

  public NotFoundException(String resource, Object id) {
    super(resource + " " + id + " was not found");
    this.resource = resource;
    this.id = String.valueOf(id);
  }

  public String resource() {
    return resource;
  }

  public String id() {
    return id;
  }
}
