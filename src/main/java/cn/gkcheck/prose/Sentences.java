package cn.gkcheck.prose;

import cn.gkcheck.model.Report;
import java.util.ArrayList;
import java.util.List;

/** The prose of a report cut into sentences, after its lines are joined (a result may be split over a line break). */
public final class Sentences {
    private Sentences() {}

    private static final String ENDS = "。；;！？!?";

    public static List<Sentence> of(Report report) {
        List<Sentence> out = new ArrayList<>();
        for (SectionText s : SectionText.of(report)) {
            int start = 0;
            for (int i = 0; i <= s.text.length(); i++) {
                if (i < s.text.length() && ENDS.indexOf(s.text.charAt(i)) < 0) continue;
                String t = s.text.substring(start, Math.min(i + 1, s.text.length()));
                if (!t.isBlank()) out.add(new Sentence(t, s.section, s.sourceAt(start)));
                start = i + 1;
            }
        }
        return out;
    }
}
