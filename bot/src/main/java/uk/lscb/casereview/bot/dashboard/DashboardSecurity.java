package uk.lscb.casereview.bot.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Two filter chains (in a web application; the terminal chat has none). The dashboard's ({@code /board/**} and the
 * sign-in's own paths), only when sign-in is configured: every page needs a signed-in person (OpenID Connect login
 * through {@link LazyRegistration}), forms carry a CSRF token, the session is a cookie (secure, HTTP-only,
 * SameSite=Lax, timing out: see application.yml). Everything else keeps its own checks as before (the Teams token,
 * Slack's signatures, the administrator's bearer token in {@code CaseAccess}, local mode's {@code ?as=}): the second
 * chain, which has no filters, lets it through untouched, without a session or CSRF token (machine clients have
 * neither).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
public class DashboardSecurity {
    private static final Logger LOG = LoggerFactory.getLogger(DashboardSecurity.class);
    static final String SIGN_IN_PAGE = "/board/sign-in";
    static final String SIGNED_OUT_PAGE = "/board/signed-out";

    @Bean
    @Order(1)
    SecurityFilterChain dashboardChain(HttpSecurity http, Access access) throws Exception {
        if (access.mode() != Access.Mode.SIGN_IN) {
            // Nothing matches: /board is answered by the controller (404 when off, ?as= in local mode).
            return http.securityMatcher(request -> false).build();
        }
        LazyRegistration registration = new LazyRegistration(access.signIn().orElseThrow());
        return http.securityMatcher("/board", "/board/**", "/oauth2/**", "/login/oauth2/**", "/logout")
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(SIGN_IN_PAGE, SIGNED_OUT_PAGE).permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login.clientRegistrationRepository(registration)
                        .loginPage(SIGN_IN_PAGE)
                        .failureHandler(DashboardSecurity::signInFailed))
                .logout(logout -> logout.logoutSuccessUrl(SIGNED_OUT_PAGE))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .build();
    }

    /** A sign-in that did not work: logged in one line (the provider's error code, no token), the person asked to retry. */
    private static void signInFailed(HttpServletRequest request, HttpServletResponse response,
                                     AuthenticationException failure) throws IOException {
        LOG.warn("dashboard sign-in failed: {}", failure.getMessage());
        response.sendRedirect(request.getContextPath() + SIGN_IN_PAGE + "?problem");
    }

    /**
     * Everything else, with no filter at all: each endpoint makes its own checks, and Spring Security's filters (a
     * security context, an anonymous person, session and request-cache handling, a permit-all decision) cost a Teams
     * turn about 5% of its CPU for nothing those endpoints read. The firewall in front of every chain still applies.
     */
    @Bean
    @Order(2)
    SecurityFilterChain everythingElse() {
        return new DefaultSecurityFilterChain(AnyRequestMatcher.INSTANCE);
    }
}
