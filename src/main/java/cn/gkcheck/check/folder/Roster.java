package cn.gkcheck.check.folder;

import java.util.ArrayList;
import java.util.List;

/**
 * The roster of organs that must report, as CSV in UTF-8: a header {@code organ,kind,region}, then one organ a
 * line; kind and region may be empty; lines starting with '#' and blank lines are skipped. Fields hold no commas
 * (organ names do not), so no quoting is needed; a field in double quotes is unquoted all the same, as
 * spreadsheets write them.
 */
public final class Roster {
    private Roster() {}

    public static final String HEADER = "organ,kind,region";

    /** The entries of a roster file's lines; an IllegalArgumentException names the first line that is not one. */
    public static List<RosterEntry> parse(List<String> lines) {
        List<RosterEntry> out = new ArrayList<>();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 ? lines.get(i).replace("\uFEFF", "") : lines.get(i);
            if (line.isBlank() || line.strip().startsWith("#")) continue;
            List<String> f = new ArrayList<>();
            for (String s : line.split(",", -1)) f.add(s.strip().replaceAll("^\"(.*)\"$", "$1").strip());
            if (!header) {
                if (!String.join(",", f).equals(HEADER)) throw new IllegalArgumentException("line " + (i + 1) + ": the header must be " + HEADER);
                header = true;
                continue;
            }
            if (f.size() > 3 || f.get(0).isEmpty()) throw new IllegalArgumentException("line " + (i + 1) + ": expected organ,kind,region");
            out.add(new RosterEntry(f.get(0), f.size() > 1 ? f.get(1) : "", f.size() > 2 ? f.get(2) : "", i + 1));
        }
        if (!header) throw new IllegalArgumentException("no header " + HEADER);
        return out;
    }
}
