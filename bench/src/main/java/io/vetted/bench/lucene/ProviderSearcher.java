package io.vetted.bench.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;

/**
 * The three benchmarked searches of bench/sql in Lucene, each in the shape the service answers:
 * the total, one page of providers (their stored fields read, as the SQL reads their rows) and the
 * facet counts over every match, the department's taken without the department filter as
 * FacetQueries does for a single-choice filter.
 */
final class ProviderSearcher implements AutoCloseable {

    // The index is one segment sorted by (rating desc, id desc): doc id order is that order, and
    // sorting by it spares comparing the ids' bytes (a terms-dictionary lookup per competitive hit).
    private static final Sort BY_RATING = Sort.INDEXORDER;
    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, SortField.FIELD_DOC);
    /** vendor-service's FacetCounts.SINGLE_CHOICE. */
    private static final List<String> SINGLE_CHOICE = List.of("kind:", "region:", "dept:", "after:", "pricing:");

    /** More values than any dimension has (101 departments is the most). */
    private static final int MAX_VALUES = 1000;

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState facetState;

    ProviderSearcher(Directory directory) throws IOException {
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        if (reader.leaves().size() != 1
                || !ProviderIndex.BY_RATING.equals(
                        reader.leaves().get(0).reader().getMetaData().getSort())) {
            throw new IllegalStateException("expected one segment sorted by rating, as ProviderIndex writes it");
        }
        this.facetState = new DefaultSortedSetDocValuesReaderState(reader, ProviderIndex.facetsConfig());
    }

    /** The answer to one search: ids of the page, total matches, facet token → count. */
    record Page(List<String> ids, long total, Map<String, Long> facets) {}

    /** search_text: the words (all required, prefixes or stems) and the facet tokens, by relevance then rating. */
    Page text(String typed, List<String> tokens, int size) throws IOException {
        Query text = TextQuery.of(typed);
        return sideways(search(filtered(text, tokens, null), BY_RELEVANCE, size), text, tokens, null, BY_RELEVANCE);
    }

    /** search_filters: facet tokens and a ceiling on response_sort, by rating. */
    Page filters(List<String> tokens, int maxResponse, int size) throws IOException {
        Query all = new MatchAllDocsQuery();
        Query response = IntPoint.newRangeQuery(ProviderIndex.RESPONSE, Integer.MIN_VALUE, maxResponse);
        return sideways(search(filtered(all, tokens, response), BY_RATING, size), all, tokens, response, BY_RATING);
    }

    /**
     * FacetQueries' rule: a single-choice filter in use (a department, a kind...) has its own
     * values counted without it, so the alternatives show what switching would find.
     */
    private Page sideways(Page page, Query main, List<String> tokens, Query extra, Sort sort) throws IOException {
        Map<String, Long> facets = new TreeMap<>(page.facets());
        for (String prefix : SINGLE_CHOICE) {
            List<String> others =
                    tokens.stream().filter(t -> !t.startsWith(prefix)).toList();
            if (others.size() == tokens.size()) {
                continue;
            }
            facets.keySet().removeIf(token -> token.startsWith(prefix));
            search(filtered(main, others, extra), sort, 0).facets().forEach((token, count) -> {
                if (token.startsWith(prefix)) {
                    facets.put(token, count);
                }
            });
        }
        return new Page(page.ids(), page.total(), facets);
    }

    /** search_deep: every provider counted, the keyset page after the cursor's provider; facets come from a cache. */
    Page deep(String afterId, int size) throws IOException {
        TopDocs cursor = searcher.search(new TermQuery(new Term(ProviderIndex.ID, afterId)), 1);
        if (cursor.scoreDocs.length == 0) {
            throw new IllegalArgumentException("no provider " + afterId + " in the index");
        }
        int doc = cursor.scoreDocs[0].doc;
        TopDocs top = searcher.searchAfter(
                new FieldDoc(doc, Float.NaN, new Object[] {doc}), new MatchAllDocsQuery(), size, BY_RATING, false);
        return new Page(ids(top), searcher.count(new MatchAllDocsQuery()), Map.of());
    }

    private static Query filtered(Query main, List<String> tokens, Query extra) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(main, Occur.MUST);
        tokens.forEach(token -> query.add(new TermQuery(new Term(ProviderIndex.TOKEN, token)), Occur.FILTER));
        if (extra != null) {
            query.add(extra, Occur.FILTER);
        }
        return query.build();
    }

    private Page search(Query query, Sort sort, int size) throws IOException {
        FacetsCollectorManager.FacetsResult result =
                FacetsCollectorManager.search(searcher, query, Math.max(size, 1), sort, new FacetsCollectorManager());
        FacetsCollector collector = result.facetsCollector();
        long total =
                collector.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
        Map<String, Long> counts = new TreeMap<>();
        if (total > 0) {
            SortedSetDocValuesFacetCounts all = new SortedSetDocValuesFacetCounts(facetState, collector);
            for (FacetResult dimension : all.getAllDims(MAX_VALUES)) {
                for (LabelAndValue value : dimension.labelValues) {
                    counts.put(dimension.dim + ":" + value.label, value.value.longValue());
                }
            }
        }
        return new Page(size == 0 ? List.of() : ids(result.topDocs()), total, counts);
    }

    private List<String> ids(TopDocs top) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<String> ids = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc hit : top.scoreDocs) {
            ids.add(stored.document(hit.doc).get(ProviderIndex.ID));
        }
        return ids;
    }

    int documents() {
        return reader.numDocs();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
