package cn.gkcheck.cli;

import cn.gkcheck.check.Profile;
import cn.gkcheck.check.Suppression;
import cn.gkcheck.model.OrganKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What gkcheck.yaml says, checked and with its paths resolved against the file's own folder (so that
 * {@code gkcheck check --config ci/gkcheck.yaml} works from anywhere). Command-line options override it.
 */
record Config(Path file, String failOn, Map<String, String> severity, List<Suppression> suppressions,
              Path baseline, List<Path> rules, Profile profile) {

    /** The file looked up in the current directory when {@code --config} is not given. */
    static final String DEFAULT_NAME = "gkcheck.yaml";

    static final Config NONE = new Config(null, null, Map.of(), List.of(), null, List.of(), null);

    /** {@code --config FILE}, else ./gkcheck.yaml if there is one, else nothing. */
    static Config find(Path explicit) throws ConfigException {
        if (explicit != null) {
            if (!Files.isRegularFile(explicit)) throw new ConfigException("--config: no such file " + explicit);
            return load(explicit);
        }
        Path here = Path.of(DEFAULT_NAME);
        return Files.isRegularFile(here) ? load(here) : NONE;
    }

    static Config load(Path file) throws ConfigException {
        ConfigFile c = ConfigFile.read(file, ConfigFile.class);
        Path dir = file.toAbsolutePath().getParent();
        List<Path> rules = new ArrayList<>();
        for (String r : c.rules) rules.add(resolve(dir, r));
        return new Config(file, c.failOn, new LinkedHashMap<>(c.severity), suppressions(file, c.suppressions),
                c.baseline == null ? null : resolve(dir, c.baseline), rules, profile(file, c.profile));
    }

    /** A {@code --suppressions FILE}: a YAML (or JSON) file with the same {@code suppressions:} list. */
    static List<Suppression> loadSuppressions(Path file) throws ConfigException {
        if (!Files.isRegularFile(file)) throw new ConfigException("--suppressions: no such file " + file);
        return suppressions(file, ConfigFile.read(file, ConfigFile.SuppressionsFile.class).suppressions);
    }

    /** Relative paths are relative to the config file, shown as given when the file is in the current folder. */
    private static Path resolve(Path dir, String p) {
        Path given = Path.of(p);
        if (given.isAbsolute() || dir == null || dir.equals(Path.of("").toAbsolutePath())) return given;
        return dir.resolve(given).normalize();
    }

    private static List<Suppression> suppressions(Path file, List<ConfigFile.SuppressionEntry> entries) throws ConfigException {
        List<Suppression> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ConfigFile.SuppressionEntry e = entries.get(i);
            if (e == null) throw new ConfigException(file + ": suppression " + (i + 1) + " is empty");
            try {
                out.add(new Suppression(e.rule, e.organ, e.year, e.file, e.keys, e.reason, file.toString()));
            } catch (IllegalArgumentException ex) {
                throw new ConfigException(file + ": suppression " + (i + 1) + (e.rule == null ? "" : " (" + e.rule + ")")
                        + " " + ex.getMessage());
            }
        }
        return out;
    }

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    private static Profile profile(Path file, ConfigFile.ProfileEntry p) throws ConfigException {
        if (p == null) return null;
        if (p.name == null || p.name.isBlank()) throw new ConfigException(file + ": profile has no name (the document it rests on, cited by findings)");
        Map<OrganKind, MonthDay> deadlines = new EnumMap<>(OrganKind.class);
        for (var e : p.deadlines.entrySet()) {
            OrganKind kind = OrganKind.of(e.getKey());
            if (kind == OrganKind.UNKNOWN) {
                throw new ConfigException(file + ": profile deadline for \"" + e.getKey() + "\": the kinds are government, department, township, street");
            }
            try {
                deadlines.put(kind, MonthDay.parse(e.getValue(), MONTH_DAY));
            } catch (DateTimeException | NullPointerException ex) {
                throw new ConfigException(file + ": profile deadline " + e.getKey() + ": \"" + e.getValue() + "\" is not a month and day MM-DD");
            }
        }
        if (deadlines.isEmpty()) throw new ConfigException(file + ": profile " + p.name + " sets no deadline");
        return new Profile(p.name, deadlines);
    }
}
