package cn.dunban.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import cn.dunban.engine.RulebaseHolder;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Every rule reload, whoever triggered it, is logged and counted here; the {@code rules} health entry
 * shows the running version and whether the last reload failed (the service stays UP: it keeps
 * checking with the last good rulebase).
 */
@Component("rules")
class RuleMetrics implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(RuleMetrics.class);

    private final RulebaseHolder holder;
    private final MeterRegistry registry;

    RuleMetrics(RulebaseHolder holder, MeterRegistry registry) {
        this.holder = holder;
        this.registry = registry;
        Gauge.builder("dunban.rules.reload.failed", holder, h -> h.status().lastReload().ok() ? 0 : 1)
                .description("1 while the rules directory does not compile and the last good rulebase is serving")
                .register(registry);
    }

    void reloaded(RulebaseHolder.Reload r) {
        registry.counter("dunban.rules.reloads", "trigger", r.trigger().startsWith("api") ? "api" : r.trigger(),
                "result", r.ok() ? "swapped" : "failed").increment();
        if (r.ok()) {
            log.info("规则库已重新加载（{}）: 版本 {} → {}", r.trigger(), r.previousVersion(), r.version());
        } else {
            log.warn("新规则库未能启用（{}：编译或试运行出错），继续使用版本 {}: {}", r.trigger(), r.version(), r.errors());
        }
    }

    @Override
    public Health health() {
        var s = holder.status();
        Health.Builder b = Health.up().withDetail("version", s.version()).withDetail("files", s.files().size())
                .withDetail("lastReloadOk", s.lastReload().ok());
        if (!s.lastReload().ok()) {
            b.withDetail("errors", s.lastReload().errors().stream().map(Object::toString).toList());
        }
        return b.build();
    }
}
