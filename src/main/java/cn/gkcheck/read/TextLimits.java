package cn.gkcheck.read;

/**
 * The {@link Limits} every text-like input meets before any reader decodes it: the size of the
 * text, and the longest line of plain text (HTML and JSON are often served on one line, so only
 * their size counts). Checked on the bytes, in one pass, without decoding.
 */
public final class TextLimits {
    private TextLimits() {}

    public static void check(InputKind kind, byte[] bytes) {
        switch (kind) {
            case TEXT, MARKDOWN, CRAWLER, PDFTEXT -> {
                size(bytes);
                LimitExceeded.check("最长一行的长度（字节）", "longest line (bytes)", longestLine(bytes), Limits.LINE_BYTES);
            }
            case HTML, JSON -> size(bytes);
            default -> { }
        }
    }

    private static void size(byte[] bytes) {
        LimitExceeded.check("文本文件大小（字节）", "text file size (bytes)", bytes.length, Limits.TEXT_BYTES);
    }

    /** The size limit alone, for a file of {@code size} bytes whose kind its first bytes tell. */
    public static void checkSize(InputKind kind, long size) {
        switch (kind) {
            case TEXT, MARKDOWN, CRAWLER, PDFTEXT, HTML, JSON ->
                    LimitExceeded.check("文本文件大小（字节）", "text file size (bytes)", size, Limits.TEXT_BYTES);
            default -> { }
        }
    }

    static int longestLine(byte[] b) {
        int longest = 0, start = 0;
        for (int i = 0; i <= b.length; i++) {
            if (i == b.length || b[i] == '\n' || b[i] == '\r') {
                longest = Math.max(longest, i - start);
                start = i + 1;
            }
        }
        return longest;
    }
}
