package io.vetted.bench.lucene;

import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * provider_text_query in Lucene: every typed word is required, and matches a token of the name,
 * about or details field that starts with it, or that equals its French or English stem; a word
 * that either stemmer drops as a stop word is left out. Fields weigh as ts_rank's A, B and C.
 */
final class TextQuery {

    private TextQuery() {}

    static Query of(String typed) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int words = 0;
        for (String word : Analysis.words(typed)) {
            Optional<String> french = Analysis.stem(Analysis.FRENCH, word);
            Optional<String> english = Analysis.stem(Analysis.ENGLISH, word);
            if (french.isEmpty() || english.isEmpty()) {
                continue;
            }
            all.add(word(word, List.of(french.get(), english.get())), Occur.MUST);
            words++;
        }
        // an empty tsquery matches nothing either
        return words == 0 ? new MatchNoDocsQuery("no word left") : all.build();
    }

    private static Query word(String word, List<String> stems) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (int i = 0; i < ProviderIndex.TEXT_FIELDS.length; i++) {
            String field = ProviderIndex.TEXT_FIELDS[i];
            BooleanQuery.Builder inField = new BooleanQuery.Builder();
            inField.add(new PrefixQuery(new Term(field, word)), Occur.SHOULD);
            stems.stream()
                    .distinct()
                    .filter(stem -> !stem.startsWith(word)) // already matched by the prefix
                    .forEach(stem -> inField.add(new TermQuery(new Term(field, stem)), Occur.SHOULD));
            any.add(new BoostQuery(inField.build(), ProviderIndex.WEIGHTS[i]), Occur.SHOULD);
        }
        return any.build();
    }
}
