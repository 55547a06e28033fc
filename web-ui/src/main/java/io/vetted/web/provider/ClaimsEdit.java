package io.vetted.web.provider;

import io.micronaut.core.annotation.Nullable;
import io.vetted.web.backend.VendorModels;
import io.vetted.web.provider.SmallForms.ClaimForm;
import java.util.List;

/**
 * The compliance page: one small form per topic of the catalogue. {@code topic} names the one just
 * saved or refused, {@code form} what was typed in it.
 */
public record ClaimsEdit(@Nullable String topic, @Nullable ClaimForm form, List<VendorModels.Claim> claims) {

    @Nullable
    public VendorModels.Claim claim(String topic) {
        return claims.stream().filter(c -> c.topic().equals(topic)).findFirst().orElse(null);
    }

    public boolean editing(String topic) {
        return topic.equals(this.topic) && form != null;
    }

    public String detail(String topic) {
        if (editing(topic)) {
            return FormValues.orEmpty(form.detail());
        }
        VendorModels.Claim claim = claim(topic);
        return claim == null || claim.detail() == null ? "" : claim.detail();
    }

    public String evidence(String topic) {
        if (editing(topic)) {
            return FormValues.orEmpty(form.evidence());
        }
        VendorModels.Claim claim = claim(topic);
        return claim == null ? "" : claim.evidence();
    }
}
