package dev.driftless.core.schema.replay;

import java.sql.SQLException;

/** Opens empty shadows on the server of the database being checked (implemented per dialect in the db layer). */
@FunctionalInterface
public interface ShadowFactory {

    /**
     * A new, empty shadow (but for the extensions the checked database has and the migrations do not
     * create themselves); close it when done.
     *
     * @throws ShadowUnavailableException when the server refuses one, e.g. to a role without CREATEDB
     */
    Shadow open() throws SQLException, ShadowUnavailableException;
}
