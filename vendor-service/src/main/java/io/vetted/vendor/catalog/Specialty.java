package io.vetted.vendor.catalog;

/**
 * The IT sub-domains a provider can cover. The words buyers search them by, in French and English,
 * live beside the search index in the {@code specialty} table.
 */
public enum Specialty {
    HELPDESK,
    NETWORKS,
    SERVERS_INFRASTRUCTURE,
    CLOUD_SAAS,
    CYBERSECURITY,
    BACKUP_RECOVERY,
    HARDWARE,
    TELEPHONY_VOIP,
    WEB_HOSTING,
    SOFTWARE_DEVELOPMENT,
    ERP_CRM,
    DATA_PROTECTION_GDPR
}
