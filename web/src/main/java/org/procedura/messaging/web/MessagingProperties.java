package org.procedura.messaging.web;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The clinic's messaging settings (see application.yaml, {@code procedura.messaging}). */
@ConfigurationProperties("procedura.messaging")
record MessagingProperties(
    String clinicName,
    String language,
    String from,
    List<Duration> reminderLeads,
    LocalTime quietFrom,
    LocalTime quietUntil,
    int maxAttempts,
    Duration firstRetry,
    Duration longestRetry,
    Duration lease,
    int batch) {}
