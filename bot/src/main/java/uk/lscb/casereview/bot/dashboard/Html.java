package uk.lscb.casereview.bot.dashboard;

import java.util.List;
import java.util.Optional;
import uk.lscb.casereview.core.messages.Fact;

/**
 * The dashboard's pages as well-formed XHTML (so the annual report's PDF is made from the very same markup), on
 * GOV.UK Frontend's styles. Every text that is not markup goes through {@link #text}.
 */
final class Html {
    private Html() {
    }

    /** Text escaped for an element's content or an attribute's value. */
    static String text(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    static String h(int level, String size, String words) {
        return "<h" + level + " class=\"govuk-heading-" + size + "\">" + text(words) + "</h" + level + ">\n";
    }

    static String p(String words) {
        return "<p class=\"govuk-body\">" + text(words) + "</p>\n";
    }

    static String link(String href, String words) {
        return "<a class=\"govuk-link\" href=\"" + text(href) + "\">" + text(words) + "</a>";
    }

    /** A summary list of label and value lines. */
    static String facts(List<Fact> facts) {
        StringBuilder out = new StringBuilder("<dl class=\"govuk-summary-list\">\n");
        for (Fact fact : facts) {
            out.append("<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">")
                    .append(text(fact.label())).append("</dt><dd class=\"govuk-summary-list__value\">")
                    .append(text(fact.value())).append("</dd></div>\n");
        }
        return out.append("</dl>\n").toString();
    }

    /**
     * A table with a caption, its header cells and rows of cells already marked up (use {@link #text} for words);
     * a number column's cells are right-aligned as GOV.UK tables do.
     */
    static String table(String caption, List<String> headers, List<List<String>> rows, List<Integer> numeric) {
        StringBuilder out = new StringBuilder("<table class=\"govuk-table\">\n<caption class=\"govuk-table__caption "
                + "govuk-table__caption--s\">").append(text(caption)).append("</caption>\n<thead class=\"govuk-table__head\">"
                + "<tr class=\"govuk-table__row\">");
        for (int i = 0; i < headers.size(); i++) {
            out.append("<th scope=\"col\" class=\"govuk-table__header")
                    .append(numeric.contains(i) ? " govuk-table__header--numeric" : "").append("\">")
                    .append(text(headers.get(i))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody class=\"govuk-table__body\">\n");
        for (List<String> row : rows) {
            out.append("<tr class=\"govuk-table__row\">");
            for (int i = 0; i < row.size(); i++) {
                String tag = i == 0 ? "th scope=\"row\"" : "td";
                out.append('<').append(tag).append(" class=\"govuk-table__").append(i == 0 ? "header" : "cell")
                        .append(numeric.contains(i) ? " govuk-table__cell--numeric" : "").append("\">")
                        .append(row.get(i)).append("</").append(i == 0 ? "th" : "td").append('>');
            }
            out.append("</tr>\n");
        }
        return out.append("</tbody>\n</table>\n").toString();
    }

    /**
     * A whole page: GOV.UK header, an optional line saying who is signed in with a sign-out button (a form posting
     * its CSRF token) or the local mode warning, and the main content.
     */
    static String page(String title, Optional<String> who, Optional<Form> signOut, boolean localMode, String main) {
        return page(title, who, signOut, localMode, List.of(), main);
    }

    /** A dashboard page: as {@link #page(String, Optional, Optional, boolean, String)}, with the service's navigation. */
    static String page(String title, Optional<String> who, Optional<Form> signOut, boolean localMode,
                       List<NavLink> navigation, String main) {
        StringBuilder out = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en-GB" class="govuk-template">
                <head>
                <meta charset="utf-8"/>
                <title>""").append(text(title)).append(" - Case Review Assistant</title>\n").append("""
                <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"/>
                <link rel="icon" href="/assets/images/favicon.ico" sizes="48x48"/>
                <link rel="stylesheet" href="/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css"/>
                <link rel="stylesheet" href="/board.css"/>
                </head>
                <body class="govuk-template__body">
                <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
                <header class="govuk-header" role="banner">
                <div class="govuk-header__container govuk-width-container">
                <div class="govuk-header__content">
                <span class="govuk-header__service-name">Case Review Assistant: board dashboard</span>
                </div></div></header>
                """);
        if (!navigation.isEmpty()) {
            out.append("<section aria-label=\"Service information\" class=\"govuk-service-navigation\">"
                    + "<div class=\"govuk-width-container\"><div class=\"govuk-service-navigation__container\">"
                    + "<nav aria-label=\"Menu\" class=\"govuk-service-navigation__wrapper\">"
                    + "<ul class=\"govuk-service-navigation__list\" id=\"navigation\">\n");
            for (NavLink link : navigation) {
                out.append("<li class=\"govuk-service-navigation__item").append(link.current()
                        ? " govuk-service-navigation__item--active" : "").append("\"><a class=\"govuk-service-"
                        + "navigation__link\" href=\"").append(text(link.href())).append('"')
                        .append(link.current() ? " aria-current=\"page\"><strong class=\"govuk-service-navigation__"
                        + "active-fallback\">" + text(link.words()) + "</strong>" : ">" + text(link.words()))
                        .append("</a></li>\n");
            }
            out.append("</ul></nav></div></div></section>\n");
        }
        out.append("<div class=\"govuk-width-container\">\n");
        if (localMode) {
            out.append("""
                    <div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span>
                    <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span>Local mode:
                    not for real cases.</strong></div>
                    """);
        }
        if (who.isPresent() || signOut.isPresent()) {
            out.append("<div class=\"board-who\" role=\"region\" aria-label=\"Your account\">");
            who.ifPresent(name -> out.append("<p class=\"govuk-body-s\">").append(text(name)).append("</p>"));
            signOut.ifPresent(form -> out.append(form.html()));
            out.append("</div>\n");
        }
        out.append("<main class=\"govuk-main-wrapper\" id=\"main-content\" role=\"main\">\n").append(main)
                .append("</main>\n</div>\n</body>\n</html>\n");
        return out.toString();
    }

    /** A link of the service's navigation; {@code current} on the page it leads to. */
    record NavLink(String href, String words, boolean current) {
    }

    /** A form's markup. */
    record Form(String html) {
        /** A POST form with one button and its CSRF token. */
        static Form post(String action, String button, String csrfName, String csrfToken) {
            return new Form("<form method=\"post\" action=\"" + text(action) + "\" class=\"board-inline\">"
                    + "<input type=\"hidden\" name=\"" + text(csrfName) + "\" value=\"" + text(csrfToken) + "\"/>"
                    + "<button type=\"submit\" class=\"govuk-button govuk-button--secondary\" data-module=\"govuk-button\">"
                    + text(button) + "</button></form>");
        }
    }
}
