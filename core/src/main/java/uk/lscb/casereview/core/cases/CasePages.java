package uk.lscb.casereview.core.cases;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import uk.lscb.casereview.core.messages.PageLink;
import uk.lscb.casereview.core.refs.BoardId;
import uk.lscb.casereview.core.refs.CaseReference;

/**
 * Where a case's page is on the board dashboard ({@code <dashboard>/board/cases/{reference}?board=…}), for the link
 * "Open the case page" that messages naming the case carry; without the dashboard's address, no link.
 */
public final class CasePages {
    /** What the link says. */
    public static final String LABEL = "Open the case page";
    /** No dashboard address: messages carry no link. */
    public static final CasePages NONE = new CasePages(Optional.empty());

    private final Optional<String> dashboard;

    /** @param dashboard the dashboard's address, e.g. {@code https://casereview.example.org}; blank: none */
    public CasePages(Optional<String> dashboard) {
        this.dashboard = dashboard.map(String::strip).filter(address -> !address.isEmpty())
                .map(address -> address.endsWith("/") ? address.substring(0, address.length() - 1) : address);
    }

    public Optional<PageLink> of(BoardId board, CaseReference reference) {
        return dashboard.map(address -> new PageLink(LABEL, address + "/board/cases/"
                + reference.inAddress() + "?board="
                + URLEncoder.encode(board.value(), StandardCharsets.UTF_8)));
    }

    public Optional<PageLink> of(CaseRecord record) {
        return of(record.board(), record.reference());
    }
}
