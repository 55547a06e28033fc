package io.vetted.web.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.web.FakeServices;
import io.vetted.web.ServicesTest;
import io.vetted.web.SmeVisitor;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequirementsPagesTest implements ServicesTest {

    private static final String SAVED = """
            {"fleet":{"users":12,"workstations":14,"servers":1},"departments":["69"],"specialties":["HELPDESK"],
             "afterHours":"ON_CALL","maxCriticalResponseMinutes":60,
             "certifications":[{"certification":"HDS","level":"VERIFIED_ONLY"}],
             "maxMonthlyBudgetEur":800.00,"subcontractingAcceptable":false,"version":3}""";
    private static final String ADVISOR = "users=12&workstations=14&servers=1&needs=SUPPORT&needs=CLOUD"
            + "&impact=BLOCKING&when=OFFICE_HOURS&when=WEEKENDS&regulated=HEALTH&strict=YES&projects=OCCASIONAL"
            + "&skills=NONE&onSite=YES&department=69&subcontracting=NO&budget=800";

    private final FakeServices services = new FakeServices().answer("/api/buyer/requirements", SAVED);

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public FakeServices services() {
        return services;
    }

    @Override
    public Map<String, String> additionalProperties() {
        return ServicesTest.signedInReadingRedirects();
    }

    @Test
    void showsTheSavedRequirementsInTheForm() {
        var page = SmeVisitor.sme(http).get("/my/requirements");

        assertThat(page.code()).isEqualTo(200);
        assertThat(page.body())
                .contains("name=\"version\" value=\"3\"", "id=\"users\"", "value=\"12\"", "value=\"800\"")
                .containsPattern("id=\"verified-HDS\" name=\"verifiedOnly\" value=\"HDS\" checked");
    }

    @Test
    void sendsTheWholeFormWithTheVersionReadThenComesBackToThePage() {
        var answer = SmeVisitor.sme(http)
                .post(
                        "/my/requirements",
                        "version=3&users=20&workstations=&servers=2&departments=69%2C+2a&specialties=NETWORKS"
                                + "&afterHours=TWENTY_FOUR_SEVEN&certifications=ISO_27001&certifications=HDS"
                                + "&verifiedOnly=HDS&budget=1+500&subcontracting=YES");

        assertThat(answer.code()).isEqualTo(303);
        assertThat(answer.location()).isEqualTo("/my/requirements?ok=requirementsSaved");
        var put = services.callsTo("/api/buyer/requirements").stream()
                .filter(c -> c.method().equals("PUT"))
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(put.authorization()).startsWith("Bearer ");
        assertThat(put.body())
                .contains(
                        "\"users\":20",
                        "\"servers\":2",
                        "\"departments\":[\"69\",\"2A\"]",
                        "{\"certification\":\"ISO_27001\",\"level\":\"DECLARED_ACCEPTABLE\"}",
                        "{\"certification\":\"HDS\",\"level\":\"VERIFIED_ONLY\"}",
                        "\"maxMonthlyBudgetEur\":1500",
                        "\"subcontractingAcceptable\":true",
                        "\"version\":3")
                .doesNotContain("workstations");
    }

    @Test
    void showsANumberThatIsNotOneNextToItsFieldWithoutSaving() {
        int saves = puts();

        var answer = SmeVisitor.sme(http).post("/my/requirements", "version=3&users=douze&budget=800");

        assertThat(answer.code()).isEqualTo(422);
        assertThat(answer.body()).contains("id=\"users-error\"", "Enter a whole number, for example 12.");
        assertThat(puts()).isEqualTo(saves);
    }

    @Test
    void fillsTheFormFromTheAdvisorsAnswersForTheBuyerToCheck() {
        var page = SmeVisitor.sme(http).get("/my/requirements/from-advisor?" + ADVISOR);

        assertThat(page.code()).isEqualTo(200);
        assertThat(page.body())
                .contains("data-testid=\"from-advisor\"", "name=\"version\" value=\"3\"")
                .containsPattern("id=\"specialty-HELPDESK\"[^>]*checked")
                .containsPattern("id=\"specialty-CLOUD_SAAS\"[^>]*checked")
                .containsPattern("id=\"afterHours-TWENTY_FOUR_SEVEN\"[^>]*checked")
                .containsPattern("id=\"cert-HDS\"[^>]*checked")
                .containsPattern("id=\"verified-HDS\"[^>]*checked")
                .containsPattern("id=\"subcontracting-NO\"[^>]*checked");
    }

    @Test
    void sendsASignedOutVisitorToSignInAndBackToTheAdvisorsDraft() {
        var answer = SmeVisitor.anonymous(http).get("/my/requirements/from-advisor?users=12");

        assertThat(answer.code()).isBetween(302, 303);
        assertThat(answer.location()).isEqualTo("/login?returnTo=%2Fmy%2Frequirements%2Ffrom-advisor%3Fusers%3D12");
    }

    @Test
    void offersTheAdvisorsResultToBeSavedAsRequirementsOnlyToSmeAccounts() {
        String path = "/advisor/result?" + ADVISOR;

        assertThat(SmeVisitor.sme(http).get(path).body()).contains("Save these answers as my requirements");
        assertThat(SmeVisitor.anonymous(http).get(path).body())
                .contains("Sign in to save these answers as your requirements");
    }

    private int puts() {
        return (int) services.callsTo("/api/buyer/requirements").stream()
                .filter(c -> c.method().equals("PUT"))
                .count();
    }
}
