-- A saved search counts the providers published since the buyer's last visit (search's
-- publishedAfter): a range condition on the read model, served by its own B-tree like the others.
CREATE INDEX provider_search_published_idx ON provider_search (published_at);
