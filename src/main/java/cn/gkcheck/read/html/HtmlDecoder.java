package cn.gkcheck.read.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a page into text the way government sites need it: a BOM wins; then a
 * charset declared in a {@code <meta>} (http-equiv or charset) or an XML prolog; without a
 * declaration, valid UTF-8 is UTF-8 and anything else is GB18030 (the superset of GB2312/GBK
 * that Chinese sites serve undeclared). A page declaring GB2312/GBK whose bytes are plainly
 * UTF-8 (a copied template) is read as UTF-8, and said so.
 */
public final class HtmlDecoder {
    private HtmlDecoder() {}

    /** The text, the encoding to record, and — when it had to be detected — why. */
    public record Decoded(String text, String encoding, String guess) {}

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset GB18030 = Charset.forName("GB18030");

    public static Decoded decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8", null);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", null);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", null);
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0x84 && (b[1] & 0xFF) == 0x31 && (b[2] & 0xFF) == 0x95 && (b[3] & 0xFF) == 0x33) {
            return new Decoded(new String(b, 4, b.length - 4, GB18030), "GB18030", null);
        }
        String declared = declared(b);
        boolean utf8 = validUtf8(b);
        boolean ascii = isAscii(b);
        if (declared != null) {
            String label = declared.toLowerCase(Locale.ROOT);
            if (label.equals("utf8") || label.equals("utf-8")) {
                if (utf8) return new Decoded(new String(b, StandardCharsets.UTF_8), "UTF-8", null);
                return new Decoded(new String(b, GB18030), "GB18030",
                        "网页声明编码为 " + declared + "，但内容不是有效的 UTF-8，按 GB18030 读取");
            }
            if (isGbFamily(label)) {
                String name = label.contains("18030") ? "GB18030" : label.contains("2312") || label.equals("euc-cn") ? "GB2312" : "GBK";
                if (!ascii && utf8) {
                    return new Decoded(new String(b, StandardCharsets.UTF_8), "UTF-8",
                            "网页声明编码为 " + declared + "，但内容是有效的 UTF-8，按 UTF-8 读取");
                }
                // GB18030 decodes every GB2312/GBK page and the characters GBK lacks
                return new Decoded(new String(b, GB18030), name, null);
            }
            if (isLatinFallback(label) && !ascii) {
                // Western encodings on a Chinese page are a server default, not a declaration
                return detected(b, utf8, "网页声明编码为 " + declared + "，与中文内容不符，按字节判定为 ");
            }
            try {
                Charset cs = Charset.forName(declared);
                return new Decoded(new String(b, cs), cs.name(), null);
            } catch (RuntimeException unknown) {
                return detected(b, utf8, "网页声明了无法识别的编码 " + declared + "，按字节判定为 ");
            }
        }
        if (ascii) return new Decoded(new String(b, StandardCharsets.US_ASCII), "UTF-8", null);
        return detected(b, utf8, "网页未声明字符编码，按字节判定为 ");
    }

    private static Decoded detected(byte[] b, boolean utf8, String why) {
        if (utf8) return new Decoded(new String(b, StandardCharsets.UTF_8), "UTF-8", why + "UTF-8");
        return new Decoded(new String(b, GB18030), "GB18030", why + "GB18030");
    }

    static String declared(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 16384), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        Matcher meta = META_CHARSET.matcher(head);
        if (meta.find()) return meta.group(1);
        if (m.find()) return m.group(1);
        return null;
    }

    private static boolean isGbFamily(String l) {
        return l.equals("gbk") || l.equals("gb2312") || l.equals("gb_2312-80") || l.equals("gb18030") || l.equals("gb-18030")
                || l.equals("euc-cn") || l.equals("x-gbk") || l.equals("cp936") || l.equals("windows-936") || l.equals("chinese")
                || l.equals("csgb2312") || l.equals("gb_2312");
    }

    private static boolean isLatinFallback(String l) {
        return l.equals("iso-8859-1") || l.equals("latin1") || l.equals("windows-1252") || l.equals("us-ascii") || l.equals("ascii");
    }

    static boolean isAscii(byte[] b) {
        for (byte x : b) if (x < 0) return false;
        return true;
    }

    static boolean validUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
