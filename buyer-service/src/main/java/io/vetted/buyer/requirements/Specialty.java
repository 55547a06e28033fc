package io.vetted.buyer.requirements;

/** IT sub-domains, with vendor-service's codes (its catalog.Specialty), so a requirement maps onto its search filter. */
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
