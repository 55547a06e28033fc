package io.vetted.bench.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a typed search matches in the Lucene index, word by word, as provider_text_query would. */
class ProviderSearcherTest {

    private static final ByteBuffersDirectory DIRECTORY = new ByteBuffersDirectory();
    private static ProviderSearcher searcher;

    @BeforeAll
    static void index() throws Exception {
        try (ProviderIndex index = new ProviderIndex(DIRECTORY)) {
            index.add(provider(
                    "00000000-0000-0000-0000-000000000001",
                    "Sécurité Lyon",
                    "Lyon",
                    "cybersécurité sécurité antivirus",
                    "Accompagnement des PME de Lyon",
                    420,
                    List.of("spec:CYBERSECURITY", "dept:69", "lang:fr", "kind:AGENCY"),
                    60));
            index.add(provider(
                    "00000000-0000-0000-0000-000000000002",
                    "Nord Réseaux",
                    "Lille",
                    "réseaux réseau wifi networking cabling",
                    "Forfait infogérance des réseaux",
                    450,
                    List.of("spec:NETWORKS", "dept:59", "lang:fr", "lang:en", "kind:FREELANCE"),
                    240));
            index.add(provider(
                    "00000000-0000-0000-0000-000000000003",
                    "Cloud Paris",
                    "Paris",
                    "cloud saas messagerie",
                    "Intervention à l'heure pour les PME",
                    380,
                    List.of("spec:CLOUD_SAAS", "dept:75", "dept:69", "lang:fr", "kind:AGENCY"),
                    30));
        }
        searcher = new ProviderSearcher(DIRECTORY);
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
        DIRECTORY.close();
    }

    @Test
    void a_word_matches_without_its_accents_and_as_the_beginning_of_a_longer_word() throws Exception {
        assertThat(ids("securite")).containsExactly("1");
        assertThat(ids("Sécu")).containsExactly("1");
        assertThat(ids("infog")).containsExactly("2");
    }

    @Test
    void a_word_matches_through_its_french_or_english_stem() throws Exception {
        assertThat(ids("réseau")).containsExactly("2"); // French stem of "réseaux"
        assertThat(ids("network")).containsExactly("2"); // prefix of "networking"
        assertThat(ids("networks")).containsExactly("2"); // English stem "network" of "networking"
    }

    @Test
    void every_word_is_required_and_stop_words_are_left_out() throws Exception {
        assertThat(ids("cloud paris")).containsExactly("3");
        assertThat(ids("cloud lille")).isEmpty();
        assertThat(ids("les réseaux de Lille")).containsExactly("2");
    }

    @Test
    void facet_filters_narrow_and_department_counts_ignore_the_department_filter() throws Exception {
        ProviderSearcher.Page page = searcher.text("pme", List.of("dept:75"), 20);

        assertThat(page.ids()).extracting(id -> id.substring(35)).containsExactly("3");
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.facets())
                .containsEntry("spec:CLOUD_SAAS", 1L)
                .doesNotContainKey("spec:CYBERSECURITY")
                // the alternatives: both "pme" providers serve department 69, one serves 75
                .containsEntry("dept:69", 2L)
                .containsEntry("dept:75", 1L);
    }

    @Test
    void filters_only_list_by_rating_within_the_response_time() throws Exception {
        ProviderSearcher.Page page = searcher.filters(List.of("lang:fr"), 240, 21);

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.ids()).extracting(id -> id.substring(35)).containsExactly("2", "1", "3");
        assertThat(page.facets())
                .containsEntry("lang:fr", 3L)
                .containsEntry("lang:en", 1L)
                .containsEntry("dept:69", 2L);
        assertThat(searcher.filters(List.of("lang:fr"), 59, 21).total()).isEqualTo(1);
    }

    @Test
    void every_single_choice_filter_in_use_is_counted_without_itself() throws Exception {
        ProviderSearcher.Page page = searcher.filters(List.of("lang:fr", "kind:FREELANCE"), 480, 21);

        assertThat(page.total()).isEqualTo(1);
        assertThat(page.facets())
                .containsEntry("kind:FREELANCE", 1L)
                .containsEntry("kind:AGENCY", 2L)
                .containsEntry("lang:fr", 1L);
    }

    private static List<String> ids(String typed) throws Exception {
        return searcher.text(typed, List.of(), 20).ids().stream()
                .map(id -> id.substring(35))
                .toList();
    }

    private static ProviderRows.Provider provider(
            String id,
            String name,
            String city,
            String about,
            String details,
            long rating,
            List<String> facets,
            int response) {
        return new ProviderRows.Provider(id, name, city, city + " " + about, details, facets, rating, response);
    }
}
