package io.vetted.bench.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * Writes providers into a Lucene index: each weighted text (A name, B about, C details) as one
 * field holding the union of its simple, French and English tokens, like the one tsvector
 * PostgreSQL builds from the three configurations; the facet tokens as exact terms to filter on and
 * as sorted-set doc values to count; rating and id as doc values to sort by, response_sort as a point.
 */
final class ProviderIndex implements AutoCloseable {

    static final String ID = "id";
    static final String NAME = "name";
    static final String CITY = "city";
    static final String TOKEN = "token";
    static final String RATING = "rating";
    static final String RESPONSE = "response";
    /** The weighted text fields and the weights ts_rank gives A, B and C by default. */
    static final String[] TEXT_FIELDS = {"a", "b", "c"};

    static final float[] WEIGHTS = {1.0f, 0.4f, 0.2f};

    static final Sort BY_RATING =
            new Sort(new SortField(RATING, SortField.Type.LONG, true), new SortField(ID, SortField.Type.STRING, true));

    private final IndexWriter writer;
    private final FacetsConfig facets = facetsConfig();

    ProviderIndex(Directory directory) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                // stored in the order of the rating pages (PostgreSQL's provider_search_rating_idx):
                // a keyset page stops after its rows instead of comparing every provider
                .setIndexSort(BY_RATING)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
    }

    /** Every facet dimension is multi-valued (a provider has several specialties, departments...). */
    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dimension : new String[] {
            "kind",
            "mode",
            "spec",
            "lang",
            "dept",
            "region",
            "after",
            "subcontracting",
            "claim",
            "claimv",
            "pricing",
            "sector"
        }) {
            config.setMultiValued(dimension, true);
        }
        return config;
    }

    void add(ProviderRows.Provider provider) {
        Document doc = new Document();
        doc.add(new StringField(ID, provider.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(provider.id())));
        doc.add(new StoredField(NAME, provider.name()));
        doc.add(new StoredField(CITY, provider.city()));
        String[] texts = {provider.name(), provider.about(), provider.details()};
        for (int i = 0; i < TEXT_FIELDS.length; i++) {
            doc.add(new TextField(TEXT_FIELDS[i], lexemes(texts[i]), Field.Store.NO));
        }
        for (String token : provider.facets()) {
            int colon = token.indexOf(':');
            facets.setMultiValued(token.substring(0, colon), true); // a prefix added after this harness
            doc.add(new StringField(TOKEN, token, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(token.substring(0, colon), token.substring(colon + 1)));
        }
        doc.add(new NumericDocValuesField(RATING, provider.rating()));
        doc.add(new LongPoint(RATING, provider.rating())); // lets a sort by rating skip what cannot compete
        doc.add(new IntPoint(RESPONSE, provider.responseSort()));
        try {
            writer.addDocument(facets.build(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The distinct simple, French and English tokens of a text, space-separated (words have no spaces). */
    static String lexemes(String text) {
        if (text == null) {
            return "";
        }
        Set<String> lexemes = new LinkedHashSet<>();
        Analysis.ALL.forEach(analyzer -> lexemes.addAll(Analysis.tokens(analyzer, text)));
        return String.join(" ", lexemes);
    }

    /** Merges to one segment: the index is read-only from here, as a search replica's would be. */
    @Override
    public void close() throws IOException {
        writer.forceMerge(1);
        writer.close();
    }
}
