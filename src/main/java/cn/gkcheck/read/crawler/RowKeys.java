package cn.gkcheck.read.crawler;

import cn.gkcheck.format.Labels;
import cn.gkcheck.format.OfficialFormat;
import cn.gkcheck.format.RowDef;

/**
 * Which official row a label names, for the relations that decide a cut: the label folded and
 * without its numbering, equal to an official label or variant, or close to one. Only the 申请
 * table needs it (its relations run down the rows); the mapper names rows for the report.
 */
final class RowKeys {
    private RowKeys() {}

    static final double CLOSE = 0.8;

    static String of(String table, String label) {
        if (!table.equals("requests")) return null;
        String core = Labels.core(label);
        if (core.isEmpty()) return null;
        String best = null;
        double bestScore = CLOSE;
        for (OfficialFormat f : OfficialFormat.ALL) {
            for (RowDef r : f.requireTable(table).rows()) {
                double s = Labels.similarityOfFolded(core, Labels.core(r.label()));
                for (String v : r.variants()) s = Math.max(s, Labels.similarityOfFolded(core, Labels.core(v)));
                if (s >= 1.0) return r.key();
                if (s > bestScore) {
                    bestScore = s;
                    best = r.key();
                }
            }
        }
        return best;
    }
}
