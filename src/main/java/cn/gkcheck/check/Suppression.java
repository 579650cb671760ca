package cn.gkcheck.check;

import cn.gkcheck.model.Meta;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.regex.Pattern;

/**
 * A finding accepted on purpose, with the reason why (gkcheck.yaml {@code suppressions:} or
 * {@code --suppressions FILE}): the report itself is never edited, so this is where a waiver lives.
 * The rule id is required, and a reason; the others narrow the match: organ, year, a glob over the
 * input's path, a glob over the keys ("requests/withheld.*"). {@code from} is the file it was read from,
 * which the text output names so that a reader finds the reason.
 */
public record Suppression(String rule, String organ, Integer year, String file, String keys, String reason, String from) {

    public Suppression {
        if (rule == null || rule.isBlank()) throw new IllegalArgumentException("has no rule id");
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("has no reason: every suppression must say why the finding is accepted");
    }

    public boolean matches(String source, Meta meta, Finding f) {
        if (!rule.equals(f.getRule())) return false;
        if (organ != null && (meta == null || !organ.equals(meta.getOrgan()))) return false;
        if (year != null && (meta == null || !year.equals(meta.getYear()))) return false;
        if (file != null && !fileMatches(source)) return false;
        return keys == null || glob(keys).matcher(f.getLocation().keys()).matches();
    }

    /** A glob with a slash is matched against the whole path, one without against the file name. */
    private boolean fileMatches(String source) {
        if (source == null) return false;
        Path p = Path.of(source).normalize();
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + file);
        return file.contains("/") ? m.matches(p) || m.matches(p.toAbsolutePath()) : p.getFileName() != null && m.matches(p.getFileName());
    }

    /** "*" matches anything, also across "/": keys are not paths. */
    private static Pattern glob(String g) {
        StringBuilder b = new StringBuilder();
        for (String part : g.split("\\*", -1)) {
            if (b.length() > 0) b.append(".*");
            b.append(Pattern.quote(part));
        }
        return Pattern.compile(b.toString());
    }
}
