package cn.dunban.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the commitments of a key-task document that are not a number with a unit — the other half of what
 * {@link Quantities} finds, read by one rule for every document:
 * <ul>
 * <li>{@link Kind#ALL}: 全部…, …全覆盖 — every one of a kind (a target GE 100 %);</li>
 * <li>{@link Kind#RANK}: 前N (全省前三), 位次 — a place in a ranking (LE N 名, or places gained);</li>
 * <li>{@link Kind#JOINED}: a number whose unit is joined to other words (创50亿强企): 50亿 is a sum;</li>
 * <li>{@link Kind#EVENT}: 建成、投产、竣工、通航、获批、开工、完成…建设 — in an annual plan a dated event,
 *     due at the year's end unless the clause dates it (MILESTONE).</li>
 * </ul>
 * Some wordings look like a commitment and are not, in any document: a place (城市建成区), a campaign's name
 * (集中开工), an opportunity someone else's event opens (南干线投产机遇). {@link #find} leaves them out, so
 * that neither the completeness scan nor the importer has to exclude them one by one.
 */
public final class Commitments {

    public enum Kind { ALL, RANK, JOINED, EVENT }

    /** One commitment wording; {@code start}/{@code end} index the squeezed text. */
    public record Commitment(Kind kind, String match, int start, int end) {
    }

    private static final Pattern ALL = Pattern.compile("全部(?=[^，,。；]{0,12}?(?:完成|达到|实现|建成|纳入|退出|关停|通过|接入))|全覆盖");
    private static final Pattern RANK = Pattern.compile("前(?:[一二三四五六七八九十]+|\\d+)(?![\\d]*(?:项|个|家|批|年|月))|位次");
    private static final Pattern JOINED = Pattern.compile("(?<![\\d.．])\\d+(?:[.．]\\d+)?[十百千万亿]+");
    private static final Pattern EVENT = Pattern.compile("建成|投产|竣工|通航|获批|开工|完成(?=[^，,。；]{0,20}?建设)");
    /** Wordings that only look like commitments (see the class comment). */
    private static final Pattern NOT_A_COMMITMENT = Pattern.compile("建成区|集中开工|投产机遇|建成投产机遇");

    private Commitments() {
    }

    /** Every commitment wording in {@code squeezed} text, in reading order. */
    public static List<Commitment> find(String squeezed) {
        List<Commitment> out = new ArrayList<>();
        boolean[] noise = new boolean[squeezed.length()];
        Matcher n = NOT_A_COMMITMENT.matcher(squeezed);
        while (n.find()) {
            for (int i = n.start(); i < n.end(); i++) {
                noise[i] = true;
            }
        }
        add(out, Kind.ALL, ALL, squeezed, noise);
        add(out, Kind.RANK, RANK, squeezed, noise);
        add(out, Kind.EVENT, EVENT, squeezed, noise);
        Matcher j = JOINED.matcher(squeezed);
        while (j.find()) {
            // a number whose magnitude is followed by a unit is a quantity (Quantities); only a bare one is joined
            if (!startsAQuantity(squeezed, j.start()) && !noise[j.start()]) {
                out.add(new Commitment(Kind.JOINED, j.group(), j.start(), j.end()));
            }
        }
        out.sort(Comparator.comparingInt(Commitment::start));
        return out;
    }

    private static void add(List<Commitment> out, Kind kind, Pattern p, String text, boolean[] noise) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            if (!noise[m.start()]) {
                out.add(new Commitment(kind, m.group(), m.start(), m.end()));
            }
        }
    }

    private static boolean startsAQuantity(String text, int at) {
        return Quantities.find(text.substring(at, Math.min(text.length(), at + 24))).stream()
                .anyMatch(q -> q.start() == 0);
    }
}
