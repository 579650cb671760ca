package cn.gkcheck.interpret;

import cn.gkcheck.format.LabelIndex;
import cn.gkcheck.format.OfficialFormat;
import cn.gkcheck.format.OfficialLabels;
import cn.gkcheck.format.RenamedHeadings;
import cn.gkcheck.format.SectionDef;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the six section headings as real reports print them (spec §6): "一、总体情况",
 * "第一部分 总体情况", "四、因政府信息公开工作被申请行政复议…", a heading followed on the same
 * line by its first sentence, full- or half-width punctuation, OCR spacing.
 */
final class HeadingMatcher {
    private HeadingMatcher() {}

    /** How the printed heading relates to the official one. */
    enum Match { OFFICIAL, VARIANT, RENAMED }

    record Heading(int number, String printed, String rest, Match match) {}

    private static final LabelIndex<SectionDef> SECTIONS = OfficialLabels.SECTIONS;
    private static final String NUMS = "一二三四五六";
    private static final Pattern NUMBERED = Pattern.compile(
            "^\\s*(?:#+\\s*)?(?:\\*\\*)?\\s*(?:第\\s*([一二三四五六])\\s*部分\\s*[、.．:：]?|([一二三四五六])\\s*[、.．，,]|([一二三四五六])(?=\\s*\\S))\\s*(.*)$");

    /**
     * @param expectedNext the number the next heading should have (for a renamed heading, which
     *                     is accepted only where it is due)
     */
    static Optional<Heading> match(String line, int expectedNext) {
        Matcher m = NUMBERED.matcher(line);
        if (!m.matches()) return Optional.empty();
        String numeral = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        boolean bareNumeral = m.group(1) == null && m.group(2) == null;
        int number = NUMS.indexOf(numeral) + 1;
        String text = m.group(4).replace("**", "").strip();
        String head = line.substring(0, m.start(4)).replace("**", "").replaceAll("^\\s*#+\\s*", "").strip();
        SectionDef def = OfficialFormat.SECTIONS.get(number - 1);

        // the official heading first, then the variants (index names: official, then variants)
        List<String> names = SECTIONS.names(def);
        for (int i = 0; i < names.size(); i++) {
            Optional<Heading> h = prefix(number, head, text, names.get(i), i == 0 ? Match.OFFICIAL : Match.VARIANT);
            if (h.isPresent()) return h;
        }
        if (bareNumeral) return Optional.empty();
        // OCR-damaged or reworded: only a short heading-like line where this section is due.
        if (number == expectedNext && RenamedHeadings.couldBe(text)) {
            if (SECTIONS.score(text, def) >= LabelIndex.HEADING) return Optional.of(new Heading(number, line.strip(), "", Match.VARIANT));
            return Optional.of(new Heading(number, line.strip(), "", Match.RENAMED));
        }
        return Optional.empty();
    }

    /**
     * Whether a line would be a section heading where its section is due — official, variant or
     * reworded ("五、下一步工作打算"). A PDF line like that stands alone: it never continues onto the next.
     */
    static boolean headingLike(String line) {
        Matcher m = NUMBERED.matcher(line);
        if (!m.matches()) return false;
        String numeral = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return match(line, NUMS.indexOf(numeral) + 1).isPresent();
    }

    /** The text starts with the heading (compared folded); what follows on the line is body. */
    private static Optional<Heading> prefix(int number, String head, String text, String want, Match kind) {
        String have = SECTIONS.fold(text);
        if (!have.startsWith(want)) return Optional.empty();
        // Map the folded length back onto the printed text.
        int seen = 0, i = 0;
        while (i < text.length() && seen < want.length()) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) seen++;
            i += Character.charCount(cp);
        }
        // keep closing punctuation that belongs to the heading (a trailing "）")
        while (i < text.length() && "）)".indexOf(text.charAt(i)) >= 0) i++;
        String printed = (head + text.substring(0, i)).strip();
        String rest = text.substring(i).replaceFirst("^[\\s:：。,，]+", "").strip();
        return Optional.of(new Heading(number, printed, rest, kind));
    }
}
