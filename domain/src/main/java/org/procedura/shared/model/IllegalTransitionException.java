package org.procedura.shared.model;

/** A state machine was asked for a step its transition table does not allow. */
public final class IllegalTransitionException extends DomainException {
  private final String resource;
  private final String currentState;
  private final String requestedState;

  public IllegalTransitionException(String resource, Enum<?> current, Enum<?> requested) {
    super(resource + " cannot go from " + current.name() + " to " + requested.name());
    this.resource = resource;
    this.currentState = current.name();
    this.requestedState = requested.name();
  }

  public String resource() {
    return resource;
  }

  public String currentState() {
    return currentState;
  }

  public String requestedState() {
    return requestedState;
  }
}
