package org.procedura.messaging.model;

/** Writes a claimed message from what it is about, as that is at delivery. */
public interface MessageComposition {

  Composition compose(ClaimedMessage claimed);
}
