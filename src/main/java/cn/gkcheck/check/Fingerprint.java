package cn.gkcheck.check;

import cn.gkcheck.model.Meta;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What makes a finding the same finding in another run: rule id, organ, year, canonical keys
 * (table/row/column, or the section), and where the keys do not tell firings of one rule apart (a
 * rule that fires several times in one section) the evidence text, whitespace removed. Never the line
 * number nor the file path: a report moved to another folder, re-published as PDF instead of HTML,
 * or with a paragraph added above keeps its baseline. The one place a fingerprint is computed
 * (baselines here, SARIF partialFingerprints later).
 */
public record Fingerprint(String rule, String organ, Integer year, String keys, String discriminator) {

    public static Fingerprint of(Meta meta, Finding f) {
        Location l = f.getLocation();
        String organ = meta == null || meta.getOrgan() == null ? "" : squeeze(meta.getOrgan());
        Integer year = meta == null ? null : meta.getYear();
        // a cell or a row is named by its keys alone: a changed value is the same defect, still there
        boolean keyed = l.getTable() != null && (l.getRow() != null || l.getColumn() != null);
        String raw = keyed || f.getEvidence() == null || f.getEvidence().getRaw() == null ? "" : squeeze(f.getEvidence().getRaw());
        return new Fingerprint(f.getRule(), organ, year, l.keys(), raw);
    }

    /** The stable id: 32 hex digits of SHA-256 over the parts, as the baseline file stores it. */
    public String id() {
        String joined = rule + '\u001f' + organ + '\u001f' + (year == null ? "" : year) + '\u001f' + keys + '\u001f' + discriminator;
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whitespace (and the full-width space) carries no meaning in Chinese text: a reflowed paragraph is the same text. */
    private static String squeeze(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }
}
