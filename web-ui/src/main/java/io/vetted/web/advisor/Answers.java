package io.vetted.web.advisor;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The questionnaire's answers once valid, as the rules read them (by the names in {@code rules.yml}).
 * Lists may be empty; {@code department} is set only for on-site work, {@code budget} only when given.
 */
public record Answers(
        int users,
        int workstations,
        int servers,
        List<String> needs,
        String impact,
        List<String> when,
        List<String> regulated,
        String strict,
        String projects,
        String skills,
        String onSite,
        @Nullable String department,
        String subcontracting,
        @Nullable BigDecimal budget) {

    /** The questions with a fixed set of answers, each with its answers in the order they are shown. */
    public static final Map<String, List<String>> CHOICES = Map.of(
            "needs", List.of("SUPPORT", "NETWORK", "SECURITY", "BACKUP", "CLOUD", "DEVELOPMENT"),
            "impact", List.of("MINOR", "SERIOUS", "BLOCKING"),
            "when", List.of("OFFICE_HOURS", "EVENINGS", "WEEKENDS"),
            "regulated", List.of("HEALTH", "CARD_PAYMENTS", "PERSONAL_DATA"),
            "strict", List.of("NO", "YES"),
            "projects", List.of("NONE", "OCCASIONAL", "CORE"),
            "skills", List.of("NONE", "BASIC", "TEAM"),
            "onSite", List.of("NO", "YES"),
            "subcontracting", List.of("YES", "NO"));

    /** The questions answered by a number. */
    public static final List<String> NUMBERS = List.of("users", "workstations", "servers", "budget");

    /** The answer to the question {@code name}: a String, a List of Strings, a number, or null. */
    @Nullable
    Object get(String name) {
        return switch (name) {
            case "users" -> users;
            case "workstations" -> workstations;
            case "servers" -> servers;
            case "needs" -> needs;
            case "impact" -> impact;
            case "when" -> when;
            case "regulated" -> regulated;
            case "strict" -> strict;
            case "projects" -> projects;
            case "skills" -> skills;
            case "onSite" -> onSite;
            case "department" -> department;
            case "subcontracting" -> subcontracting;
            case "budget" -> budget;
            default -> throw new IllegalArgumentException("No question is called " + name);
        };
    }

    static boolean isQuestion(String name) {
        return CHOICES.containsKey(name) || NUMBERS.contains(name) || "department".equals(name);
    }
}
