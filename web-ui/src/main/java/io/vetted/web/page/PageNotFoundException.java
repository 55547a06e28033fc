package io.vetted.web.page;

/** Thrown by a page handler when what the URL names does not exist; renders the 404 page. */
public class PageNotFoundException extends RuntimeException {

    public PageNotFoundException() {
        super(null, null, false, false);
    }
}
