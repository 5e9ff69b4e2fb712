package uk.lscb.casereview.core.messages;

import java.util.Objects;

/** A link a message carries to a web page (the dashboard's page of the case it names): what it says and where. */
public record PageLink(String label, String url) {
    public PageLink {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw new IllegalArgumentException("a page link is an http(s) address: " + url);
        }
    }
}
