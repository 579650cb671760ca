package cn.gkcheck.report.html;

/**
 * Escaping for every piece of text the audit writes: reports carry arbitrary text (a hostile
 * report may hold {@code <script>}), so nothing read from an input reaches a page unescaped.
 */
final class Html {
    private Html() {}

    /** Text for an element body or a quoted attribute value: markup characters and quotes escaped, control characters dropped. */
    static String esc(Object o) {
        if (o == null) return "";
        String s = o.toString();
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    // C0 controls other than tab and newline are not allowed in HTML text
                    if (c < 0x20 && c != '\n' && c != '\t') b.append('\uFFFD');
                    else b.append(c);
                }
            }
        }
        return b.toString();
    }

    /** An id or fragment made of canonical keys: anything outside [A-Za-z0-9._-] becomes '_'. */
    static String id(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) b.append(c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_') ? c : '_');
        return b.toString();
    }

    /** The page head every page shares: charset, title, the inline stylesheet. No external resource. */
    static String head(String lang, String title) {
        return "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + esc(title) + "</title>\n<style>\n" + Assets.CSS + "</style>\n</head>\n<body>\n";
    }
}
