package cn.gkcheck.check;

import cn.gkcheck.format.BlockDef;
import cn.gkcheck.format.ColumnDef;
import cn.gkcheck.format.OfficialFormat;
import cn.gkcheck.format.RowDef;
import cn.gkcheck.format.TableDef;
import cn.gkcheck.model.Report;
import cn.gkcheck.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a report must contain, for the completeness and format rules. Each table is held to the
 * format its own layout follows (a 2019-layout table in a 2022 report is the format rule's
 * business, not a list of 2021 rows it "lacks"); a table whose layout says nothing is held to
 * the format the report year requires.
 */
public final class Expected {
    private Expected() {}

    /** A column the format requires and the report lacks, with the block it belongs to. */
    public record MissingColumn(String table, ColumnDef column, String block) {}

    public static Optional<OfficialFormat> required(Report r) {
        return OfficialFormat.requiredFor(r.getMeta().getYear());
    }

    /** For DRL {@code from}: the required format as a list of zero or one. */
    public static List<OfficialFormat> requiredFormat(Report r) {
        return required(r).map(List::of).orElse(List.of());
    }

    public static OfficialFormat referenceFor(Report r, String tableKey) {
        Optional<Table> t = r.table(tableKey);
        if (t.isPresent() && t.get().getLayout() != null) {
            Optional<OfficialFormat> own = OfficialFormat.byVersion(t.get().getLayout());
            if (own.isPresent()) return own.get();
        }
        return required(r).or(() -> OfficialFormat.byVersion(r.getFormatVersion())).orElse(OfficialFormat.F2021);
    }

    /** "（连同其中的“…情况表”）" where the section's statistical table is missing too; "" otherwise. */
    public static String tableAlsoMissingZh(Report r, int section) {
        return cn.gkcheck.format.OfficialFormat.tableIn(section)
                .filter(key -> r.table(key).isEmpty())
                .map(key -> "（连同其中的“" + cn.gkcheck.format.Names.table(key) + "”）")
                .orElse("");
    }

    public static List<TableDef> missingTables(Report r) {
        List<TableDef> out = new ArrayList<>();
        for (String key : List.of("proactive", "requests", "appeals")) {
            if (r.table(key).isEmpty()) out.add(referenceFor(r, key).requireTable(key));
        }
        return out;
    }

    public static List<RowDef> missingRows(Report r, String tableKey) {
        Optional<Table> t = r.table(tableKey);
        // a table not read whole says nothing about which of its rows are there
        if (t.isEmpty() || !t.get().isReadWhole()) return List.of();
        List<RowDef> out = new ArrayList<>();
        for (RowDef row : referenceFor(r, tableKey).requireTable(tableKey).rows()) {
            if (!t.get().hasRow(row.key())) out.add(row);
        }
        return out;
    }

    public static List<MissingColumn> missingColumns(Report r, String tableKey) {
        Optional<Table> t = r.table(tableKey);
        if (t.isEmpty() || !t.get().isReadWhole()) return List.of();
        TableDef def = referenceFor(r, tableKey).requireTable(tableKey);
        List<MissingColumn> out = new ArrayList<>();
        if (def.blocks().isEmpty()) {
            for (ColumnDef c : def.columns()) {
                if (!t.get().hasColumn(c.key())) out.add(new MissingColumn(tableKey, c, null));
            }
            return out;
        }
        for (BlockDef b : def.blocks()) {
            boolean anyRow = b.rows().stream().anyMatch(row -> t.get().hasRow(row.key()));
            if (!anyRow) continue; // the rows are missing: the row rule says so
            for (ColumnDef c : b.columns()) {
                boolean has = t.get().getCells().stream().anyMatch(cell -> cell.getColumn().equals(c.key())
                        && b.rows().stream().anyMatch(row -> row.key().equals(cell.getRow())));
                if (!has) out.add(new MissingColumn(tableKey, c, b.caption()));
            }
        }
        return out;
    }

    /** "proactive 2019, requests 2021": which layout each table follows, for the mixed-layout message. */
    public static String layouts(Report r) {
        List<String> parts = new ArrayList<>();
        for (Table t : r.getTables()) {
            if (t.getLayout() == null) continue;
            // a table whose own rows and columns come from both formats is itself mixed
            parts.add(cn.gkcheck.format.Names.table(t.getKey())
                    + ("mixed".equals(t.getLayout()) ? "兼有2019年和2021年格式的行列" : "为" + t.getLayout() + "年格式"));
        }
        return String.join("，", parts);
    }

    /** The mixed-layout message: which table follows which format, and what a one-row （六） lacks. */
    public static String mixedZh(Report r) {
        String s = layouts(r);
        Optional<Table> req = r.table("requests");
        if (req.isPresent() && req.get().hasRow("other")) {
            s += "；申请情况表“（六）其他处理”只列一行（2019年格式），2021年格式分为“1.申请人无正当理由逾期不补正…”"
                    + "“2.申请人逾期未按收费通知要求缴纳费用…”“3.其他”三行";
        }
        return s;
    }

    public static String layoutsEn(Report r) {
        List<String> parts = new ArrayList<>();
        for (Table t : r.getTables()) if (t.getLayout() != null) parts.add(t.getKey() + " " + t.getLayout());
        return String.join(", ", parts);
    }
}
