package cn.gkcheck.cli;

import cn.gkcheck.check.folder.Folder;
import cn.gkcheck.check.folder.Roster;
import cn.gkcheck.check.folder.RosterEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options of a folder audit (issue 9), mixed into {@code gkcheck check}: any of them runs the folder rules
 * (rules/folder.drl) after the last report.
 */
public final class FolderOptions {
    @Option(names = "--roster", paramLabel = "FILE",
            description = "CSV (UTF-8) of the organs that must report, header organ,kind,region: reports missing, unlisted")
    Path roster;

    @Option(names = "--year", paramLabel = "YYYY",
            description = "the year audited (default: the year most reports in the folder are of)")
    Integer year;

    @Option(names = "--audit", description = "run the folder rules (two reports of one organ, other years, shared text) without a roster")
    boolean audit;

    boolean requested() {
        return roster != null || year != null || audit;
    }

    /** The folder to feed, or null when no folder audit was asked for; IllegalArgumentException: a usage error. */
    Folder open() throws IOException {
        if (!requested()) return null;
        if (year != null && (year < 2000 || year > 2100)) throw new IllegalArgumentException("--year must be a year YYYY");
        List<RosterEntry> entries = List.of();
        if (roster != null) {
            if (!Files.isRegularFile(roster)) throw new IllegalArgumentException("--roster: no such file " + roster);
            try {
                entries = Roster.parse(Files.readAllLines(roster, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
                throw new IllegalArgumentException("--roster " + roster + ": " + (e instanceof IllegalArgumentException ? e.getMessage() : "not UTF-8"));
            }
        }
        return new Folder(entries, year);
    }
}
