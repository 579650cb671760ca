package cn.gkcheck.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The kinds of input gkcheck reads, recognised from the bytes themselves. */
public enum InputKind {
    PDF, DOCX, HTML, JSON, MARKDOWN, TEXT, CRAWLER, EMPTY, BINARY, ZIP,
    /** Text laid out by position ({@code pdftotext -layout}): read as a character grid, see {@link LayoutTextReader}. */
    PDFTEXT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Magic bytes and markup decide; the file name only breaks a tie between Markdown and text. */
    public static InputKind sniff(byte[] b, String fileName) {
        if (blank(b)) return EMPTY;
        if (startsWith(b, "%PDF-") || indexOf(b, "%PDF-", 1024) >= 0) return PDF;
        if (b.length > 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            return indexOf(b, "word/", b.length) >= 0 ? DOCX : ZIP;
        }
        // an OLE2 container: a legacy .doc, or a .docx with an open password — the Word reader says which
        if (b.length > 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11) return DOCX;
        if (looksBinary(b)) return BINARY;
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1).stripLeading()
                .replace("\u00EF\u00BB\u00BF", "").toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html")
                || head.contains("<body") || head.contains("<table") || head.startsWith("<?xml") && head.contains("html")) {
            return HTML;
        }
        if (head.startsWith("{") && head.contains("\"meta\"")) return JSON;
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String text = new String(b, 0, Math.min(b.length, 65536), StandardCharsets.ISO_8859_1);
        if (name.endsWith(".md") || name.endsWith(".markdown") || PIPE_TABLE.matcher(text).find()) {
            return MARKDOWN;
        }
        // text saved from a web page (a 标题:/发布时间: header, or the body on one line): read as such
        if (cn.gkcheck.read.crawler.CrawlerText.recognise(b)) return CRAWLER;
        return LayoutTextReader.looksLikeLayout(text) ? PDFTEXT : TEXT;
    }

    /**
     * A pipe table's header line and its separator line. Only spaces and tabs between the pipes and
     * the line ends: a {@code \s*} there spans lines, and over many blank lines the regex backtracked
     * for seconds.
     */
    private static final java.util.regex.Pattern PIPE_TABLE =
            java.util.regex.Pattern.compile("\n[ \t]*\\|[^\n]*\\|[ \t\r]*\n[ \t]*\\|[ \t]*:?-{3,}");

    /** No byte but ASCII white space (what String.isBlank saw in ISO-8859-1), without copying the file. */
    private static boolean blank(byte[] b) {
        int from = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0; // a BOM alone is empty
        for (int i = from; i < b.length; i++) {
            byte x = b[i];
            if (x != ' ' && x != '\t' && x != '\n' && x != '\r' && x != '\f' && x != 0x0B && (x < 0x1C || x > 0x1F)) return false;
        }
        return true;
    }

    /** NUL bytes or many control characters: not text in any encoding a report would use. */
    static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192), control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) return true;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) control++;
        }
        return control > n / 20;
    }

    private static boolean startsWith(byte[] b, String s) {
        return indexOf(b, s, s.length()) == 0;
    }

    static int indexOf(byte[] b, String s, int limit) {
        byte[] p = s.getBytes(StandardCharsets.ISO_8859_1);
        int end = Math.min(b.length, limit) - p.length;
        outer:
        for (int i = 0; i <= end; i++) {
            for (int j = 0; j < p.length; j++) if (b[i + j] != p[j]) continue outer;
            return i;
        }
        return -1;
    }
}
