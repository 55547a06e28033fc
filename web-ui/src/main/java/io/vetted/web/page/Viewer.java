package io.vetted.web.page;

/** Who is looking at the page, as their token says. */
public record Viewer(String accountId, String name, String role) {

    public boolean isProvider() {
        return "PROVIDER".equals(role);
    }

    public boolean isSme() {
        return "SME".equals(role);
    }
}
