package io.vetted.e2e;

import java.util.List;

/**
 * Every distinct page of the site, as the accessibility test visits it: who is signed in and the
 * address, where {@code {provider}}, {@code {offer}} (its offer, with a rise announced at short notice),
 * {@code {other}}, {@code {reference}}, {@code {shortlist}} (the SME's, holding {@code {provider}}) and
 * {@code {shared}} (its read-only link's token) stand for the test's
 * fixtures. A new page gets a line here, and with it axe-core and the phone-width check.
 */
final class AccessibilityPages {

    enum Visitor {
        ANONYMOUS,
        SME,
        PROVIDER,
        NEW_PROVIDER,
        MODERATOR
    }

    /** {@code submit}: a button to press once there (a form's answer is a page too), or null. */
    record Page(String name, Visitor visitor, String path, String submit) {
        Page(String name, Visitor visitor, String path) {
            this(name, visitor, path, null);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final String MAIN_SUBMIT = "main form button[type=submit]";

    static final List<Page> ALL = List.of(
            new Page("search", Visitor.ANONYMOUS, "/"),
            new Page("results", Visitor.ANONYMOUS, "/?q=support&mode=REMOTE"),
            new Page("no results", Visitor.ANONYMOUS, "/?q=zzzzzz"),
            new Page("place understood", Visitor.ANONYMOUS, "/?q=support+Lyon"),
            new Page("exact text", Visitor.ANONYMOUS, "/?q=support+Lyon&literal=true"),
            new Page("no results, what to drop", Visitor.ANONYMOUS, "/?q=support+zzzqqq"),
            new Page("provider", Visitor.ANONYMOUS, "/providers/{provider}"),
            new Page("provider references", Visitor.ANONYMOUS, "/providers/{provider}/references"),
            new Page("compare", Visitor.ANONYMOUS, "/compare?ids={provider},{other}"),
            new Page("compare empty", Visitor.ANONYMOUS, "/compare"),
            new Page("how references work", Visitor.ANONYMOUS, "/how-references-work"),
            new Page("glossary", Visitor.ANONYMOUS, "/glossary"),
            new Page("advisor", Visitor.ANONYMOUS, "/advisor"),
            new Page("advisor refused", Visitor.ANONYMOUS, "/advisor", MAIN_SUBMIT),
            new Page(
                    "advisor result",
                    Visitor.ANONYMOUS,
                    "/advisor/result?users=12&workstations=14&servers=1&needs=SUPPORT&needs=CLOUD&needs=DEVELOPMENT"
                            + "&impact=BLOCKING&when=OFFICE_HOURS&when=WEEKENDS&regulated=HEALTH&strict=NO"
                            + "&projects=OCCASIONAL&skills=TEAM&onSite=YES&department=69&subcontracting=NO&budget=800"),
            new Page("sign in to continue", Visitor.ANONYMOUS, "/login?returnTo=%2Fmy%2Freferences"),
            new Page("sign in", Visitor.ANONYMOUS, "/login"),
            new Page("sign in refused", Visitor.ANONYMOUS, "/login", MAIN_SUBMIT),
            new Page("sign up", Visitor.ANONYMOUS, "/register"),
            new Page("sign up refused", Visitor.ANONYMOUS, "/register", MAIN_SUBMIT),
            new Page("forgot password", Visitor.ANONYMOUS, "/password/forgot"),
            new Page("reset password", Visitor.ANONYMOUS, "/password/reset?token=unknown"),
            new Page("sign-in link request", Visitor.ANONYMOUS, "/login/link/request"),
            new Page("sign-in link sent", Visitor.ANONYMOUS, "/login/link/sent"),
            new Page("sign-in link", Visitor.ANONYMOUS, "/login/link?token=unknown"),
            new Page("not found", Visitor.ANONYMOUS, "/no-such-page"),
            new Page("forbidden", Visitor.SME, "/moderation"),
            new Page("reference form", Visitor.SME, "/providers/{provider}/references/new"),
            new Page("reference form refused", Visitor.SME, "/providers/{provider}/references/new", MAIN_SUBMIT),
            new Page("my references", Visitor.SME, "/my/references"),
            new Page("my contact requests", Visitor.SME, "/my/contact-requests"),
            // the SME here has no requirements saved: the page invites to set them (MatchingBrowserIT checks the list)
            new Page("providers for my needs", Visitor.SME, "/my/matches"),
            new Page("request quotes", Visitor.SME, "/my/shortlists/{shortlist}/quotes/new"),
            new Page("request quotes refused", Visitor.SME, "/my/shortlists/{shortlist}/quotes/new", MAIN_SUBMIT),
            new Page("my quote requests", Visitor.SME, "/my/quotes"),
            new Page("quote answers side by side", Visitor.SME, "/my/shortlists/{shortlist}/quotes"),
            new Page("quote request", Visitor.SME, "/my/quotes/{quote}"),
            new Page("quote inbox", Visitor.PROVIDER, "/my/quote-inbox"),
            new Page("quote request received", Visitor.PROVIDER, "/my/quote-inbox/{openQuote}"),
            new Page(
                    "quote answer refused",
                    Visitor.PROVIDER,
                    "/my/quote-inbox/{openQuote}",
                    "[data-testid=send-answer]"),
            new Page("report a reference", Visitor.SME, "/references/{reference}/report"),
            new Page("proof of the engagement", Visitor.SME, "/references/{reference}/evidence"),
            new Page("proof of the engagement refused", Visitor.SME, "/references/{reference}/evidence", MAIN_SUBMIT),
            new Page("account", Visitor.SME, "/account"),
            new Page("my data to read", Visitor.SME, "/account/data"),
            new Page("my data to read, a provider's", Visitor.PROVIDER, "/account/data"),
            new Page("two-step verification", Visitor.SME, "/account/mfa"),
            new Page("two-step password refused", Visitor.SME, "/account/mfa", "main form[action$=enrolment] button"),
            new Page("two-step verification on", Visitor.PROVIDER, "/account/mfa"),
            new Page(
                    "recovery codes refused",
                    Visitor.PROVIDER,
                    "/account/mfa",
                    "main form[action$=recovery-codes] button"),
            new Page("provider signed in", Visitor.PROVIDER, "/providers/{provider}"),
            new Page("dashboard", Visitor.PROVIDER, "/my/provider"),
            new Page("edit identity", Visitor.PROVIDER, "/my/provider/identity"),
            new Page("edit delivery", Visitor.PROVIDER, "/my/provider/delivery"),
            new Page("edit specialties", Visitor.PROVIDER, "/my/provider/specialties"),
            new Page("edit offers", Visitor.PROVIDER, "/my/provider/offers"),
            new Page("new offer", Visitor.PROVIDER, "/my/provider/offers/new"),
            new Page("edit offer with a scheduled rise", Visitor.PROVIDER, "/my/provider/offers/{offer}"),
            new Page("edit sla", Visitor.PROVIDER, "/my/provider/sla"),
            new Page("edit subcontracting", Visitor.PROVIDER, "/my/provider/subcontracting"),
            new Page("edit due diligence", Visitor.PROVIDER, "/my/provider/due-diligence"),
            new Page("edit compliance", Visitor.PROVIDER, "/my/provider/compliance"),
            new Page("company check", Visitor.PROVIDER, "/my/provider/company-check"),
            new Page("company check refused", Visitor.PROVIDER, "/my/provider/company-check", MAIN_SUBMIT),
            new Page("team", Visitor.PROVIDER, "/my/team"),
            new Page("clients", Visitor.PROVIDER, "/my/clients"),
            new Page("first profile", Visitor.NEW_PROVIDER, "/my/provider"),
            new Page("mfa required", Visitor.NEW_PROVIDER, "/account/mfa?required=true"),
            new Page("moderation queue", Visitor.MODERATOR, "/moderation"),
            new Page("claims queue", Visitor.MODERATOR, "/moderation/claims"),
            new Page("identity queue", Visitor.MODERATOR, "/moderation/identity"),
            new Page("audit log", Visitor.MODERATOR, "/moderation/security"),
            new Page("requirements", Visitor.SME, "/my/requirements"),
            new Page(
                    "requirements from the advisor",
                    Visitor.SME,
                    "/my/requirements/from-advisor?users=12&workstations=14&servers=1&needs=SUPPORT&needs=CLOUD"
                            + "&impact=BLOCKING&when=OFFICE_HOURS&when=WEEKENDS&regulated=HEALTH&strict=YES"
                            + "&projects=OCCASIONAL&skills=NONE&onSite=YES&department=38&subcontracting=NO&budget=800"),
            new Page("shortlists", Visitor.SME, "/my/shortlists"),
            new Page("shortlist", Visitor.SME, "/my/shortlists/{shortlist}"),
            new Page("add to a shortlist", Visitor.SME, "/my/shortlists/add?providerId={provider}&returnTo=%2F"),
            new Page(
                    "add to a shortlist refused",
                    Visitor.SME,
                    "/my/shortlists/add?providerId={provider}&returnTo=%2F",
                    "[data-testid=add-submit]"),
            new Page("shared shortlist", Visitor.ANONYMOUS, "/shared/shortlists/{shared}"),
            new Page("saved searches", Visitor.SME, "/my/saved-searches"),
            new Page("save a search", Visitor.SME, "/my/saved-searches/new?query=q%3Dsupport"),
            new Page("notifications", Visitor.SME, "/my/notifications"),
            new Page("notification mails", Visitor.SME, "/my/settings/notifications"),
            new Page("unsubscribe link not valid", Visitor.ANONYMOUS, "/unsubscribe/not-a-valid-link"));

    private AccessibilityPages() {}
}
