-- One row per checkout. Amounts are whole cents, never floating point.
CREATE TABLE orders (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    total_cents INTEGER NOT NULL CHECK (total_cents >= 0),
    placed_at   TEXT    NOT NULL DEFAULT (datetime('now'))
);

-- "My orders" looks orders up by user.
CREATE INDEX orders_user_id ON orders (user_id);
