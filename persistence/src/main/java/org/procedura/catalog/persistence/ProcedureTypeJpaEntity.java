package org.procedura.catalog.persistence;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.procedura.shared.persistence.ChangeStampListener;
import org.procedura.shared.persistence.ChangeStamps;
import org.procedura.shared.persistence.Stamped;
import org.procedura.shared.persistence.VersionedEntity;

@Entity
@EntityListeners(ChangeStampListener.class)
@Table(name = "procedure_type")
public class ProcedureTypeJpaEntity implements VersionedEntity, Stamped {
  @Embedded private ChangeStamps changeStamps;

  @Override
  public ChangeStamps changeStamps() {
    return changeStamps;
  }

  @Override
  public void changeStamps(ChangeStamps stamps) {
    this.changeStamps = stamps;
  }

  @Id private String code;
  private String name;
  private String category;
  private String cptCodes;
  private String imagingModalities;
  private boolean contrast;
  private String careSettings;
  private boolean operatingRoomRequired;
  private int defaultDurationMinutes;
  private String sedation;
  private String bleedingRisk;
  private String purpose;
  private String spinalRegions;
  private String levelForm;
  private int minLevels;
  private int maxLevels;
  private boolean lateralityRequired;
  private boolean lateralityAllowed;
  private boolean active;
  @Version private Long version;

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getCptCodes() {
    return cptCodes;
  }

  public void setCptCodes(String cptCodes) {
    this.cptCodes = cptCodes;
  }

  public String getImagingModalities() {
    return imagingModalities;
  }

  public void setImagingModalities(String imagingModalities) {
    this.imagingModalities = imagingModalities;
  }

  public boolean isContrast() {
    return contrast;
  }

  public void setContrast(boolean contrast) {
    this.contrast = contrast;
  }

  public String getCareSettings() {
    return careSettings;
  }

  public void setCareSettings(String careSettings) {
    this.careSettings = careSettings;
  }

  public boolean isOperatingRoomRequired() {
    return operatingRoomRequired;
  }

  public void setOperatingRoomRequired(boolean operatingRoomRequired) {
    this.operatingRoomRequired = operatingRoomRequired;
  }

  public int getDefaultDurationMinutes() {
    return defaultDurationMinutes;
  }

  public void setDefaultDurationMinutes(int defaultDurationMinutes) {
    this.defaultDurationMinutes = defaultDurationMinutes;
  }

  public String getSedation() {
    return sedation;
  }

  public void setSedation(String sedation) {
    this.sedation = sedation;
  }

  public String getBleedingRisk() {
    return bleedingRisk;
  }

  public void setBleedingRisk(String bleedingRisk) {
    this.bleedingRisk = bleedingRisk;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getSpinalRegions() {
    return spinalRegions;
  }

  public void setSpinalRegions(String spinalRegions) {
    this.spinalRegions = spinalRegions;
  }

  public String getLevelForm() {
    return levelForm;
  }

  public void setLevelForm(String levelForm) {
    this.levelForm = levelForm;
  }

  public int getMinLevels() {
    return minLevels;
  }

  public void setMinLevels(int minLevels) {
    this.minLevels = minLevels;
  }

  public int getMaxLevels() {
    return maxLevels;
  }

  public void setMaxLevels(int maxLevels) {
    this.maxLevels = maxLevels;
  }

  public boolean isLateralityRequired() {
    return lateralityRequired;
  }

  public void setLateralityRequired(boolean lateralityRequired) {
    this.lateralityRequired = lateralityRequired;
  }

  public boolean isLateralityAllowed() {
    return lateralityAllowed;
  }

  public void setLateralityAllowed(boolean lateralityAllowed) {
    this.lateralityAllowed = lateralityAllowed;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  @Override
  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
