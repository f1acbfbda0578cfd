package cn.dunban.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The verified-credential cache, the sign-in throttle and the exact Origin comparison, on their own. */
class SignInHardeningTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    /** BCrypt, counting how often it is asked. */
    private static final class Counting implements PasswordEncoder {
        final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        final AtomicInteger matches = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            matches.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    }

    @Test
    void aVerifiedCredentialIsNotCheckedWithBCryptAgainUntilItExpires() {
        Counting bcrypt = new Counting();
        VerifiedCredentials cache = new VerifiedCredentials(bcrypt, 100, Duration.ofMinutes(10), now::get);
        String hash = cache.encode("secret");
        assertThat(cache.matches("secret", hash)).isTrue();
        assertThat(cache.matches("secret", hash)).isTrue();
        assertThat(bcrypt.matches).hasValue(1);
        // A wrong password is never remembered, always checked.
        assertThat(cache.matches("guess", hash)).isFalse();
        assertThat(cache.matches("guess", hash)).isFalse();
        assertThat(bcrypt.matches).hasValue(3);
        // Another hash (a changed password) is another key.
        assertThat(cache.matches("secret", cache.encode("other"))).isFalse();
        now.addAndGet(Duration.ofMinutes(11).toNanos());
        assertThat(cache.matches("secret", hash)).isTrue();
        assertThat(bcrypt.matches).hasValue(5);
    }

    @Test
    void theCacheStaysWithinItsBound() {
        Counting bcrypt = new Counting();
        VerifiedCredentials cache = new VerifiedCredentials(bcrypt, 3, Duration.ofMinutes(10), now::get);
        for (int i = 0; i < 10; i++) {
            String p = "p" + i;
            assertThat(cache.matches(p, cache.encode(p))).isTrue();
        }
        assertThat(cache.size()).isLessThanOrEqualTo(3);
    }

    @Test
    void aCachedCheckTakesMicroseconds() {
        VerifiedCredentials cache = new VerifiedCredentials(new BCryptPasswordEncoder(), 100, Duration.ofMinutes(10));
        String hash = cache.encode("secret");
        cache.matches("secret", hash);
        int n = 20_000;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            cache.matches("secret", hash);
        }
        double microsEach = (System.nanoTime() - t0) / 1000.0 / n;
        assertThat(microsEach).as("µs per cached check").isLessThan(500);
    }

    @Test
    void failuresPastTheLimitHoldBackTheAccountAndTheAddressUntilTheyAgeOut() {
        SignInProperties p = new SignInProperties(3, 5, Duration.ofMinutes(15), 100, Duration.ofMinutes(10));
        SignInThrottle t = new SignInThrottle(p, now::get);
        for (int i = 0; i < 3; i++) {
            assertThat(t.refusal("a", "10.0.0.1")).isEmpty();
            t.failed("a", "10.0.0.1");
        }
        assertThat(t.refusal("a", "10.0.0.2")).hasValueSatisfying(d -> assertThat(d).isPositive());
        assertThat(t.refusal("b", "10.0.0.2")).isEmpty();
        // The address: five failures over any accounts.
        t.failed("b", "10.0.0.1");
        t.failed("c", "10.0.0.1");
        assertThat(t.refusal("d", "10.0.0.1")).isPresent();
        now.addAndGet(Duration.ofMinutes(16).toNanos());
        assertThat(t.refusal("a", "10.0.0.1")).isEmpty();
        // A success clears the account's failures.
        t.failed("e", "10.0.0.9");
        t.failed("e", "10.0.0.9");
        t.succeeded("e");
        t.failed("e", "10.0.0.9");
        assertThat(t.refusal("e", "10.0.0.8")).isEmpty();
    }

    @Test
    void theSameOriginIsTheSameSchemeHostAndPort() {
        assertThat(CrossSiteRequestFilter.sameOrigin("http://127.0.0.1:8080", "http", "127.0.0.1", 8080)).isTrue();
        assertThat(CrossSiteRequestFilter.sameOrigin("http://LOCALHOST:8080", "http", "localhost", 8080)).isTrue();
        assertThat(CrossSiteRequestFilter.sameOrigin("https://dunban.example", "https", "dunban.example", 443)).isTrue();
        assertThat(CrossSiteRequestFilter.sameOrigin("http://[::1]:8080", "http", "[::1]", 8080)).isTrue();
        assertThat(CrossSiteRequestFilter.sameOrigin("http://127.0.0.1:9999", "http", "127.0.0.1", 8080)).isFalse();
        assertThat(CrossSiteRequestFilter.sameOrigin("https://127.0.0.1:8080", "http", "127.0.0.1", 8080)).isFalse();
        assertThat(CrossSiteRequestFilter.sameOrigin("http://127.0.0.1", "http", "127.0.0.1", 8080)).isFalse();
        assertThat(CrossSiteRequestFilter.sameOrigin("null", "http", "127.0.0.1", 8080)).isFalse();
        assertThat(CrossSiteRequestFilter.sameOrigin("http://127.0.0.1:8080/x", "http", "127.0.0.1", 8080)).isFalse();
    }
}
