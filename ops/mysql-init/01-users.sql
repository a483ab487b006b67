-- The database users of docs/operations.md, for compose.yaml's local MySQL 8.4 only (the
-- passwords are local ones). Run once, when the data volume is created.
CREATE USER 'procedura_migrator'@'%' IDENTIFIED BY 'local-migrator-password';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES,
      CREATE VIEW, SHOW VIEW, TRIGGER, LOCK TABLES
   ON procedura.* TO 'procedura_migrator'@'%';

CREATE USER 'procedura_app'@'%' IDENTIFIED BY 'local-app-password';
GRANT SELECT, INSERT, UPDATE, DELETE ON procedura.* TO 'procedura_app'@'%';
