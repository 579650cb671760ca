package cn.gkcheck.report;

/** Text and attribute values made safe for XML 1.0: markup escaped, and characters XML cannot carry dropped. */
final class Xml {
    private Xml() {}

    /** For an attribute value: quotes and line breaks escaped too (a raw line break would be read back as a space). */
    static String escape(String s) {
        return escape(s, true);
    }

    /** For element text: line breaks kept as they are, so that a CI server shows the failure's body as written. */
    static String text(String s) {
        return escape(s, false);
    }

    private static String escape(String s, boolean attribute) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                case '\r' -> b.append("&#13;");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                default -> {
                    // raw text from a damaged input may hold control characters or lone surrogates
                    boolean legal = c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
                    if (legal) b.appendCodePoint(c);
                    else b.append('\uFFFD');
                }
            }
        }
        return b.toString();
    }
}
