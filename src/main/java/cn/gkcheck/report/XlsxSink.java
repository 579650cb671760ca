package cn.gkcheck.report;

import cn.gkcheck.check.Finding;
import cn.gkcheck.check.Indicators;
import cn.gkcheck.check.RuleInfo;
import cn.gkcheck.check.Severity;
import cn.gkcheck.model.Meta;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A workbook for supervisors who sort and filter: 报告 (one row per report, with its counts, verdict and
 * key indicators), 问题 (one row per finding, the columns of {@link FindingColumns}, shared with the
 * CSV), 规则统计 (findings per rule) and 离群指标 (the reports whose key indicator lies far from the folder's,
 * {@link Outliers}, the same list as the JSON's). Streamed with POI's SXSSF, so a batch of any size keeps only a
 * window of rows in memory. The same input gives the same bytes: no creation time in the document
 * properties, and every zip entry's time fixed ({@link FixedTimeZip}).
 */
public final class XlsxSink implements Sink {
    private final OutputStream target;
    private final boolean english;
    private SXSSFWorkbook wb;
    private SXSSFSheet reports, findings, rules, outlying;
    private CellStyle header, percent, outlier;
    private final Outliers outliers = new Outliers();
    private Map<String, RuleInfo> catalog;

    public XlsxSink(OutputStream target, boolean english) {
        this.target = target;
        this.english = english;
    }

    /** The 报告 sheet's columns; what each report row holds. */
    private List<String> reportHeaders() {
        return english
                ? List.of("file", "organ", "organ kind", "year", "format", "input kind", "errors", "warnings", "infos",
                        "relations not evaluated", "verdict", "substantive open rate", "unavailable share",
                        "reconsideration correction rate", "litigation correction rate")
                : List.of("文件", "机关", "机关类型", "年度", "格式", "输入类型", "错误", "警告", "提示",
                        "无法核对的勾稽关系", "结论", "实质公开率", "无法提供占比", "行政复议纠错率", "行政诉讼纠错率");
    }

    /** Widths in characters; a Chinese character takes two, so Chinese columns are wider. */
    private static final int[] REPORT_WIDTHS = {44, 30, 12, 8, 8, 10, 8, 8, 8, 14, 10, 12, 12, 14, 14};

    @Override
    public void begin(Run run) throws IOException {
        catalog = run.rules();
        wb = new SXSSFWorkbook(100);
        wb.setCompressTempFiles(true);
        var props = wb.getXSSFWorkbook().getProperties().getCoreProperties();
        props.setCreator("gkcheck " + run.version());
        props.setCreated(Optional.empty());
        props.setModified(Optional.empty());
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
        outlier = wb.createCellStyle();
        outlier.cloneStyleFrom(percent);
        outlier.setFillForegroundColor(org.apache.poi.ss.usermodel.IndexedColors.LIGHT_ORANGE.getIndex());
        outlier.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
        reports = sheet(english ? "reports" : "报告", reportHeaders(), REPORT_WIDTHS);
        findings = sheet(english ? "findings" : "问题", FindingColumns.ALL.stream().map(c -> c.header(english)).toList(),
                FindingColumns.ALL.stream().mapToInt(FindingColumns.Column::width).toArray());
        rules = sheet(english ? "by rule" : "规则统计",
                english ? List.of("rule", "title", "severity", "category", "findings") : List.of("规则", "标题", "严重程度", "类别", "问题数"),
                new int[] {28, 60, 10, 14, 10});
        // A sheet of its own rather than a column or a highlight on 报告: whether a value is an outlier is known only
        // once every report has passed, and by then SXSSF has flushed all but the last rows of 报告 to disk, where they
        // cannot be changed. Keeping every 报告 row until the end instead would be a second way of writing that sheet.
        outlying = sheet(english ? "outliers" : "离群指标",
                english ? List.of("file", "indicator", "value", "batch median", "median absolute deviation", "why")
                        : List.of("文件", "指标", "数值", "本批中位数", "绝对中位差", "说明"),
                new int[] {44, 16, 10, 12, 12, 70});
    }

    private SXSSFSheet sheet(String name, List<String> headers, int[] widths) {
        SXSSFSheet s = wb.createSheet(name);
        SXSSFRow row = s.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = row.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(header);
            s.setColumnWidth(i, widths[i] * 256);
        }
        s.createFreezePane(0, 1);
        return s;
    }

    @Override
    public void report(CheckedReport r) throws IOException {
        Meta m = r.report().getMeta();
        Indicators ind = r.indicators();
        long e = r.count(Severity.ERROR), w = r.count(Severity.WARNING), i = r.count(Severity.INFO);
        String verdict = r.unreadable() ? (english ? "unreadable" : "无法读取") : e > 0 ? (english ? "fail" : "不通过") : (english ? "pass" : "通过");
        row(reports, List.of(r.source(), opt(m.getOrgan()), opt(m.getOrganKind() == null ? null : english ? m.getOrganKind().json() : m.getOrganKind().zh()),
                opt(m.getYear()), opt(r.report().getFormatVersion()), opt(m.getInputKind()), e, w, i, r.notEvaluated().size(), verdict,
                opt(ind.substantiveOpenRate()), opt(ind.unavailableShare()), opt(ind.reconsiderationCorrection()), opt(ind.litigationCorrection())));
        for (Finding f : r.findings()) finding(new FindingColumns.Row(r.source(), m, FindingColumns.inLanguage(f, english)));
        outliers.add(r.source(), ind);
    }

    @Override
    public void end(Totals t) throws IOException {
        for (Finding f : t.folderFindings()) finding(FindingColumns.Row.folder(f, english));
        Map<String, Long> counts = new TreeMap<>(t.byRule());
        for (String id : catalog.keySet()) counts.putIfAbsent(id, 0L);
        for (var en : counts.entrySet()) {
            RuleInfo r = catalog.get(en.getKey());
            String title = r == null ? "" : english && r.titleEn() != null ? r.titleEn() : r.title();
            row(rules, List.of(en.getKey(), title, r == null ? "" : r.severity().json(), r == null ? "" : r.category(), en.getValue()));
        }
        for (Outliers.Outlier o : outliers.find()) {
            row(outlying, List.of(o.source(), Outliers.label(o.indicator(), english), o.value(), o.median(), o.mad(), Outliers.explain(o, english)));
            outlying.getRow(outlying.getLastRowNum()).getCell(2).setCellStyle(outlier); // the value itself, highlighted
        }
        filter(reports, reportHeaders().size());
        filter(findings, FindingColumns.ALL.size());
        filter(rules, 5);
        filter(outlying, 6);
        Path temp = Files.createTempFile("gkcheck-", ".xlsx");
        try {
            try (OutputStream raw = Files.newOutputStream(temp)) {
                wb.write(raw);
            }
            FixedTimeZip.copy(temp, target);
        } finally {
            wb.dispose();
            wb.close();
            Files.deleteIfExists(temp);
        }
    }

    /** The header row may have left SXSSF's window by now, so the column count is given, not read. */
    private static void filter(SXSSFSheet s, int columns) {
        int last = s.getLastRowNum();
        s.setAutoFilter(new CellRangeAddress(0, Math.max(0, last), 0, columns - 1));
    }

    private void finding(FindingColumns.Row r) {
        List<Object> values = new ArrayList<>();
        for (FindingColumns.Column c : FindingColumns.ALL) values.add(opt(c.of(r)));
        row(findings, values);
    }

    /** Absent values become empty cells; List.of takes no nulls. */
    private static Object opt(Object v) {
        return v == null ? Optional.empty() : v;
    }

    private void row(SXSSFSheet s, List<Object> values) {
        SXSSFRow row = s.createRow(s.getLastRowNum() + 1);
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v instanceof Optional<?>) continue;
            Cell c = row.createCell(i);
            if (v instanceof BigDecimal d) {
                c.setCellValue(d.doubleValue());
                c.setCellStyle(percent);
            } else if (v instanceof Number n) {
                c.setCellValue(n.doubleValue());
            } else {
                c.setCellValue(v.toString()); // findings' text is cut to FindingColumns.MAX_CELL; a report row's is short
            }
        }
    }
}
