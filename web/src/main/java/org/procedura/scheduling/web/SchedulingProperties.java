package org.procedura.scheduling.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The clinic's scheduling settings (see application.yaml). */
@ConfigurationProperties("procedura.scheduling")
record SchedulingProperties(
    Duration procedureTurnover,
    Duration consultLength,
    Duration followUpLength,
    int longestSearchDays) {}
