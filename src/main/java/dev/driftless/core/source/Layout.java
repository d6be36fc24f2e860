package dev.driftless.core.source;

/** How a migrations folder is organised. */
public enum Layout {
    /** sqlx's layout: `V_name.sql` or `V_name.up.sql` + `V_name.down.sql` side by side. */
    FLAT,
    /** One folder per migration: `V_name/up.sql` and `V_name/down.sql`. */
    DIRECTORY,
    /** An empty folder: either layout may start it. */
    EMPTY,
    /** Both layouts at once; sqlx would ignore the folders. Reported as a problem. */
    MIXED
}
