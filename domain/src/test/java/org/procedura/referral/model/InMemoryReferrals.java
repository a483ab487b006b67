package org.procedura.referral.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.procedura.patient.model.Patient;
import org.procedura.patient.model.Patients;
import org.procedura.shared.model.NotFoundException;
import org.procedura.shared.model.PageQuery;
import org.procedura.shared.model.PageResult;
import org.procedura.shared.model.StaleVersionException;

/**
 * The referrals in memory, behaving like the database adapter: copies, versions from 0, stale
 * changes refused, and the worklists in the adapter's order (ties broken by time of recording).
 */
public final class InMemoryReferrals implements Referrals {
  private static final Comparator<Referral> OLDEST_FIRST =
      Comparator.comparing((Referral r) -> r.getDetails().receivedOn())
          .thenComparing(r -> r.getHistory().getFirst().stamp().at())
          .thenComparing(r -> r.getId().toString());

  private final Map<ReferralId, Referral> stored = new LinkedHashMap<>();
  private final Patients patients;

  public InMemoryReferrals(Patients patients) {
    this.patients = patients;
  }

  @Override
  public Optional<Referral> find(ReferralId id) {
    return Optional.ofNullable(stored.get(id)).map(r -> copy(r, r.getVersion()));
  }

  @Override
  public Referral save(Referral referral) {
    long newVersion;
    if (referral.getVersion() == null) {
      if (stored.containsKey(referral.getId())) {
        throw new IllegalStateException("referral " + referral.getId() + " is already stored");
      }
      newVersion = 0;
    } else {
      Referral current = stored.get(referral.getId());
      if (current == null) {
        throw new NotFoundException("referral", referral.getId());
      }
      if (!current.getVersion().equals(referral.getVersion())) {
        throw new StaleVersionException(
            "referral " + referral.getId(), referral.getVersion(), current.getVersion());
      }
      newVersion = current.getVersion() + 1;
    }
    stored.put(referral.getId(), copy(referral, newVersion));
    return copy(referral, newVersion);
  }

  @Override
  public PageResult<ReferralWorkItem> withStatus(ReferralStatus status, PageQuery page) {
    return page(r -> r.getStatus() == status, page);
  }

  public int count() {
    return stored.size();
  }

  private PageResult<ReferralWorkItem> page(Predicate<Referral> filter, PageQuery page) {
    List<Referral> matching = stored.values().stream().filter(filter).sorted(OLDEST_FIRST).toList();
    List<ReferralWorkItem> content =
        matching.stream().skip(page.offset()).limit(page.size()).map(this::item).toList();
    return new PageResult<>(content, page.page(), page.size(), matching.size());
  }

  private ReferralWorkItem item(Referral referral) {
    Patient patient = patients.find(referral.getPatientId()).orElseThrow();
    ReferralDetails details = referral.getDetails();
    return new ReferralWorkItem(
        referral.getId(),
        patient.getId(),
        patient.getMrn(),
        patient.getName(),
        referral.getStatus(),
        details.urgency(),
        details.receivedOn(),
        details.referringProvider().name(),
        details.requestedProcedureType());
  }

  private static Referral copy(Referral referral, Long version) {
    return new Referral(
        referral.getId(),
        referral.getPatientId(),
        referral.getDetails(),
        referral.getHistory(),
        referral.getAppointmentReference(),
        version);
  }
}
