-- The days whose announced prices PriceChangeRefresher has already carried into the search rows: it
-- runs every hour on every replica, and refreshing the same providers 24 times a day changed nothing
-- after the first (about 4,400 refreshes of 4 ms each per run at 100k providers).
CREATE TABLE price_refresh_day (
    day          date PRIMARY KEY,
    refreshed_at timestamptz NOT NULL DEFAULT now()
);
