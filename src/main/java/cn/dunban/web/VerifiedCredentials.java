package cn.dunban.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * API clients send their password with every request (HTTP Basic), and BCrypt takes some 70 ms of CPU
 * to check it: two cores would then serve about 25 requests a second. So a password once verified
 * against a hash is remembered — as an HMAC of password and hash under a key made at start-up and
 * never stored, so the cache holds nothing a stolen memory dump could be brute-forced from faster than
 * the BCrypt hashes themselves — and checked again in microseconds, for {@code ttl}. Only successes
 * are remembered; a wrong password always pays for BCrypt, and sign-in throttling limits how often.
 * The cache is bounded: when full, expired entries go first, then arbitrary ones.
 */
final class VerifiedCredentials implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final int capacity;
    private final long ttlNanos;
    private final LongSupplier clock;
    private final byte[] key = new byte[32];
    private final Map<String, Long> verified = new ConcurrentHashMap<>();

    VerifiedCredentials(PasswordEncoder delegate, int capacity, Duration ttl) {
        this(delegate, capacity, ttl, System::nanoTime);
    }

    VerifiedCredentials(PasswordEncoder delegate, int capacity, Duration ttl, LongSupplier clock) {
        this.delegate = delegate;
        this.capacity = capacity;
        this.ttlNanos = ttl.toNanos();
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    @Override
    public String encode(CharSequence raw) {
        return delegate.encode(raw);
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
        if (raw == null || encoded == null || capacity <= 0) {
            return delegate.matches(raw, encoded);
        }
        String k = mac(raw, encoded);
        long now = clock.getAsLong();
        Long until = verified.get(k);
        if (until != null && now - until < 0) {
            return true;
        }
        boolean ok = delegate.matches(raw, encoded);
        if (ok) {
            makeRoom(now);
            verified.put(k, now + ttlNanos);
        } else if (until != null) {
            verified.remove(k);
        }
        return ok;
    }

    @Override
    public boolean upgradeEncoding(String encoded) {
        return delegate.upgradeEncoding(encoded);
    }

    int size() {
        return verified.size();
    }

    private void makeRoom(long now) {
        if (verified.size() < capacity) {
            return;
        }
        verified.values().removeIf(until -> now - until >= 0);
        Iterator<String> it = verified.keySet().iterator();
        while (verified.size() >= capacity && it.hasNext()) {
            it.next();
            it.remove();
        }
    }

    private String mac(CharSequence raw, String encoded) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(raw.toString().getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(encoded.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
