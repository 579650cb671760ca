package cn.gkcheck.cli;

import cn.gkcheck.check.Engine;
import cn.gkcheck.check.LocalRules;
import cn.gkcheck.check.LocalRulesException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --config} and {@code --rules}, shared by {@code check} and {@code rules} so that both see the same
 * rulebase: the built-in rules, the local rules of the config and of {@code --rules}, and the profile.
 */
final class ConfigOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "the config file (default: ./gkcheck.yaml if there is one)")
    Path config;

    @Option(names = "--rules", paramLabel = "DIR", description = "local rules: a folder of .drl files (or one file), added to the built-in rules; repeatable")
    List<Path> rules = new ArrayList<>();

    private Config loaded;

    Config config() throws ConfigException {
        if (loaded == null) loaded = Config.find(config);
        return loaded;
    }

    /** The engine of this run: built-in rules, plus local rules (config's, then --rules), plus the profile. */
    Engine engine() throws ConfigException, LocalRulesException {
        Config c = config();
        List<Path> dirs = new ArrayList<>(c.rules());
        dirs.addAll(rules);
        Engine engine = dirs.isEmpty() ? Engine.get() : Engine.withLocalRules(LocalRules.compile(LocalRules.files(dirs)));
        return engine.withProfile(c.profile());
    }
}
