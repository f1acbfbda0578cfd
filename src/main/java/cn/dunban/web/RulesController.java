package cn.dunban.web;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.dunban.engine.RulebaseHolder;
import cn.dunban.input.InputError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code /api/rules}: which rulebase is serving, and reloading it. A reload that does not compile
 * leaves the running rulebase in place; its errors stay visible here as {@code file:line:column: code: message}
 * until a reload succeeds.
 */
@RestController
@Tag(name = "规则 rules", description = "规则库版本、编译错误与重新加载（POLICY）")
class RulesController {

    /**
     * A reload attempt; {@code errors} are empty when it compiled and passed its trial (the sample facts checked
     * without a rule failing); {@code changes} are the files added (+), changed (~) or removed (−).
     */
    record Reload(Instant at, String trigger, boolean ok, String version, String previousVersion, List<String> errors,
            List<String> changes, List<String> trial) {

        static Reload of(RulebaseHolder.Reload r) {
            return new Reload(r.at(), r.trigger(), r.ok(), r.version(), r.previousVersion(),
                    r.errors().stream().map(InputError::toString).toList(), r.changes(), r.trial());
        }
    }

    /** The serving rulebase; {@code errors} are the last reload's errors, if it failed; {@code history} newest first. */
    record Rules(String directory, String version, Instant loadedAt, List<String> files, List<String> warnings,
            List<String> errors, Reload lastReload, List<Reload> history) {
    }

    private final RulebaseHolder holder;
    private final RuleMetrics metrics;

    RulesController(RulebaseHolder holder, RuleMetrics metrics) {
        this.holder = holder;
        this.metrics = metrics;
    }

    @GetMapping("/api/rules")
    @Operation(summary = "正在使用的规则库：版本、文件，以及上次重新加载的编译错误（文件:行:列）")
    Rules rules() {
        RulebaseHolder.Status s = holder.status();
        Reload last = Reload.of(s.lastReload());
        return new Rules(s.directory().toString(), s.version(), s.loadedAt(), s.files(),
                s.warnings().stream().map(InputError::toString).toList(), last.errors(), last,
                holder.history().stream().map(Reload::of).toList());
    }

    @PostMapping("/api/rules/reload")
    @Operation(summary = "重新编译规则目录；编译通过且样例事实试运行无规则出错才替换，否则继续使用原规则库并返回 422 与错误位置")
    Rules reload(Authentication user) {
        RulebaseHolder.Reload r = holder.reload("api:" + user.getName());
        metrics.reloaded(r);
        if (!r.ok()) {
            // each fault's field is the rule file (as clients have always read it), its code the kind of error
            List<ApiProblem.Fault> faults = r.errors().stream()
                    .map(e -> new ApiProblem.Fault(e.file(), e.line(), e.column(), e.code(), e.toString()))
                    .toList();
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "rules-do-not-compile",
                    "新规则库未能启用（编译或试运行出错），继续使用版本 " + r.version(), faults).with("version", r.version());
        }
        return rules();
    }
}
