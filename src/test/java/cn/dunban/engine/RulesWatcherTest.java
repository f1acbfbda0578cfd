package cn.dunban.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher reloads a change once it has settled, once, and not while it is still changing. */
class RulesWatcherTest {

    @TempDir
    Path rules;

    @Test
    void reloadsOnceAChangeHasSettled() throws IOException {
        RulebaseHolderTest.write(rules, "a/a.drl", RulebaseHolderTest.probe("a", "一"));
        RulebaseHolder holder = new RulebaseHolder(rules, RulebaseHolderTest.EMPTY);
        List<RulebaseHolder.Reload> reloads = new ArrayList<>();
        RulesWatcher watcher = new RulesWatcher(holder, Duration.ofHours(1), reloads::add).start();
        try {
            watcher.poll();
            assertThat(reloads).as("nothing changed").isEmpty();

            RulebaseHolderTest.write(rules, "b/b.drl", RulebaseHolderTest.probe("b", "二"));
            watcher.poll();
            assertThat(reloads).as("seen, but may still be changing").isEmpty();
            RulebaseHolderTest.write(rules, "b/b.drl", RulebaseHolderTest.probe("b", "二二"));
            watcher.poll();
            assertThat(reloads).as("changed again").isEmpty();
            watcher.poll();
            assertThat(reloads).singleElement().satisfies(r -> {
                assertThat(r.trigger()).isEqualTo("watcher");
                assertThat(r.ok()).isTrue();
            });
            assertThat(RulebaseHolderTest.messages(holder.checker())).containsExactly("一", "二二");
            watcher.poll();
            assertThat(reloads).as("reloaded once").hasSize(1);

            RulebaseHolderTest.write(rules, "c/c.drl", "package c;\nrule \"坏\" when then x( end\n");
            watcher.poll();
            watcher.poll();
            assertThat(reloads).hasSize(2);
            assertThat(reloads.get(1).ok()).isFalse();
            watcher.poll();
            assertThat(reloads).as("a broken state is not compiled over and over").hasSize(2);
        } finally {
            watcher.close();
        }
    }
}
