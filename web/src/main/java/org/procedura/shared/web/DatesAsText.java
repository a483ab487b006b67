package org.procedura.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every date and time of a request is ISO-8601 text. Jackson would otherwise read a number as
 * seconds or days since 1970 and an array as the parts of a date, so {@code "start": 1767268800}
 * would book an appointment in 2026 and {@code "dateOfBirth": 19600101} a birth 55,000 years ahead;
 * any other JSON shape for a {@code java.time} value is refused as a malformed field.
 */
@Configuration(proxyBeanMethods = false)
class DatesAsText {

  @Bean
  JacksonModule datesAsTextOnly() {
    var module = new SimpleModule("dates-as-text");
    module.setDeserializerModifier(
        new ValueDeserializerModifier() {
          @Override
          public ValueDeserializer<?> modifyDeserializer(
              DeserializationConfig config,
              BeanDescription.Supplier description,
              ValueDeserializer<?> deserializer) {
            return description.getBeanClass().getPackageName().equals("java.time")
                ? new TextOnly(deserializer)
                : deserializer;
          }
        });
    return module;
  }

  private static final class TextOnly extends DelegatingDeserializer {
    TextOnly(ValueDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
      return new TextOnly(delegate);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return context.handleUnexpectedToken(handledType(), parser);
      }
      return super.deserialize(parser, context);
    }
  }
}
