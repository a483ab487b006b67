package org.procedura.outcomes.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.procedura.patient.model.PatientId;

/** The referrals patients came with, the earliest received first, as the adapter reads them. */
public final class InMemoryReferralHistory implements ReferralHistory {
  private record Received(PatientId patient, Entry entry) {}

  private final List<Received> received = new ArrayList<>();

  public void add(PatientId patient, Entry entry) {
    received.add(new Received(patient, entry));
  }

  @Override
  public List<Entry> of(PatientId patient) {
    return received.stream()
        .filter(r -> r.patient().equals(patient))
        .map(Received::entry)
        .sorted(Comparator.comparing(Entry::receivedOn))
        .toList();
  }
}
