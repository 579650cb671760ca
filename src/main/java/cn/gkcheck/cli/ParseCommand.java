package cn.gkcheck.cli;

import cn.gkcheck.model.Report;
import cn.gkcheck.interpret.Readers;
import cn.gkcheck.model.Json;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gkcheck parse FILE}: the canonical model as JSON — how anyone sees what a reader made of a file. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "输出报告的规范化模型（JSON） / print the canonical model of a report as JSON")
public final class ParseCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() throws Exception {
        Report report = Readers.read(file);
        var out = spec.commandLine().getOut();
        out.println(Json.MAPPER.writeValueAsString(report));
        out.flush();
        return report.getProblems().isEmpty() ? Main.OK : Main.UNREADABLE;
    }
}
