package cn.dunban.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import cn.dunban.checking.WarmChecks;
import cn.dunban.engine.Checker;
import cn.dunban.engine.RulebaseHolder;
import cn.dunban.scope.Scope;
import cn.dunban.status.StatusBoard;
import cn.dunban.status.StatusReport;

/**
 * The status board from stored facts, for {@code GET /api/status} and the pages: every target in scope with its
 * light, as {@code dunban status} gives it for a facts file. Who sees what: an officer every target; a unit only
 * the targets it leads (in its jurisdiction, when its account names one) — asking for another unit's is refused.
 */
@Component
public class Statuses {

    private final RulebaseHolder rules;
    private final Checks checks;
    private final WarmChecks warm;

    Statuses(RulebaseHolder rules, Checks checks, WarmChecks warm) {
        this.rules = rules;
        this.checks = checks;
        this.warm = warm;
    }

    /**
     * The board at {@code asOf} (today in China when null) in {@code scope}, from the stored facts: read from the
     * warm sessions of stored checks when they can serve that date (a medium province's board in 1.3–2.6 s, against
     * 9–19 s afresh), else from a fresh check of the store as of that date. Like a stored check, a board for a later
     * date moves the sessions forward to it.
     */
    public StatusReport board(LocalDate asOf, Scope scope) {
        LocalDate date = asOf != null ? asOf : checks.today();
        Optional<Checker.Derived> derived = warm.derive(date, StatusBoard.REQUESTS, StatusBoard.KINDS);
        if (derived.isPresent()) {
            return StatusBoard.from(derived.get(), rules.catalog(), date, scope);
        }
        return StatusBoard.of(rules.checker(), checks.storedFacts(date), date, scope);
    }

    /**
     * The scope a user may see of what they asked for: an officer's request as it is; a unit's narrowed to its
     * own lead unit (and jurisdiction). A unit that names another unit or jurisdiction gets 403, not an empty
     * board, so that it knows why.
     */
    public Scope allowed(Account user, Scope asked) {
        return switch (user.role()) {
            case OFFICER -> asked;
            case POLICY -> throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "无权访问",
                    List.of(ApiProblem.Fault.of("role", "forbidden", "状态台账供督查室（OFFICER）和责任单位（UNIT）查看")));
            case UNIT -> unitScope(user, asked);
        };
    }

    private static Scope unitScope(Account user, Scope asked) {
        List<ApiProblem.Fault> faults = new ArrayList<>();
        if (!asked.units().isEmpty() && !asked.units().equals(java.util.Set.of(user.unit()))) {
            faults.add(ApiProblem.Fault.of("unit", "not-your-unit", "单位账号只能查看本单位（" + user.unit() + "）牵头的目标"));
        }
        java.util.Set<String> places = asked.jurisdictions();
        if (user.jurisdiction() != null) {
            if (!places.isEmpty() && !places.equals(java.util.Set.of(user.jurisdiction()))) {
                faults.add(ApiProblem.Fault.of("jurisdiction", "not-your-jurisdiction",
                        "单位账号只能查看本地区（" + user.jurisdiction() + "）的目标"));
            }
            places = java.util.Set.of(user.jurisdiction());
        }
        if (!faults.isEmpty()) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "无权访问", faults);
        }
        return new Scope(asked.documents(), places, java.util.Set.of(user.unit()));
    }
}
