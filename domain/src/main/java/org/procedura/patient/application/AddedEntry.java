package org.procedura.patient.application;

import org.procedura.patient.model.EntryId;

/** The entry just added to a clinical profile, and the profile with it. */
public record AddedEntry(EntryId id, ClinicalProfileView view) {}
