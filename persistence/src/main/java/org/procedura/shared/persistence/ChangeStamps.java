package org.procedura.shared.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/**
 * Who created a row and when, and who changed it last and when (UTC). Filled by {@link
 * ChangeStampListener}, never by the mappers; the created pair is never written again.
 */
@Embeddable
public class ChangeStamps {
  @Column(name = "created_by", updatable = false)
  private String createdBy;

  @Column(name = "created_at", updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  void created(String by, LocalDateTime at) {
    createdBy = by;
    createdAt = at;
    updated(by, at);
  }

  void updated(String by, LocalDateTime at) {
    updatedBy = by;
    updatedAt = at;
  }

  /**
   * Marks the row changed when only its children did (a revision or diary entry appended): JPA
   * raises the version for a changed collection, but calls no {@code @PreUpdate} unless a column of
   * the row itself changes. Clearing the stamp is such a change, and {@link ChangeStampListener}
   * stamps the row again before it is written.
   */
  public void markChanged() {
    updatedAt = null;
  }

  public String createdBy() {
    return createdBy;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public LocalDateTime updatedAt() {
    return updatedAt;
  }
}
