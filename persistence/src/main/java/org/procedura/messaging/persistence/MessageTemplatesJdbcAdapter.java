package org.procedura.messaging.persistence;

import java.util.Optional;
import org.procedura.messaging.model.MessageKind;
import org.procedura.messaging.model.MessageTemplate;
import org.procedura.messaging.model.MessageTemplates;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The templates in {@code message_template}, one row per kind and language (changeset 770). */
@Component
class MessageTemplatesJdbcAdapter implements MessageTemplates {
  private final NamedParameterJdbcTemplate jdbc;

  MessageTemplatesJdbcAdapter(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<MessageTemplate> find(MessageKind kind, String language) {
    return jdbc
        .query(
            "select subject, body from message_template where kind = :kind"
                + " and language = :language",
            new MapSqlParameterSource("kind", kind.name()).addValue("language", language),
            (rs, n) ->
                new MessageTemplate(kind, language, rs.getString("subject"), rs.getString("body")))
        .stream()
        .findFirst();
  }
}
