package org.procedura.scheduling.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.procedura.shared.persistence.ChangeStampListener;
import org.procedura.shared.persistence.ChangeStamps;
import org.procedura.shared.persistence.Stamped;
import org.procedura.shared.persistence.VersionedEntity;

@Entity
@EntityListeners(ChangeStampListener.class)
@Table(name = "clinician")
public class ClinicianJpaEntity implements VersionedEntity, Stamped {
  @Embedded private ChangeStamps changeStamps;

  @Override
  public ChangeStamps changeStamps() {
    return changeStamps;
  }

  @Override
  public void changeStamps(ChangeStamps stamps) {
    this.changeStamps = stamps;
  }

  @Id
  @Column(columnDefinition = "char(36)")
  private String id;

  private String displayName;

  @Column(columnDefinition = "char(10)")
  private String npi;

  private boolean active;

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(
      name = "clinician_credential",
      joinColumns = @JoinColumn(name = "clinician_id", columnDefinition = "char(36)"))
  @Column(name = "procedure_type_code")
  private Set<String> credentials = new HashSet<>();

  @Version private Long version;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getNpi() {
    return npi;
  }

  public void setNpi(String npi) {
    this.npi = npi;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public Set<String> getCredentials() {
    return credentials;
  }

  public void setCredentials(Set<String> credentials) {
    this.credentials = credentials;
  }

  @Override
  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
