package cn.gkcheck.prose;

import cn.gkcheck.model.Report;
import cn.gkcheck.interpret.Readers;
import java.nio.file.Path;
import java.util.List;

/**
 * Measures the prose extraction: for each file, how many numbers the prose states about the
 * tables were found, matched, contradicted, left uncertain or not evaluable; {@code -v} lists them.
 * A developer's tool, so it lives with the tests and not in the product. Run, after
 * {@code mvn -q -B package -DskipTests}:
 * {@code java -cp target/gkcheck.jar:target/test-classes cn.gkcheck.prose.ClaimStats [-v] FILE…}.
 */
public final class ClaimStats {
    private ClaimStats() {}

    public static void main(String[] args) {
        boolean verbose = false;
        int found = 0, matched = 0, contradicted = 0, uncertain = 0, unevaluable = 0;
        for (String a : args) {
            if (a.equals("-v")) {
                verbose = true;
                continue;
            }
            Report r = Readers.read(Path.of(a));
            List<Claim> cs = Claims.of(r);
            int m = 0, c = 0, u = 0, n = 0;
            for (Claim cl : cs) {
                if (!cl.evaluable()) n++;
                else if (cl.matched()) m++;
                else if (cl.certain()) c++;
                else u++;
                if (verbose) {
                    String state = !cl.evaluable() ? "not-evaluable" : cl.matched() ? "matched" : cl.certain() ? "CONTRADICTED" : "UNCERTAIN";
                    System.out.printf("  %s @%s %s = %d -> %s [%s]%s%n", state, cl.source() == null ? "-" : cl.source().describe(),
                            cl.phrase(), cl.stated(), cl.readingsZh(), cl.what(), cl.scopeNote() == null ? "" : " scope:" + cl.scopeNote());
                }
            }
            System.out.printf("%s\tfound %d\tmatched %d\tcontradicted %d\tuncertain %d\tnot-evaluable %d%n", a, cs.size(), m, c, u, n);
            found += cs.size();
            matched += m;
            contradicted += c;
            uncertain += u;
            unevaluable += n;
        }
        System.out.printf("TOTAL\tfound %d\tmatched %d\tcontradicted %d\tuncertain %d\tnot-evaluable %d%n", found, matched, contradicted, uncertain, unevaluable);
    }
}
