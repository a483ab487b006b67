package org.procedura;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.procedura.testing.RealDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Liquibase applies every changeset to the real database and Hibernate validates every mapping
 * against the result (the context would not start otherwise).
 */
@SpringBootTest
class SchemaIT extends RealDatabaseTest {
  @Autowired JdbcTemplate jdbc;

  @Test
  void appliesEveryChangesetOutsideTheDemoContext() {
    var applied = jdbc.queryForList("select id from DATABASECHANGELOG", String.class);

    assertThat(applied)
        .contains(
            "001-user-account",
            "002-procedure-type",
            "002-procedure-type-seed",
            "003-patient",
            "004-clinician-and-room",
            "100-clinical-profile",
            "100-clinical-profile-for-every-patient",
            "101-referral",
            "200-clinician-credential",
            "200-working-time",
            "200-appointment",
            "200-occupied-cell",
            "200-idempotency-key",
            "400-audit-event",
            "401-sign-in-throttle",
            "402-change-stamps",
            "403-change-stamps-resources",
            "403-change-stamps-outcomes",
            "305-steroid-brand-caps",
            "305-outcome-measure-by-point",
            "500-payer-rules",
            "500-payer-rules-seed",
            "501-antithrombotic-holds",
            "501-appointment-rule-check",
            "600-hold-plan",
            "620-procedure-site",
            "630-outside-procedure",
            "640-room-care-setting",
            "640-appointment-purpose",
            "641-medicare-default-facet-si-augmentation",
            "650-baseline-before-the-procedure",
            "650-protocol-measures",
            "651-checklist-limit",
            "651-checklist-entry")
        .noneMatch(id -> id.matches("9[0-9]{2}-demo.*"))
        .doesNotContain("649-demo-room-care-settings");
  }

  @Test
  void seedsNoUserOutsideTheDemoContext() {
    assertThat(jdbc.queryForObject("select count(*) from user_account", Integer.class)).isZero();
  }
}
