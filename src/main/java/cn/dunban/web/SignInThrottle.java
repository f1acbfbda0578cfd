package cn.dunban.web;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client address over a sliding window
 * ({@link SignInProperties}); past the limit, that account's or address's sign-ins are refused without
 * looking at the password until enough failures have aged out. Every failure and every refusal is
 * logged with account and address. A success clears the account's failures.
 */
@Component
class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    /** Accounts and addresses tracked at most; beyond it the oldest-looking entries are dropped. */
    private static final int TRACKED = 100_000;

    private final SignInProperties props;
    private final LongSupplier clock;
    private final Map<String, Deque<Long>> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Deque<Long>> byAddress = new ConcurrentHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    SignInThrottle(SignInProperties props) {
        this(props, System::nanoTime);
    }

    SignInThrottle(SignInProperties props, LongSupplier clock) {
        this.props = props;
        this.clock = clock;
    }

    /** How long sign-ins of {@code account} from {@code address} are still refused, if they are. */
    Optional<Duration> refusal(String account, String address) {
        long now = clock.getAsLong();
        long wait = Math.max(waitFor(byAccount, account, props.maxFailuresPerAccount(), now),
                waitFor(byAddress, address, props.maxFailuresPerAddress(), now));
        return wait > 0 ? Optional.of(Duration.ofNanos(wait)) : Optional.empty();
    }

    void refused(String account, String address, Duration wait) {
        log.warn("登录被限流: 用户 {} 来自 {}，失败次数已达上限，{} 秒后再试", account, address, Math.max(1, wait.toSeconds()));
    }

    void failed(String account, String address) {
        long now = clock.getAsLong();
        int a = record(byAccount, account, now);
        int b = record(byAddress, address, now);
        log.warn("登录失败: 用户 {} 来自 {}（{} 分钟内该账号第 {} 次，该地址第 {} 次）", account, address,
                props.window().toMinutes(), a, b);
    }

    void succeeded(String account) {
        if (account != null) {
            byAccount.remove(account);
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent e) {
        failed(String.valueOf(e.getAuthentication().getName()), address(e.getAuthentication()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent e) {
        if (!byAccount.isEmpty()) {
            succeeded(e.getAuthentication().getName());
        }
    }

    private static String address(Authentication a) {
        return a.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "?";
    }

    private long waitFor(Map<String, Deque<Long>> map, String key, int max, long now) {
        if (key == null || max <= 0) {
            return 0;
        }
        Deque<Long> q = map.get(key);
        if (q == null) {
            return 0;
        }
        synchronized (q) {
            prune(q, now);
            if (q.size() < max) {
                return 0;
            }
            // Refused until enough of the failures have left the window for one more attempt.
            long oldestThatMustGo = q.stream().skip(q.size() - max).findFirst().orElse(now);
            return oldestThatMustGo + props.window().toNanos() - now;
        }
    }

    private int record(Map<String, Deque<Long>> map, String key, long now) {
        if (key == null) {
            return 0;
        }
        if (map.size() >= TRACKED) {
            map.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
            if (map.size() >= TRACKED) {
                map.clear();
            }
        }
        Deque<Long> q = map.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (q) {
            prune(q, now);
            q.addLast(now);
            return q.size();
        }
    }

    private void prune(Deque<Long> q, long now) {
        long window = props.window().toNanos();
        while (!q.isEmpty() && now - q.peekFirst() >= window) {
            q.removeFirst();
        }
    }
}
