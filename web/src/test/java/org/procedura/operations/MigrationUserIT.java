package org.procedura.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The migration user ran every changeset; the application user, with SELECT, INSERT, UPDATE and
 * DELETE only, serves the API and may change rows but no table.
 */
class MigrationUserIT extends OwnDatabaseTest {

  @Test
  void theApplicationUserReadsAndWritesButMayNotChangeTheSchema() throws SQLException {
    assertThat(clinic.patient()).isNotNull();

    try (Connection app = asApplicationUser();
        Statement statement = app.createStatement()) {
      try (var rows = statement.executeQuery("select count(*) from DATABASECHANGELOG")) {
        rows.next();
        assertThat(rows.getInt(1)).isGreaterThan(30);
      }
      try (var rows = statement.executeQuery("select count(*) from patient")) {
        rows.next();
        assertThat(rows.getInt(1)).isPositive();
      }
      assertThat(
              statement.executeUpdate(
                  "update shedlock set locked_by = locked_by where name = 'no-such-job'"))
          .isZero();
      assertThatThrownBy(() -> statement.execute("create table intruder (id int primary key)"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("denied");
      assertThatThrownBy(() -> statement.execute("alter table patient add column intruder int"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("denied");
      assertThatThrownBy(() -> statement.execute("drop table shedlock"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("denied");
    }
  }
}
