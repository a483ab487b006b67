package org.procedura.scheduling.model;

/** Time a resource is held by an appointment (with turnover, for clinicians and rooms). */
public record Occupancy(ResourceRef resource, TimeSlot held) {}
