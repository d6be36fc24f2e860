-- Track where each order is in fulfilment; existing orders start as 'pending'.
ALTER TABLE orders ADD COLUMN status TEXT NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'paid', 'shipped', 'cancelled'));

-- The warehouse screen lists orders by status.
CREATE INDEX orders_status ON orders (status);
