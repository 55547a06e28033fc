-- GET /api/providers/{id} (a published profile, as buyers and the web UI's provider page read it):
-- the profile's stored document, one primary-key lookup outside any transaction (PublicProfiles, V27).
-- When it is missing or stale the service puts the profile together as bench/sql/provider_build.sql
-- does, then stores it; the drift check compares calls made a second time, which read the document.
\set n random(1, :rows)
SELECT id FROM bench.provider WHERE n = :n \gset
SELECT public_profile_document_."provider_id",public_profile_document_."generation",public_profile_document_."body",public_profile_document_."valid_until",public_profile_document_."stored_at" FROM "provider_public_profile" public_profile_document_ WHERE (public_profile_document_."provider_id" = :id);
