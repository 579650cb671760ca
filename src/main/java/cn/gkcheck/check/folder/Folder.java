package cn.gkcheck.check.folder;

import cn.gkcheck.check.Engine;
import cn.gkcheck.check.Finding;
import cn.gkcheck.check.Severity;
import cn.gkcheck.format.Organs;
import cn.gkcheck.interpret.Readers;
import cn.gkcheck.model.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a supervisor checks across a folder (issue 9): the reports are added one by one as they stream past,
 * and the folder keeps of each only what the folder rules need (a {@link Filed} and a {@link TextPrint});
 * after the last, {@link #findings} runs rules/folder.drl over them, the roster and the audited year.
 */
public final class Folder {
    private final List<RosterEntry> roster;
    private final Integer statedYear;
    private final Map<String, RosterEntry> byKey = new LinkedHashMap<>();
    private final Map<String, List<RosterEntry>> bySuffix = new HashMap<>();
    private final List<Filed> filed = new ArrayList<>();
    private final List<TextPrint> prints = new ArrayList<>();
    private int added;

    /** {@code roster} may be empty (no --roster): the rules about it then find nothing; {@code year} null: the folder's own. */
    public Folder(List<RosterEntry> roster, Integer year) {
        this.roster = List.copyOf(roster);
        this.statedYear = year;
        for (RosterEntry e : roster) {
            String k = Organs.matchKey(e.organ());
            byKey.putIfAbsent(k, e);
            for (int i = 1; i + 3 <= k.length(); i++) bySuffix.computeIfAbsent(k.substring(i), s -> new ArrayList<>()).add(e);
        }
    }

    /** Each input in input order; an unreadable one counts for nothing but its place. */
    public void add(String file, Report r) {
        int index = added++;
        if (!r.isReadable()) return;
        String organ = r.getMeta().getOrgan();
        RosterEntry listed = organ == null ? null : rosterEntryOf(organ);
        String key = listed != null ? Organs.matchKey(listed.organ()) : organ == null ? null : Organs.matchKey(organ);
        filed.add(new Filed(index, file, organ, key, listed == null ? null : listed.organ(), r.getMeta().getYear()));
        prints.add(TextPrint.of(r));
    }

    /** The roster entry an organ's name names: the same key first, then a full name and its short form (either way round). */
    RosterEntry rosterEntryOf(String organ) {
        String k = Organs.matchKey(organ);
        RosterEntry same = byKey.get(k);
        if (same != null) return same;
        List<RosterEntry> found = new ArrayList<>();
        for (int i = 1; i + 3 <= k.length(); i++) {
            RosterEntry e = byKey.get(k.substring(i));
            if (e != null && Organs.sameOrgan(organ, e.organ())) found.add(e);
        }
        for (RosterEntry e : bySuffix.getOrDefault(k, List.of())) if (Organs.sameOrgan(organ, e.organ())) found.add(e);
        return found.stream().min(Comparator.comparingInt(RosterEntry::line)).orElse(null);
    }

    /** --year, or the year most reports are of (the later of two as common). */
    AuditYear auditYear() {
        if (statedYear != null) return new AuditYear(statedYear, true);
        Map<Integer, Integer> counts = new TreeMap<>();
        for (Filed f : filed) if (f.year() != null) counts.merge(f.year(), 1, Integer::sum);
        Integer best = null;
        for (var e : counts.entrySet()) if (best == null || e.getValue() >= counts.get(best)) best = e.getKey();
        return new AuditYear(best, false);
    }

    public List<Finding> findings(Engine engine, Map<String, Severity> overrides) {
        List<Object> facts = new ArrayList<>(roster);
        facts.add(auditYear());
        facts.addAll(filed);
        facts.addAll(sharedTexts());
        return engine.checkFolder(facts, overrides);
    }

    List<SharedText> sharedTexts() {
        List<SharedText> out = new ArrayList<>();
        for (SharedTexts.Pair p : SharedTexts.find(prints, filed.stream().map(Filed::organKey).toList())) {
            Filed a = filed.get(p.first()), b = filed.get(p.second());
            out.add(new SharedText(a.file(), a.organ(), b.file(), b.organ(), p.share(), p.shared(), p.sentences(),
                    examples(a.file(), p.sharedSentences())));
        }
        return out;
    }

    static final int EXAMPLES = 3;

    /**
     * Three of the sentences the two share (common wording left out), as the first report prints them: the longest, which tell a copy best, in the
     * order printed. The folder keeps no text, so the report is read again; the pairs confirmed are few.
     */
    static List<String> examples(String file, long[] sharedSentences) {
        Report r;
        try {
            r = Readers.read(Path.of(file));
        } catch (RuntimeException e) {
            return List.of();
        }
        Set<Long> theirs = new HashSet<>();
        for (long h : sharedSentences) theirs.add(h);
        List<String[]> printed = TextPrint.printed(r);
        List<Integer> shared = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < printed.size(); i++) {
            if (theirs.contains(TextPrint.hash(printed.get(i)[1])) && seen.add(printed.get(i)[1])) shared.add(i);
        }
        List<Integer> longest = shared.stream()
                .sorted(Comparator.comparingInt((Integer i) -> -printed.get(i)[0].length()).thenComparingInt(i -> i))
                .limit(EXAMPLES).sorted().toList();
        return longest.stream().map(i -> printed.get(i)[0]).toList();
    }
}
