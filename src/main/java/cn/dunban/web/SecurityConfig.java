package cn.dunban.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.Target;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what, on two filter chains over the same users of {@code DUNBAN_USERS}.
 * <ul>
 * <li>The API ({@code /api/**}, the OpenAPI description, Swagger UI, actuator): HTTP Basic, no sessions
 * (any instance behind a load balancer answers any request), no CSRF tokens (no cookie is ever honoured
 * there, so another site cannot borrow one), 401 and 403 as JSON problems.</li>
 * <li>The pages (everything else): a sign-in form at {@code /login}, a session cookie, CSRF tokens on every
 * form, sign-out at {@code POST /logout}; a browser that is not signed in is sent to {@code /login}.</li>
 * </ul>
 * Both chains authenticate through the one {@link AuthenticationManager} bean, so whatever checks a
 * password (a throttle on failed sign-ins, a cache of verified credentials) is added in one place, by
 * replacing or wrapping {@link #authenticationManager}; a refusal it throws as an
 * {@link org.springframework.security.core.AuthenticationException} with a Chinese message is shown on
 * the sign-in page as it is worded ({@link SignInFailure}).
 * Officers run checks and read everything; units submit reports (which targets, the report controller
 * and the unit's desk decide); policy staff manage rules.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    /** Paths served to API clients; every other path is a page. */
    static final String[] API_PATHS = {"/api/**", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
        "/swagger-ui.html", "/swagger-ui/**", "/actuator/**"};

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, JsonMapper json, AuthenticationManager manager, SignInThrottle throttle)
            throws Exception {
        SecurityProblems problems = new SecurityProblems(json);
        http.securityMatcher(API_PATHS)
                .authenticationManager(manager)
                .addFilterBefore(new SignInThrottleFilter(throttle, json), BasicAuthenticationFilter.class)
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.realmName("dunban").authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll() // refusals as problems: ProblemErrorController
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/api/checks", "/api/checks/**").hasRole("OFFICER")
                        .requestMatchers("/api/reports", "/api/reports/**").hasAnyRole("OFFICER", "UNIT")
                        .requestMatchers("/api/facts", "/api/facts/**", "/api/ledger").hasAnyRole("OFFICER", "UNIT")
                        .requestMatchers(HttpMethod.POST, "/api/rules/reload").hasRole("POLICY")
                        .requestMatchers(HttpMethod.GET, "/api/rules").hasAnyRole("POLICY", "OFFICER")
                        .requestMatchers("/api/rules/**").hasRole("POLICY")
                        .anyRequest().authenticated());
        return http.build();
    }

    /**
     * The pages. {@code /} lets every signed-in user in and sends units and policy staff on to their own
     * desks; the officer's pages are for officers, {@code /my} for units, {@code /rules} for policy staff
     * (officers may read it; only policy staff preview an edited rules directory). HTTP Basic is accepted here too, so a script may fetch a page or an export.
     */
    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager manager) throws Exception {
        http.authenticationManager(manager)
                .formLogin(f -> f.loginPage("/login").successHandler(new SignInLanding())
                        .failureHandler(new SignInFailure()).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessHandler(signedOut()).permitAll())
                .httpBasic(b -> b.realmName("dunban"))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .headers(h -> h.frameOptions(f -> f.deny()))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers("/my", "/my/**").hasRole("UNIT")
                        .requestMatchers("/rules/diff").hasRole("POLICY")
                        .requestMatchers("/rules", "/rules/**").hasAnyRole("POLICY", "OFFICER")
                        .requestMatchers("/").authenticated()
                        .anyRequest().hasRole("OFFICER"));
        return http.build();
    }

    /** Back to the form after signing out, whatever the browser says it accepts. */
    private static SimpleUrlLogoutSuccessHandler signedOut() {
        SimpleUrlLogoutSuccessHandler h = new SimpleUrlLogoutSuccessHandler();
        h.setDefaultTargetUrl("/login?logout");
        return h;
    }

    /**
     * The one place a user name and password are checked, for the API and the sign-in form alike. It
     * publishes every success and failure, so that sign-in throttling ({@link SignInThrottle}) counts both.
     */
    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
            AuthenticationEventPublisher events) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    /** BCrypt, with verified credentials remembered so that API requests do not pay for it each time. */
    @Bean
    PasswordEncoder passwordEncoder(SignInProperties signIn) {
        return new VerifiedCredentials(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                signIn.credentialCacheSize(), signIn.credentialCacheTtl());
    }

    @Bean
    UserDetailsService users(DunbanProperties props, PasswordEncoder encoder, Catalog catalog) {
        String spec = props.users() == null ? "" : props.users();
        if (props.demo()) {
            log.warn("演示模式：启用公开的演示账号 {} —— 任何人都能登录，切勿用于生产", Users.DEMO.replaceAll(":[^:;]+:", ":***:"));
            spec = spec.isBlank() ? Users.DEMO : Users.DEMO + ";" + spec;
        } else if (spec.isBlank()) {
            throw new IllegalArgumentException("未设置 DUNBAN_USERS（格式 姓名:密码:OFFICER|POLICY 或 姓名:密码:UNIT:单位名称），"
                    + "服务不启动；试用请加 --demo");
        }
        List<Account> accounts = Users.parse(spec, encoder);
        accounts.forEach(a -> warnAboutUnit(a, catalog));
        log.info("用户: {}", accounts.stream().map(Account::toString).collect(Collectors.joining(", ")));
        Map<String, Account> byName = accounts.stream().collect(Collectors.toMap(Account::username, a -> a));
        return name -> {
            Account a = byName.get(name);
            if (a == null) {
                throw new UsernameNotFoundException(name);
            }
            return a;
        };
    }

    /** A unit name that leads nothing is most likely a typo; one that leads in several places may need {@code @辖区}. */
    private static void warnAboutUnit(Account a, Catalog catalog) {
        if (a.role() != Role.UNIT) {
            return;
        }
        Set<String> places = new java.util.TreeSet<>();
        for (Target t : catalog.targets()) {
            if (a.mayReportOn(t)) {
                places.add(t.jurisdiction());
            }
        }
        if (places.isEmpty()) {
            log.warn("用户 {} 的单位“{}”在目录中不牵头任何目标（单位名称须与目录 leadUnits 一字不差）", a.username(), a.unitLabel());
        } else if (places.size() > 1 && a.jurisdiction() == null) {
            log.warn("用户 {} 的单位“{}”在 {} 都牵头目标；如只代表其中一地，请写作 {}@辖区", a.username(), a.unit(), places,
                    a.unit());
        }
    }

    /** 401 and 403 as problems, like every other refusal; 401 asks for HTTP Basic. */
    static final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

        private final JsonMapper json;

        SecurityProblems(JsonMapper json) {
            this.json = json;
        }

        @Override
        public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
                throws IOException {
            response.setHeader("WWW-Authenticate", "Basic realm=\"dunban\", charset=\"UTF-8\"");
            write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", "需要登录",
                    "请用 HTTP Basic 提供 DUNBAN_USERS 中的用户名和密码");
        }

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
                throws IOException {
            write(request, response, HttpStatus.FORBIDDEN, "forbidden", "无权操作",
                    "当前用户的角色不能 " + request.getMethod() + " " + request.getRequestURI());
        }

        private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
                String title, String detail) throws IOException {
            ApiProblem.write(request, response, json, status, type, title, detail);
        }
    }
}
