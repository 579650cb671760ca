package cn.gkcheck.cli;

import cn.gkcheck.check.RulebaseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gkcheck}: check annual reports, show what a reader made of one, list the rules. */
@Command(name = "gkcheck", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "政府信息公开工作年度报告合规检查 — checks 政府信息公开工作年度报告 against the regulation and the official format.",
        subcommands = {CheckCommand.class, ParseCommand.class, RulesCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage, 3 an input unreadable, 4 gkcheck itself broken. */
    public static final int OK = 0, FINDINGS = 1, USAGE = 2, UNREADABLE = 3, BROKEN = 4;

    public static void main(String[] args) {
        Timing.mark("main");
        int code = run(args, System.out, System.err);
        Timing.mark("done");
        System.exit(code);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = commandLine(out, err);
        return cl.execute(args);
    }

    static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof RulebaseException) {
                commandLine.getErr().println("gkcheck: 规则库不可用，拒绝运行 / rulebase unusable, refusing to run: " + ex.getMessage());
                return BROKEN;
            }
            commandLine.getErr().println("gkcheck: internal error: " + ex);
            return BROKEN;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("gkcheck: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return USAGE;
        });
        return cl;
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static String version() {
        try (InputStream in = Main.class.getResourceAsStream("/gkcheck/gkcheck.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"gkcheck " + version()};
        }
    }
}
