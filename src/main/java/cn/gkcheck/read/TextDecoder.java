package cn.gkcheck.read;

import cn.gkcheck.model.GuessKind;
import cn.gkcheck.model.Guess;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text report: a BOM decides; else valid UTF-8 is UTF-8; else the file
 * is taken as GB18030 (the superset of GBK and GB2312 that Chinese government sites and
 * Windows tools write), and that detection is recorded.
 */
public final class TextDecoder {
    private TextDecoder() {}

    public static final Charset GB18030 = Charset.forName("GB18030");

    public record Decoded(String text, String encoding, boolean detected) {}

    public static Decoded decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8", false);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", false);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", false);
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
            return new Decoded(s, "UTF-8", false);
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(new String(b, GB18030), "GB18030", true);
        }
    }

    public static Guess guessOf(Decoded d) {
        return new Guess(GuessKind.ENCODING, null, null, null, d.encoding(),
                "文件不是 UTF-8 编码，按 GB18030（兼容 GBK/GB2312）读取", null);
    }
}
