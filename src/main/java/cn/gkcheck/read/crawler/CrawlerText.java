package cn.gkcheck.read.crawler;

import cn.gkcheck.read.TextDecoder;
import java.util.Arrays;

/**
 * Recognises text saved from a report's web page by a crawler or site archive: a header block
 * of two or more fields (标题, 发布时间, 来源, 链接 …), or a page body on very long lines that
 * carry several of the six section headings — the paragraph breaks of the page lost.
 */
public final class CrawlerText {
    private CrawlerText() {}

    /** A line at least this long holding three or more section headings is a page body run together. */
    static final int LONG_LINE = 300;

    public static boolean recognise(byte[] bytes) {
        int n = Math.min(bytes.length, 262_144);
        while (n > 0 && n < bytes.length && (bytes[n] & 0xC0) == 0x80) n--; // do not cut a UTF-8 character
        String text = TextDecoder.decode(Arrays.copyOf(bytes, n)).text();
        String[] lines = text.split("\\r\\n|\\n|\\r", -1);
        int fields = 0, seen = 0;
        for (String l : lines) {
            if (l.isBlank()) continue;
            if (++seen > 12) break;
            if (PageHeader.FIELD.matcher(l).matches()) fields++;
        }
        if (fields >= 2) return true;
        for (String l : lines) {
            if (l.length() >= LONG_LINE && Sections.find(l).size() >= 3) return true;
        }
        return false;
    }
}
