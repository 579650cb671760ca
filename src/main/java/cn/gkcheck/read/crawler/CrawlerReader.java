package cn.gkcheck.read.crawler;

import cn.gkcheck.model.Source;
import cn.gkcheck.read.Block;
import cn.gkcheck.read.Doc;
import cn.gkcheck.read.DocReader;
import cn.gkcheck.read.TextDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads crawler text ({@link CrawlerText}): the header block gives the title (the first
 * paragraph) and the publication date; each page line is cut into paragraphs at the section
 * headings, at sentence ends before a sub-heading （一）…, and around the tables, which are found
 * by their own words ({@link TableWords}) and read by {@link TableScanner}. Every block's source
 * is its line and the column where it starts, so findings still point at file:line.
 */
public final class CrawlerReader implements DocReader {

    /** A sentence end followed by a space, or by a sub-heading: a paragraph break the page lost. */
    private static final Pattern BREAK = Pattern.compile("(?<=[。！？；])(?:[ \u3000\u00A0]+|(?=[（(][一二三四五六七八九十]{1,2}[）)]))");
    private static final List<String> TITLE_ENDS = List.of("年度报告", "年报");

    @Override
    public Doc read(byte[] bytes, String fileName) {
        Doc doc = new Doc("crawler");
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        doc.encoding = d.encoding();
        if (d.detected()) doc.guesses.add(TextDecoder.guessOf(d));
        String[] lines = d.text().split("\\r\\n|\\n|\\r", -1);
        doc.original = cn.gkcheck.read.SourceText.lines(lines);
        PageHeader header = PageHeader.read(lines);
        doc.published = header.published;
        if (header.title != null) {
            doc.add(new Block.Para(header.title, Source.lineColumn(header.titleLine, header.titleColumn)));
        }
        boolean bodyTitle = false;
        List<CrawledTable.Built> tables = new ArrayList<>();
        for (int i = header.bodyFrom; i < lines.length; i++) {
            cn.gkcheck.read.Deadline.check();
            if (lines[i].isBlank()) continue;
            bodyTitle = line(doc, lines[i], i + 1, header.title, bodyTitle, tables);
        }
        splitGuesses(doc, tables);
        return doc;
    }

    /** One guess per table whose figures were cut, counting its rows over every grid; none where a grid of it was unreadable. */
    private static void splitGuesses(Doc doc, List<CrawledTable.Built> tables) {
        for (TableWords w : TableWords.ALL) {
            List<CrawledTable.Built> of = tables.stream().filter(b -> b.table().equals(w.table)).toList();
            int cut = of.stream().mapToInt(CrawledTable.Built::cut).sum();
            if (cut == 0 || of.stream().anyMatch(b -> b.grid().unreadable() != null)) continue;
            String relations = of.stream().map(CrawledTable.Built::relations).filter(r -> r != null).distinct()
                    .reduce((a, b) -> a + "；" + b).orElse(null);
            CrawledTable.Built first = of.stream().filter(b -> b.cut() > 0).findFirst().orElseThrow();
            doc.guesses.add(CrawledTable.guess(w.table, cut, relations, first.grid().source()));
        }
    }

    /**
     * One page line: preamble, then each section's heading, prose and tables. Returns whether the
     * page's own title has been met in the text (it is met once: a later mention is text).
     */
    private boolean line(Doc doc, String line, int lineNo, String title, boolean bodyTitle, List<CrawledTable.Built> tables) {
        List<Sections.At> headings = Sections.find(line);
        int preambleEnd = headings.isEmpty() ? line.length() : headings.get(0).start();
        int from = 0;
        // the page repeats its title above the text, after the site's navigation: both are page furniture
        int t = title == null || bodyTitle ? -1 : line.indexOf(title);
        if (t >= 0 && t + title.length() <= preambleEnd) {
            from = t + title.length();
            bodyTitle = true;
        } else if (title == null && !bodyTitle) {
            int end = titleEnd(line, preambleEnd);
            if (end > 0) {
                int start = titleStart(line, end);
                doc.add(new Block.Para(line.substring(start, end).strip(), src(lineNo, start)));
                from = end;
                bodyTitle = true;
            }
        }
        body(doc, line, from, preambleEnd, lineNo, tables);
        for (int h = 0; h < headings.size(); h++) {
            Sections.At at = headings.get(h);
            doc.add(new Block.Para(line.substring(at.start(), at.end()).strip(), src(lineNo, at.start())));
            body(doc, line, at.end(), h + 1 < headings.size() ? headings.get(h + 1).start() : line.length(), lineNo, tables);
        }
        return bodyTitle;
    }

    /** Where a title ends before the first heading: "…年度报告" first, else "…年报"; -1 where none. */
    private static int titleEnd(String line, int before) {
        for (String end : TITLE_ENDS) {
            int i = line.indexOf(end);
            if (i >= 0 && i + end.length() <= before) return i + end.length();
        }
        return -1;
    }

    /** After the navigation: its last separator, or the "…年报" that names the page's column. */
    private static int titleStart(String line, int end) {
        int start = 0;
        for (String sep : List.of(" ", ">", "》", "|", "\u3000", "年报")) {
            int i = line.lastIndexOf(sep, end - 1 - sep.length());
            if (i >= 0) start = Math.max(start, i + sep.length());
        }
        return start;
    }

    /** Text between headings: prose, and any table found by its words, in order. */
    private static void body(Doc doc, String line, int from, int to, int lineNo, List<CrawledTable.Built> tables) {
        int pos = from;
        while (pos < to) {
            TableWords first = null;
            int start = -1;
            String rest = line.substring(pos, to);
            for (TableWords w : TableWords.ALL) {
                int s = w.start(rest);
                if (s >= 0 && (start < 0 || s < start)) {
                    start = s;
                    first = w;
                }
            }
            if (first == null) break;
            prose(doc, line, pos, pos + start, lineNo);
            // a table ends where another table's words begin, even where the heading between them was not found
            int end = to;
            for (TableWords w : TableWords.ALL) {
                if (w == first) continue;
                int s = w.start(line.substring(pos + start + 1, to));
                if (s >= 0) end = Math.min(end, pos + start + 1 + s);
            }
            TableScanner.Scanned scanned = TableScanner.scan(line, pos + start, end, first);
            CrawledTable.Built built = CrawledTable.build(first.table, scanned, lineNo);
            if (!built.grid().rows().isEmpty()) {
                doc.add(built.grid());
                tables.add(built);
            }
            pos = Math.max(scanned.end(), pos + start + 1);
        }
        prose(doc, line, pos, to, lineNo);
    }

    private static void prose(Doc doc, String line, int from, int to, int lineNo) {
        if (from >= to) return;
        String text = line.substring(from, to);
        Matcher m = BREAK.matcher(text);
        int start = 0;
        while (m.find()) {
            para(doc, line, from + start, from + m.start(), lineNo);
            start = m.end();
        }
        para(doc, line, from + start, to, lineNo);
    }

    private static void para(Doc doc, String line, int from, int to, int lineNo) {
        String raw = line.substring(from, to);
        String text = raw.strip();
        if (text.isEmpty()) return;
        doc.add(new Block.Para(text, src(lineNo, from + raw.indexOf(text.charAt(0)))));
    }

    private static Source src(int line, int at) {
        return Source.lineColumn(line, at + 1);
    }
}
