package io.vetted.web.provider;

import io.micronaut.core.annotation.Introspected;
import io.vetted.web.page.PageContext;

import java.util.List;
import java.util.Map;

@Introspected
public record NewProviderPage(PageContext ctx, ProviderForm form, Map<String, String> errors) {

    public static final List<String> SPECIALTIES = List.of("HELPDESK", "NETWORKS", "SERVERS_INFRASTRUCTURE",
            "CLOUD_SAAS", "CYBERSECURITY", "BACKUP_RECOVERY", "HARDWARE", "TELEPHONY_VOIP", "WEB_HOSTING",
            "SOFTWARE_DEVELOPMENT", "ERP_CRM", "DATA_PROTECTION_GDPR");

    public List<String> specialties() {
        return SPECIALTIES;
    }
}
