package cn.dunban.catalog.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dunban.catalog.Strength;

/**
 * How firmly a clause commits (docs/catalog.md): 确保/严格/必须 bind; 力争/争取/争创 aspire; anything else
 * is plain. A word governs the clause it stands in (up to the next ，or 。), with its 、-joined items —
 * the caller passes that clause. The word nearest before the number wins ("确保…，力争…" are two
 * clauses anyway); a word after it counts too ("5家企业争创…"). A 约束性 indicator binds by its kind
 * (domain notes §1). 不低于/不少于/控制在 bind the number they bound: the caller checks them next to it, so that
 * "按照每百户不低于30平方米的要求" does not make its clause binding.
 */
final class StrengthReader {

    private static final Pattern WORDS = Pattern.compile("(确保|严格|必须|约束性)|(力争|争取|争创)");

    Strength read(String clause, int at) {
        Strength before = null;
        Strength after = null;
        Matcher m = WORDS.matcher(clause);
        while (m.find()) {
            Strength s = m.group(1) != null ? Strength.BINDING : Strength.ASPIRATIONAL;
            if (m.start() <= at) {
                before = s;
            } else if (after == null) {
                after = s;
            }
        }
        if (before != null) {
            return before;
        }
        return after != null ? after : Strength.PLAIN;
    }
}
