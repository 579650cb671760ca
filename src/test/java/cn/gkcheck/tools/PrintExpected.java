package cn.gkcheck.tools;

import cn.gkcheck.Expectations;
import java.nio.file.Path;

/**
 * Developer tool: prints a fixture's findings in the sidecar form ({@code RULE severity keys @place}),
 * to review against its {@code .expected} after a deliberate change of behaviour.
 * {@code java -cp target/gkcheck.jar:target/test-classes cn.gkcheck.tools.PrintExpected FIXTURE…}
 */
public final class PrintExpected {
    private PrintExpected() {}

    public static void main(String[] args) {
        for (String a : args) {
            System.out.println("== " + a);
            Expectations.actual(Path.of(a)).forEach(System.out::println);
        }
    }
}
