package cn.gkcheck.report;

import cn.gkcheck.check.Finding;
import cn.gkcheck.model.Meta;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * What identifies a finding from one run to the next, for code-scanning services that track alerts
 * (SARIF {@code partialFingerprints}): the rule, the organ, the year, the cell's canonical keys and the
 * Chinese message with any line or page number taken out. Never the line itself: a paragraph added
 * above a table moves every line but leaves every defect where it was.
 */
final class Fingerprint {
    private Fingerprint() {}

    /** "第 12 行", "第3页", "line 12", "page 3": a place in the file, which moves when the file is edited above it. */
    private static final Pattern PLACE = Pattern.compile("第\\s*\\d+\\s*[行页]|(?i)\\b(?:lines?|pages?)\\s*\\d+");

    static String of(Finding f, Meta meta) {
        String organ = meta == null || meta.getOrgan() == null ? "" : meta.getOrgan();
        String year = meta == null || meta.getYear() == null ? "" : meta.getYear().toString();
        String keys = f.getLocation() == null ? "" : f.getLocation().keys();
        String message = f.getMessage() == null ? "" : PLACE.matcher(f.getMessage()).replaceAll("#").replaceAll("\\s+", " ").strip();
        return sha256(String.join("\u0000", f.getRule(), organ, year, keys, message));
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
