package cn.dunban.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class FindingsReportTest {

    @Test
    void idsCompareByTheirNumericParts() {
        List<String> ids = new ArrayList<>(List.of("JN2023-9-10", "JN2023-9-2", "JN2023-10-1", "HZ2023-1-1",
                "JN2023@370801-9-2", "JN2023-9", "P-370801-007", "P-370801-7"));
        ids.sort(FindingsReport::naturalOrder);
        assertThat(ids).containsExactly("HZ2023-1-1", "JN2023-9", "JN2023-9-2", "JN2023-9-10", "JN2023-10-1",
                "JN2023@370801-9-2", "P-370801-007", "P-370801-7");
    }

    @Test
    void theInPlaceComparisonAgreesWithSplittingTheIds() {
        Random rng = new Random(3);
        String[] pieces = {"JN2023", "HZ2023@3708", "0", "7", "007", "12", "x", "", "9", "10", "a1"};
        for (int i = 0; i < 20_000; i++) {
            String a = id(rng, pieces);
            String b = id(rng, pieces);
            assertThat(Integer.signum(FindingsReport.naturalOrder(a, b))).as(a + " vs " + b)
                    .isEqualTo(Integer.signum(bySplitting(a, b)));
        }
    }

    private static String id(Random rng, String[] pieces) {
        StringBuilder b = new StringBuilder();
        int n = 1 + rng.nextInt(4);
        for (int k = 0; k < n; k++) {
            b.append(k > 0 ? "-" : "").append(pieces[rng.nextInt(pieces.length)]);
        }
        return b.toString();
    }

    /** The order as first written: split at '-', digits by value, else text, then by number of parts. */
    private static int bySplitting(String a, String b) {
        String[] pa = a.split("-");
        String[] pb = b.split("-");
        for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
            int c = pa[i].matches("\\d+") && pb[i].matches("\\d+")
                    ? Long.compare(Long.parseLong(pa[i]), Long.parseLong(pb[i])) : pa[i].compareTo(pb[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(pa.length, pb.length);
    }
}
