package org.procedura.messaging.model;

import java.util.Optional;

/** The clinic's message templates, per kind and language. */
public interface MessageTemplates {

  Optional<MessageTemplate> find(MessageKind kind, String language);
}
