package cn.dunban.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import cn.dunban.engine.RulebaseHolder;
import cn.dunban.engine.RulesWatcher;

/** Runs the {@link RulesWatcher} while the service runs, unless {@code dunban.rules-poll} is zero. */
@Component
class RulesWatching implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RulesWatching.class);

    private final RulebaseHolder holder;
    private final DunbanProperties props;
    private final RuleMetrics metrics;
    private RulesWatcher watcher;

    RulesWatching(RulebaseHolder holder, DunbanProperties props, RuleMetrics metrics) {
        this.holder = holder;
        this.props = props;
        this.metrics = metrics;
    }

    @Override
    public synchronized void start() {
        if (props.rulesPoll().isZero() || props.rulesPoll().isNegative()) {
            log.info("规则目录监视已关闭（dunban.rules-poll=0）；用 POST /api/rules/reload 重新加载");
            return;
        }
        watcher = new RulesWatcher(holder, props.rulesPoll(), metrics::reloaded).start();
        log.info("监视规则目录 {}，每 {} 查看一次", holder.directory(), props.rulesPoll());
    }

    @Override
    public synchronized void stop() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return watcher != null;
    }
}
