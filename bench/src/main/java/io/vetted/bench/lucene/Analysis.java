package io.vetted.bench.lucene;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;

/**
 * The three analyses PostgreSQL's provider_text_vector merges into one document: 'simple' (every
 * word, for prefixes), 'french' and 'english' (Snowball stop words and stems, the same Snowball
 * algorithms PostgreSQL's french_stem and english_stem run), each over unaccented lower-case text.
 * Words are runs of letters and digits, as provider_text_query splits what a buyer typed.
 */
final class Analysis {

    static final Analyzer SIMPLE = analyzer(null, null);
    static final Analyzer FRENCH = analyzer(stopWords("french_stop.txt"), "french");
    static final Analyzer ENGLISH = analyzer(stopWords("english_stop.txt"), "english");
    static final List<Analyzer> ALL = List.of(SIMPLE, FRENCH, ENGLISH);

    /** At most this many typed words count, as in provider_text_query. */
    static final int MAX_WORDS = 12;

    private Analysis() {}

    /** What a buyer typed as provider_text_query reads it: folded, lower-case words, in order. */
    static List<String> words(String typed) {
        List<String> words = tokens(SIMPLE, typed);
        return words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words;
    }

    /** The one stem of a word, or empty for a stop word (ts_lexize's empty array). */
    static Optional<String> stem(Analyzer analyzer, String word) {
        List<String> tokens = tokens(analyzer, word);
        return tokens.isEmpty() ? Optional.empty() : Optional.of(tokens.get(0));
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static Analyzer analyzer(CharArraySet stopWords, String snowball) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer words = CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit);
                // PostgreSQL unaccents before lower-casing and looking up stop words; the order is the same here
                TokenStream stream = new LowerCaseFilter(new ASCIIFoldingFilter(words));
                if (stopWords != null) {
                    stream = new StopFilter(stream, stopWords);
                }
                if (snowball != null) {
                    stream = new SnowballFilter(
                            stream, snowball.equals("french") ? new FrenchStemmer() : new EnglishStemmer());
                }
                return new TokenStreamComponents(words, stream);
            }
        };
    }

    private static CharArraySet stopWords(String file) {
        try (InputStream in = SnowballFilter.class.getResourceAsStream(file)) {
            return WordlistLoader.getSnowballWordSet(in, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
