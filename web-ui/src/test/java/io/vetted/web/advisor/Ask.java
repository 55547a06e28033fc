package io.vetted.web.advisor;

import java.math.BigDecimal;
import java.util.List;

/**
 * Answers for the rules' tests, starting from a small quiet office (5 people, 5 workstations, no
 * server, user support only, a failure that can wait, office hours, no regulated data), changed one
 * answer at a time.
 */
final class Ask {

    private int users = 5;
    private int workstations = 5;
    private int servers = 0;
    private List<String> needs = List.of("SUPPORT");
    private String impact = "MINOR";
    private List<String> when = List.of("OFFICE_HOURS");
    private List<String> regulated = List.of();
    private String strict = "NO";
    private String projects = "NONE";
    private String skills = "NONE";
    private String onSite = "NO";
    private String department;
    private String subcontracting = "YES";
    private BigDecimal budget;

    static Ask quietOffice() {
        return new Ask();
    }

    Ask users(int n) {
        users = n;
        return this;
    }

    Ask workstations(int n) {
        workstations = n;
        return this;
    }

    Ask servers(int n) {
        servers = n;
        return this;
    }

    Ask needs(String... values) {
        needs = List.of(values);
        return this;
    }

    Ask impact(String value) {
        impact = value;
        return this;
    }

    Ask when(String... values) {
        when = List.of(values);
        return this;
    }

    Ask regulated(String... values) {
        regulated = List.of(values);
        return this;
    }

    Ask strict(String value) {
        strict = value;
        return this;
    }

    Ask projects(String value) {
        projects = value;
        return this;
    }

    Ask skills(String value) {
        skills = value;
        return this;
    }

    Ask onSite(String department) {
        this.onSite = "YES";
        this.department = department;
        return this;
    }

    Ask subcontracting(String value) {
        subcontracting = value;
        return this;
    }

    Ask budget(int euros) {
        budget = BigDecimal.valueOf(euros);
        return this;
    }

    Answers answers() {
        return new Answers(
                users,
                workstations,
                servers,
                needs,
                impact,
                when,
                regulated,
                strict,
                projects,
                skills,
                onSite,
                department,
                subcontracting,
                budget);
    }
}
