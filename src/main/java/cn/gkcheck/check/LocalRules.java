package cn.gkcheck.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * A province's own rules ({@code --rules DIR}, gkcheck.yaml {@code rules:}): DRL files compiled when the run
 * starts and added to a copy of the built-in rulebase, which itself stays precompiled; each report still
 * gets one session that runs built-in and local rules together (local rules see the Deadline facts and
 * the rest). A file is compiled on its own so that every rule is known by its file, for {@code gkcheck rules}
 * and for errors.
 */
public final class LocalRules {
    private final Map<Path, List<KiePackage>> packages;

    private LocalRules(Map<Path, List<KiePackage>> packages) {
        this.packages = packages;
    }

    /** The .drl files in the given files or folders (not recursive), in name order: the run is the same on every machine. */
    public static List<Path> files(List<Path> dirs) throws LocalRulesException {
        List<Path> out = new ArrayList<>();
        for (Path d : dirs) {
            if (Files.isRegularFile(d)) {
                out.add(d);
                continue;
            }
            if (!Files.isDirectory(d)) throw new LocalRulesException("local rules: no such folder " + d);
            try (Stream<Path> s = Files.list(d)) {
                s.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new LocalRulesException("local rules: cannot list " + d + ": " + e.getMessage());
            }
        }
        return out;
    }

    /** Compiles each file; every error of every file is reported as "file:line: message" before giving up. */
    public static LocalRules compile(List<Path> files) throws LocalRulesException {
        Map<Path, List<KiePackage>> out = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (Path f : files) {
            KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
            try {
                kb.add(ResourceFactory.newByteArrayResource(Files.readAllBytes(f)).setSourcePath(f.toString()), ResourceType.DRL);
            } catch (IOException e) {
                errors.add(f + ": cannot be read: " + e.getMessage());
                continue;
            }
            if (kb.hasErrors()) {
                for (KnowledgeBuilderError e : kb.getErrors()) {
                    int[] lines = e.getLines();
                    String line = lines == null || lines.length == 0 || lines[0] <= 0 ? "" : ":" + lines[0];
                    errors.add(f + line + ": " + e.getMessage().strip().replaceAll("\\s*\\R\\s*", " "));
                }
                continue;
            }
            out.put(f, List.copyOf(kb.getKnowledgePackages()));
        }
        if (!errors.isEmpty()) throw new LocalRulesException("local rules do not compile:\n  " + String.join("\n  ", errors));
        return new LocalRules(out);
    }

    /** Every compiled rule with its metadata and the file it came from. */
    List<Catalog.Loaded> loaded(Map<String, Path> fileOf) {
        List<Catalog.Loaded> out = new ArrayList<>();
        for (var e : packages.entrySet()) {
            for (KiePackage p : e.getValue()) {
                for (Rule r : p.getRules()) {
                    out.add(new Catalog.Loaded(r.getName(), r.getMetaData()));
                    fileOf.put(r.getName(), e.getKey());
                }
            }
        }
        return out;
    }

    List<KiePackage> packages() {
        return packages.values().stream().flatMap(List::stream).toList();
    }

    public boolean isEmpty() {
        return packages.isEmpty();
    }
}
