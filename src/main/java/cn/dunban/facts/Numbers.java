package cn.dunban.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers in messages as people write them: at most two decimals, no trailing zeros (5.1, 98.5, 3). */
final class Numbers {

    private Numbers() {
    }

    static String text(double d) {
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
