package dev.partneros.jdbc;

import static java.util.Objects.requireNonNull;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The period close's PostgreSQL schema ({@code docs/jdbc.md#schema}): Flyway migrations shipped in
 * this jar under {@value #LOCATION}, applied in the data source's current schema with Flyway's
 * history table {@value #HISTORY_TABLE}. Migrating is idempotent: a database already at the latest
 * version is left as it is. A schema that already holds the embedder's own tables is fine: it is
 * baselined at version 0 and the migrations run from version 1.
 */
public final class PartnerOsSchema {

  /** Where the migrations are, on the class path. */
  public static final String LOCATION = "classpath:META-INF/partneros/migrations";

  /** Flyway's history table of these migrations. */
  public static final String HISTORY_TABLE = "partneros_schema_history";

  /** The latest schema version. */
  public static final String LATEST = "2";

  private PartnerOsSchema() {}

  /**
   * Migrates a database to the latest schema version.
   *
   * @param dataSource the database, not null
   * @return the schema version after migrating, never null
   * @throws org.flywaydb.core.api.FlywayException if a migration fails (it is rolled back)
   */
  public static String migrate(DataSource dataSource) {
    return migrate(dataSource, LATEST);
  }

  /**
   * Migrates a database to a given schema version: to prepare a database at an older version (a
   * test of upgrades), or to hold back an upgrade.
   *
   * @param dataSource the database, not null
   * @param version the target version, such as {@code "1"}, not null
   * @return the schema version after migrating, never null
   * @throws org.flywaydb.core.api.FlywayException if a migration fails (it is rolled back)
   */
  public static String migrate(DataSource dataSource, String version) {
    requireNonNull(dataSource, "dataSource");
    requireNonNull(version, "version");
    MigrateResult result = Flyway.configure(PartnerOsSchema.class.getClassLoader()).dataSource(dataSource)
        .locations(LOCATION).table(HISTORY_TABLE)
        .baselineOnMigrate(true).baselineVersion("0").target(version).load().migrate();
    return result.targetSchemaVersion != null ? result.targetSchemaVersion
        : result.initialSchemaVersion != null ? result.initialSchemaVersion : version;
  }
}
