package uk.lscb.casereview.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's browser for the sign-in ITs: follows no redirect by itself, keeps the application's cookies (only
 * those, whatever their Secure flag: the tests speak plain HTTP on loopback) and shows every response.
 */
final class Browser {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String app;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final java.util.List<String> setCookies = new java.util.ArrayList<>();

    Browser(int port) {
        this.app = "http://127.0.0.1:" + port;
    }

    record Page(int status, String body, Optional<String> location) {
    }

    String app() {
        return app;
    }

    /** Every Set-Cookie header the application sent. */
    List<String> setCookies() {
        return setCookies;
    }

    Page get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
    }

    Page post(String path, String form) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Follows redirects from {@code pathOrUrl} (across the provider and back) to the first page that is not one. */
    Page open(String pathOrUrl) {
        Page page = get(pathOrUrl);
        for (int hops = 0; hops < 10 && page.location().isPresent(); hops++) {
            page = get(page.location().get());
        }
        return page;
    }

    /** The sign-out form's CSRF token on a page. */
    static String csrf(Page page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return matcher.group(1);
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : app + pathOrUrl);
    }

    private Page send(HttpRequest.Builder request) {
        URI uri = request.build().uri();
        boolean toApp = (uri.getScheme() + "://" + uri.getAuthority()).equals(app);
        if (toApp && !cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList()));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (toApp) {
                for (String header : response.headers().allValues("Set-Cookie")) {
                    setCookies.add(header);
                    String pair = header.split(";", 2)[0];
                    int equals = pair.indexOf('=');
                    cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
                }
            }
            assertThat(response.body()).doesNotContain("at uk.lscb", "Exception");
            Optional<String> location = response.headers().firstValue("Location")
                    .map(to -> to.startsWith("/") ? app + to : to);
            return new Page(response.statusCode(), response.body(), location);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
