package org.procedura.messaging.web;

import org.mapstruct.Mapper;
import org.procedura.messaging.model.MessageKind;
import org.procedura.messaging.model.MessageStatus;

/** The API's enums and the domain's for patient messages, matched by name by MapStruct. */
@Mapper
interface MessagingValueMapper {

  org.procedura.api.messaging.MessageKind toApi(MessageKind kind);

  org.procedura.api.messaging.MessageStatus toApi(MessageStatus status);
}
