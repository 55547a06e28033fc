package io.vetted.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "password1234",
                "Password!!!!",
                "123456football",
                "azertyazerty",
                "abcabcabcabc",
                "motdepasse2024",
                "claire.martin@pme.fr",
                "claire.martin"
            })
    void refusesCommonAndGuessablePasswords(String password) {
        assertThat(policy.guessable(password, "claire.martin@pme.fr")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"une phrase de passe solide", "Quimper-Brest 29 rapide", "tX9#mQ2!vL7@"})
    void acceptsPasswordsThatAreNotOnTheList(String password) {
        assertThat(policy.guessable(password, "claire.martin@pme.fr")).isFalse();
    }
}
