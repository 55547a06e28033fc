package io.vetted.identity.notification;

import io.micronaut.transaction.annotation.Transactional;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Each account's choice per kind; a kind never chosen is mailed immediately. */
@Singleton
class NotificationPreferences {

    private final PreferenceRepository preferences;
    private final UnsubscribeTokens tokens;

    NotificationPreferences(PreferenceRepository preferences, UnsubscribeTokens tokens) {
        this.preferences = preferences;
        this.tokens = tokens;
    }

    @Transactional
    List<PreferenceOperations.Preference> of(UUID accountId) {
        Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
        preferences.findByAccountId(accountId).forEach(p -> chosen.put(p.kind(), p.delivery()));
        return Arrays.stream(NotificationKind.values())
                .map(kind -> new PreferenceOperations.Preference(kind, chosen.getOrDefault(kind, Delivery.IMMEDIATE)))
                .toList();
    }

    @Transactional
    List<PreferenceOperations.Preference> choose(UUID accountId, List<PreferenceOperations.Preference> choices) {
        choices.forEach(choice -> preferences.choose(
                accountId, choice.kind().name(), choice.delivery().name()));
        return of(accountId);
    }

    UnsubscribeTokens.Unsubscribe read(String token) {
        return tokens.read(token).orElseThrow(() -> ApiProblems.notFound("No such unsubscribe link"));
    }

    @Transactional
    UnsubscribeTokens.Unsubscribe unsubscribe(String token) {
        UnsubscribeTokens.Unsubscribe unsubscribe = read(token);
        unsubscribe.kinds().forEach(kind -> preferences.choose(unsubscribe.accountId(), kind.name(), "NEVER"));
        return unsubscribe;
    }
}
