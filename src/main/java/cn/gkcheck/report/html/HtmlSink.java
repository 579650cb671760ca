package cn.gkcheck.report.html;

import cn.gkcheck.report.CheckedReport;
import cn.gkcheck.report.Run;
import cn.gkcheck.report.Sink;
import cn.gkcheck.report.Totals;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --format html --output DIR}: an audit a supervisor opens in a browser. {@code DIR/reports/NNNN-name.html}
 * is written as each report arrives (numbered in input order, so names are unique and the same every run),
 * {@code DIR/rules.html} at the start, {@code DIR/index.html} at the end from the few fields kept per report.
 * Every page is self-contained (styles, script and charts inline) and holds no clock or host name.
 */
public final class HtmlSink implements Sink {
    private final Path dir;
    private final Words words;
    private final List<OverviewRow> rows = new ArrayList<>();
    private Run run;

    public HtmlSink(Path dir, boolean english) {
        this.dir = dir;
        this.words = new Words(english);
    }

    @Override
    public void begin(Run run) throws IOException {
        this.run = run;
        clearOldPages(dir.resolve("reports"));
        write(dir.resolve("rules.html"), RulesPage.render(run.rules(), words));
    }

    @Override
    public void report(CheckedReport r) throws IOException {
        int number = rows.size() + 1;
        String name = String.format(java.util.Locale.ROOT, "%04d-%s.html", number, safeName(r.source()));
        write(dir.resolve("reports").resolve(name), new ReportPage(r, words).render());
        rows.add(OverviewRow.of(number, "reports/" + name, r));
    }

    @Override
    public void end(Totals totals) throws IOException {
        write(dir.resolve("index.html"), new OverviewPage(rows, totals, run.rules(), words).render(run.version()));
    }

    /** The input's file name reduced to [A-Za-z0-9._-] (a link works in any browser and any file system); the number makes it unique. */
    static String safeName(String source) {
        String file = source.replace('\\', '/');
        file = file.substring(file.lastIndexOf('/') + 1);
        StringBuilder b = new StringBuilder();
        for (char c : file.toCharArray()) {
            boolean ok = c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_');
            if (ok) b.append(c);
            else if (b.length() > 0 && b.charAt(b.length() - 1) != '_') b.append('_');
        }
        String s = b.toString().replaceAll("^[._]+|[._]+$", "");
        if (s.length() > 60) s = s.substring(0, 60);
        return s.isEmpty() ? "report" : s;
    }

    /**
     * An earlier audit written to the same folder may have had more reports: its pages beyond this run's would stay
     * behind, unlinked but looking current. Only the pages this sink names ({@code NNNN-….html}) are removed.
     */
    private static void clearOldPages(Path reports) throws IOException {
        Files.createDirectories(reports);
        try (var pages = Files.list(reports)) {
            for (Path old : pages.filter(f -> f.getFileName().toString().matches("\\d{4,}-[A-Za-z0-9._-]*\\.html")).toList()) Files.delete(old);
        }
    }

    private static void write(Path file, String html) throws IOException {
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }
}
