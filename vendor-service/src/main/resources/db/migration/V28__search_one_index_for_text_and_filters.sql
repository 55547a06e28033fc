-- One GIN index over the filters and the text together (issue 13). A text search with filters used
-- the facets index alone and then tested the text on every candidate row, which reads each row's
-- document from TOAST: at 100k providers, "systemes" with a department and a specialty read 1,078
-- candidates for 302 matches, 12 ms for the total alone. In one index both conditions meet inside
-- the index and only the matching rows are read: 4.5 ms. A search on facets alone, or on text alone,
-- uses it as it used its own index (GIN keeps each column's keys apart), so the two single-column
-- indexes go, and a write still updates one GIN. It needs custom plans (PlannerSettings): docs/search.md,
-- "Text and filters in one index".
CREATE INDEX provider_search_facets_document_idx ON provider_search USING gin (facets, document);
DROP INDEX provider_search_document_idx;
DROP INDEX provider_search_facets_idx;
