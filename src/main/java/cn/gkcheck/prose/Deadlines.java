package cn.gkcheck.prose;

import cn.gkcheck.model.Paragraph;
import cn.gkcheck.model.Report;
import cn.gkcheck.model.Source;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date Article 49 is checked against (the deadlines themselves are stated in
 * rules/deadline.drl), and years the prose names (spec §1.1, B12).
 */
public final class Deadlines {
    private Deadlines() {}

    /** A publication date, and where it was read (null for the JSON model or {@code --published}). */
    public record Published(LocalDate date, Source source) {}

    /** A year the prose speaks of as the organ's own work that is not the report year. */
    public record OtherYear(int year, String text, int section, Source source) {}

    private static final Pattern PAGE_DATE = Pattern.compile(
            "^(?:发布日期|发布时间|公开日期|发布于)[:：]?\\s*((?:19|20)\\d{2})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})");

    /**
     * The date the report was published: from the reader or {@code --published} (meta), else a line
     * of the page such as "发布日期：2025-01-20". The date under the signature is when it was written
     * (成文), not published, and is not used.
     */
    public static Published published(Report report) {
        if (report.getMeta().getPublished() != null) return new Published(report.getMeta().getPublished(), null);
        for (Paragraph p : report.getParagraphs()) {
            if (p.getText() == null) continue;
            Matcher m = PAGE_DATE.matcher(p.getText().strip());
            if (!m.find()) continue;
            try {
                return new Published(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), p.getSource());
            } catch (DateTimeException ignored) {
                // an impossible date is no publication date
            }
        }
        return null;
    }

    // "2022年度，我局…" at the start of a clause: the year's work told as the organ's own.
    private static final Pattern OWN_YEAR = Pattern.compile(
            "(?:^|(?<=[。；;，,：:）)]))((?:19|20)\\d{2})年度?[，,]?(?:我|本|全)(?:市|区|县|省|州|盟|旗|镇|乡|街道|局|委|办|厅|中心|机关|单位|部门|院|署)");

    /**
     * Years other than the report year (and the next, which is where plans are told) that the prose
     * opens a statement of own work with. Comparisons ("较2023年增长") and citations do not qualify.
     */
    public static List<OtherYear> otherYears(Report report) {
        Integer year = report.getMeta().getYear();
        List<OtherYear> out = new ArrayList<>();
        if (year == null) return out;
        for (SectionText st : SectionText.of(report)) {
            Matcher m = OWN_YEAR.matcher(st.text);
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                if (y == year || y == year + 1) continue;
                String text = st.text.substring(m.start(), Math.min(st.text.length(), m.end() + 12));
                out.add(new OtherYear(y, text, st.section, st.sourceAt(m.start())));
            }
        }
        return out;
    }
}
