package cn.gkcheck.prose;

import cn.gkcheck.model.Paragraph;
import cn.gkcheck.model.Report;
import cn.gkcheck.model.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * The prose of one section as one string, whitespace removed and full-width digits made ASCII,
 * with the paragraph each character came from. PDF and OCR text break sentences over lines
 * ("答\n复 3050 件"), so sentences are only found once the lines are joined again.
 */
final class SectionText {
    final int section;
    final String text;
    private final int[] origin;
    private final List<Paragraph> paragraphs;

    private SectionText(int section, String text, int[] origin, List<Paragraph> paragraphs) {
        this.section = section;
        this.text = text;
        this.origin = origin;
        this.paragraphs = paragraphs;
    }

    static List<SectionText> of(Report report) {
        List<SectionText> out = new ArrayList<>();
        for (int s = 0; s <= 6; s++) {
            List<Paragraph> ps = new ArrayList<>();
            for (Paragraph p : report.getParagraphs()) if (p.getSection() == s && p.getText() != null) ps.add(p);
            if (ps.isEmpty()) continue;
            StringBuilder b = new StringBuilder();
            List<Integer> from = new ArrayList<>();
            for (int i = 0; i < ps.size(); i++) {
                String t = ps.get(i).getText();
                for (int k = 0; k < t.length(); k++) {
                    char ch = t.charAt(k);
                    if (Character.isWhitespace(ch) || ch == '\u3000') continue;
                    if (ch >= '０' && ch <= '９') ch = (char) ('0' + (ch - '０'));
                    b.append(ch);
                    from.add(i);
                }
            }
            int[] origin = from.stream().mapToInt(Integer::intValue).toArray();
            out.add(new SectionText(s, b.toString(), origin, ps));
        }
        return out;
    }

    Source sourceAt(int offset) {
        if (origin.length == 0) return null;
        int i = Math.max(0, Math.min(offset, origin.length - 1));
        return paragraphs.get(origin[i]).getSource();
    }
}
