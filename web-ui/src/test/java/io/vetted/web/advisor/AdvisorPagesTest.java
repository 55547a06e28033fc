package io.vetted.web.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.web.FakeServices;
import io.vetted.web.ServicesTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The advisor's pages as a visitor without an account gets them, in French and in English. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdvisorPagesTest implements ServicesTest {

    private static final String CLINIC = "users=12&workstations=14&servers=0&needs=SUPPORT&needs=SECURITY"
            + "&impact=BLOCKING&when=OFFICE_HOURS&when=WEEKENDS&regulated=HEALTH&strict=NO&projects=NONE"
            + "&skills=BASIC&onSite=YES&department=69&subcontracting=NO&budget=1+200";

    private final FakeServices services = new FakeServices().emptySearch();

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public FakeServices services() {
        return services;
    }

    @Test
    void asksTheQuestionsInFrenchWithAFormSentByGet() {
        String page = get("/advisor", "fr").body();

        assertThat(page)
                .contains("<h1>Faut-il externaliser votre informatique ?</h1>")
                .contains("<form class=\"panel form\" method=\"get\" action=\"/advisor/result\"")
                .contains("Combien de personnes utilisent un ordinateur ?")
                .contains("Données de santé (hébergement HDS)")
                .contains("Paiements par carte (PCI DSS)")
                .contains("Le soir", "Le week-end")
                .doesNotContain("csrfToken\" value=\"\"", "??");
    }

    @Test
    void asksTheQuestionsInEnglish() {
        String page = get("/advisor", "en").body();

        assertThat(page)
                .contains("<h1>Should you outsource your IT?</h1>")
                .contains("How many people use a computer?")
                .contains("Personal data at scale (GDPR")
                .contains("Monthly IT budget, in euros excluding VAT (optional)")
                .doesNotContain("??");
    }

    @Test
    void answersThatMakeNoSenseComeBackOnTheQuestionnaireWithA200AndAMessageNextToEachField() {
        HttpResponse<String> response = get("/advisor/result?users=abc&needs=SUPPORT&strict=YES&onSite=YES", "en");

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.body())
                .contains("<h1>Should you outsource your IT?</h1>")
                .contains("id=\"users-error\"", "Enter how many people use a computer, from 1 to 5000")
                .contains("value=\"abc\"")
                .contains("id=\"impact-error\"", "Say what happens when IT stops working.")
                .contains("id=\"strict-error\"", "Tick the regulated data you handle above, or answer no.")
                .contains("id=\"department-error\"", "Enter the department number, for example 69 or 2A.")
                .contains("aria-describedby=\"users-hint users-error\"")
                .doesNotContain("id=\"needs-error\"", "id=\"budget-error\"");
    }

    @Test
    void anAmountThatIsNotOneIsRefusedInFrench() {
        String page = get("/advisor/result?" + CLINIC.replace("budget=1+200", "budget=beaucoup"), "fr")
                .body();

        assertThat(page)
                .contains("id=\"budget-error\"", "Indiquez un montant en euros, par exemple 400, ou laissez vide.")
                .doesNotContain("data-testid=\"advisor-result\"");
    }

    @Test
    void givesTheRecommendationsWithTheirReasonsInEnglish() {
        String page = get("/advisor/result?" + CLINIC, "en").body();

        assertThat(page)
                .contains("<h1>Our recommendations</h1>")
                .contains("data-testid=\"recommendation-MANAGED\"")
                .contains("A managed provider on a fixed monthly fee, with a detailed SLA")
                .contains(
                        "A failure stops your business: ask for critical incidents to be taken on within 1 hour at most.")
                .contains("Health data: the host must be HDS certified")
                .contains("The SLA to demand", "penalties or service credits")
                .doesNotContain("data-testid=\"recommendation-TECHNICIAN\"");
    }

    @Test
    void eachRecommendationLinksToTheSearchWithTheFiltersOfItsReasons() {
        String page = get("/advisor/result?" + CLINIC, "fr").body();

        assertThat(page)
                .contains(
                        "href=\"/?specialty=HELPDESK&amp;specialty=CYBERSECURITY"
                                + "&amp;afterHours=TWENTY_FOUR_SEVEN&amp;maxCriticalResponse=60&amp;certification=HDS"
                                + "&amp;noSubcontracting=true&amp;mode=ON_SITE&amp;department=69\" data-testid=\"search-MANAGED\"")
                .contains("Un prestataire au forfait mensuel, avec un SLA détaillé")
                .contains("Une panne arrête votre activité");
    }

    @Test
    void aTechnicianIsToldWhatItWillNotCover() {
        String page = get(
                        "/advisor/result?users=3&workstations=3&servers=0&needs=SUPPORT&impact=MINOR&when=OFFICE_HOURS"
                                + "&strict=NO&projects=NONE&skills=NONE&onSite=NO&subcontracting=YES",
                        "fr")
                .body();

        assertThat(page)
                .contains("Un technicien à la demande")
                .contains("Ce qu’il ne couvrira pas : la surveillance continue, les sauvegardes, la sécurité")
                .contains("Les prix peuvent augmenter du jour au lendemain.")
                .contains("href=\"/?specialty=HELPDESK&amp;pricing=HOURLY\"");
    }

    @Test
    void theResultLinksBackToTheQuestionnaireFilledInWithTheSameAnswers() {
        String result = get("/advisor/result?" + CLINIC, "en").body();
        assertThat(result).contains("href=\"/advisor?users=12&amp;workstations=14");

        String questions = get("/advisor?" + CLINIC, "en").body();
        assertThat(questions)
                .contains(
                        "id=\"users\" name=\"users\" type=\"text\" inputmode=\"numeric\" class=\"input-short\" value=\"12\"")
                .contains("id=\"needs-SECURITY\" name=\"needs\" value=\"SECURITY\" checked")
                .contains("value=\"1 200\"")
                .doesNotContain("field-error");
    }

    @Test
    void theHomePageTheMenuAndTheFooterLeadToTheAdvisor() {
        String home = get("/", "en").body();

        assertThat(home)
                .contains("<a href=\"/advisor\" data-testid=\"home-advisor\">Not sure what to outsource?")
                .contains("<a href=\"/advisor\" data-testid=\"nav-advisor\">Outsource?</a>")
                .contains("<a href=\"/advisor\" data-testid=\"footer-advisor\">Should you outsource your IT?");
    }

    @Test
    void keepsTheHomePagesAdvisorLinkOffAResultsPageSoKeyboardsReachTheResultsFirst() {
        String results = get("/?q=support", "en").body();

        assertThat(results).doesNotContain("data-testid=\"home-advisor\"").contains("data-testid=\"nav-advisor\"");
    }

    private HttpResponse<String> get(String path, String language) {
        return http.toBlocking().exchange(HttpRequest.GET(path).header("Accept-Language", language), String.class);
    }
}
