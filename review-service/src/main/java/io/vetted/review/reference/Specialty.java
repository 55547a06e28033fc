package io.vetted.review.reference;

/** The services a client may have used: vendor-service's specialty catalogue. */
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
