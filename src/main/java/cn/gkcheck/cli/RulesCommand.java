package cn.gkcheck.cli;

import cn.gkcheck.check.RuleInfo;
import cn.gkcheck.model.Json;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gkcheck rules [ID]}: the catalog, or one rule explained. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "列出规则目录，或解释一条规则 / list the rule catalog, or explain one rule")
public final class RulesCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID")
    String id;

    @Option(names = "--format", defaultValue = "text", description = "text, json or markdown (the README's table)")
    String format;

    @picocli.CommandLine.Mixin
    ConfigOptions configOptions = new ConfigOptions();

    @Override
    public Integer call() throws Exception {
        cn.gkcheck.check.Catalog catalog;
        try {
            catalog = configOptions.engine().catalog();
        } catch (ConfigException | cn.gkcheck.check.LocalRulesException e) {
            spec.commandLine().getErr().println("gkcheck rules: " + e.getMessage());
            return Main.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (id == null) {
            if (format.equals("markdown")) {
                out.print(cn.gkcheck.check.RuleTable.markdown(catalog));
                out.flush();
            } else if (format.equals("json")) {
                out.println(Json.MAPPER.writeValueAsString(catalog.list()));
            } else {
                for (RuleInfo r : catalog.list()) {
                    out.println(r.id() + "\t" + r.severity().json() + "\t" + r.category() + "\t" + r.title() + "\t" + r.basis()
                            + (r.local() ? "\t本地规则 local: " + r.drl() : ""));
                }
                out.flush();
            }
            return Main.OK;
        }
        RuleInfo r = catalog.rules().get(id);
        if (r == null) {
            spec.commandLine().getErr().println("gkcheck rules: no rule " + id);
            return Main.USAGE;
        }
        if (format.equals("json")) {
            out.println(Json.MAPPER.writeValueAsString(r));
            return Main.OK;
        }
        out.println(r.id() + " — " + r.title());
        if (r.titleEn() != null) out.println("  " + r.titleEn());
        out.println("严重程度 severity: " + r.severity().json());
        out.println("类别 category:     " + r.category());
        out.println("依据 basis:        " + r.basis());
        if (r.why() != null) out.println("为什么 why:        " + r.why());
        if (r.whyEn() != null) out.println("                   " + r.whyEn());
        out.println("规则 DRL:          " + r.drl() + " — rule \"" + r.drlName() + "\"");
        if (r.local()) out.println("本地规则 local:    " + r.drl());
        else out.println("示例 fixtures:     fixtures/rules/" + r.id() + "/");
        out.flush();
        return Main.OK;
    }
}
