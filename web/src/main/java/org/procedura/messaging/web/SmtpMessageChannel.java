package org.procedura.messaging.web;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.procedura.messaging.model.ComposedMessage;
import org.procedura.messaging.model.DeliveryFailedException;
import org.procedura.messaging.model.MessageChannel;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail over SMTP ({@code spring.mail.*}), the appointment attached as {@code appointment.ics}. A
 * refusal is reported by the exception's kind only: SMTP errors quote the address.
 */
@Component
class SmtpMessageChannel implements MessageChannel {
  private final JavaMailSender mail;
  private final MessagingProperties properties;

  SmtpMessageChannel(JavaMailSender mail, MessagingProperties properties) {
    this.mail = mail;
    this.properties = properties;
  }

  @Override
  public void deliver(ComposedMessage message) throws DeliveryFailedException {
    try {
      MimeMessage mime = mail.createMimeMessage();
      var helper = new MimeMessageHelper(mime, message.calendar() != null, "UTF-8");
      helper.setFrom(properties.from());
      helper.setTo(message.to());
      helper.setSubject(message.subject());
      helper.setText(message.body());
      if (message.calendar() != null) {
        String method = message.calendar().cancelled() ? "CANCEL" : "REQUEST";
        helper.addAttachment(
            "appointment.ics",
            new ByteArrayResource(
                AppointmentCalendar.of(message.calendar()).getBytes(StandardCharsets.UTF_8)),
            "text/calendar; charset=UTF-8; method=" + method);
      }
      mail.send(mime);
    } catch (MessagingException | MailException e) {
      throw new DeliveryFailedException("SMTP: " + e.getClass().getSimpleName());
    }
  }
}
