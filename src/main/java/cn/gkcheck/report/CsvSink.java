package cn.gkcheck.report;

import cn.gkcheck.check.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The findings as CSV, one row each, with the columns of the spreadsheet's 问题 sheet
 * ({@link FindingColumns}): UTF-8 with a byte-order mark so that Excel opens Chinese correctly, RFC
 * 4180 quoting and CRLF line ends. Written report by report; findings about the folder come last.
 */
public final class CsvSink implements Sink {
    private final Writer out;
    private final boolean english;

    public CsvSink(Writer writer, boolean english) {
        this.out = writer;
        this.english = english;
    }

    @Override
    public void begin(Run run) throws IOException {
        out.write('\uFEFF');
        line(FindingColumns.ALL.stream().map(c -> (Object) c.header(english)).toList());
    }

    @Override
    public void report(CheckedReport r) throws IOException {
        for (Finding f : r.findings()) row(new FindingColumns.Row(r.source(), r.report().getMeta(), FindingColumns.inLanguage(f, english)));
    }

    @Override
    public void end(Totals totals) throws IOException {
        for (Finding f : totals.folderFindings()) row(FindingColumns.Row.folder(f, english));
        out.close();
    }

    private void row(FindingColumns.Row r) throws IOException {
        line(FindingColumns.ALL.stream().map(c -> c.of(r)).toList());
    }

    private void line(List<Object> fields) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) b.append(',');
            b.append(quote(fields.get(i)));
        }
        out.write(b.append("\r\n").toString());
    }

    /** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
    static String quote(Object value) {
        if (value == null) return "";
        String s = value.toString();
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
