package org.procedura.messaging.model;

/**
 * How full the outbox is: messages still to go (pending or claimed), those of them due before a
 * moment and still not sent (the dispatcher is stopped or cannot deliver), and those given up.
 */
public record OutboxDepth(long waiting, long overdue, long failed) {}
