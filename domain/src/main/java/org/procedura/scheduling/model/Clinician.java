package org.procedura.scheduling.model;

import java.util.Set;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.Npi;
import org.procedura.shared.model.StaleVersionException;

/** A physician who performs procedures and sees patients in visits. */
public final class Clinician {
  private final ClinicianId id;
  private Profile profile;
  private final Long version;

  /** What an administrator maintains about a clinician. */
  public record Profile(
      String displayName, Npi npi, Set<ProcedureTypeCode> credentials, boolean active) {
    public Profile {
      displayName = Check.text(displayName, "displayName", 120);
      Check.present(npi, "npi");
      credentials =
          Set.copyOf(Check.noNulls(Check.present(credentials, "credentials"), "credentials"));
    }
  }

  public Clinician(ClinicianId id, Profile profile, Long version) {
    this.id = Check.present(id, "id");
    this.profile = Check.present(profile, "profile");
    this.version = version;
  }

  public static Clinician register(Profile profile) {
    return new Clinician(ClinicianId.newId(), profile, null);
  }

  public void revise(long seenVersion, Profile revised) {
    if (version == null) {
      throw new IllegalStateException("clinician " + id + " was never stored");
    }
    if (seenVersion != version) {
      throw new StaleVersionException("clinician " + id, seenVersion, version);
    }
    this.profile = Check.present(revised, "profile");
  }

  public boolean mayPerform(ProcedureTypeCode procedureType) {
    return profile.active() && profile.credentials().contains(procedureType);
  }

  public ClinicianId getId() {
    return id;
  }

  public Profile getProfile() {
    return profile;
  }

  public String getDisplayName() {
    return profile.displayName();
  }

  public boolean isActive() {
    return profile.active();
  }

  public Long getVersion() {
    return version;
  }
}
