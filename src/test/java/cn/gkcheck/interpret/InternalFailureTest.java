package cn.gkcheck.interpret;

import cn.gkcheck.read.Failures;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.Expectations;
import cn.gkcheck.check.Engine;
import cn.gkcheck.model.ReadProblem;
import cn.gkcheck.model.Report;
import cn.gkcheck.report.CheckedReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A defect of gkcheck is reported as gkcheck's (exit 4), never blamed on the file as "corrupt" (exit 3). */
class InternalFailureTest {

    private static RuntimeException thrownAt(RuntimeException e, String className) {
        e.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("java.util.Objects", "requireNonNull", "Objects.java", 209),
                new StackTraceElement(className, "map", "X.java", 123)});
        return e;
    }

    @Test
    void anExceptionThrownByGkchecksOwnCodeIsInternalAndNamesWhere() {
        ReadProblem p = Failures.problemOf(thrownAt(new NullPointerException(), "cn.gkcheck.interpret.RequestsMapper"));
        assertThat(p.getKind()).isEqualTo(ReadProblem.INTERNAL);
        assertThat(p.getDetail()).contains("NullPointerException", "RequestsMapper.map:123", "不是文件的问题");
    }

    @Test
    void anExceptionThrownByAParserLibraryIsTheFilesCorruption() {
        ReadProblem p = Failures.problemOf(thrownAt(new IllegalStateException(), "org.apache.poi.xwpf.usermodel.XWPFDocument"));
        assertThat(p.getKind()).isEqualTo("corrupt");
        assertThat(Failures.problemOf(new StackOverflowError()).getKind()).isEqualTo("hostile");
    }

    @Test
    void anInternalProblemIsOneInternalErrorNotAnUnreadableFile() {
        Report r = new Report();
        r.getProblems().add(Failures.problemOf(thrownAt(new NullPointerException(), "cn.gkcheck.interpret.RequestsMapper")));
        var findings = Engine.get().check(r);
        assertThat(Expectations.lines(findings)).containsExactly("GK-IN-INTERNAL error - @-");
        CheckedReport checked = new CheckedReport("x.md", r, findings);
        assertThat(checked.broken()).isTrue();
        assertThat(checked.unreadable()).isFalse();
    }

    @Test
    void rulesThatThrowOnTheReportsOwnMetaStillGiveOneInternalErrorNotAnEscapingException() {
        Report r = new Report();
        r.getMeta().setSourceFile("x.json");
        r.getMeta().setYear(Integer.MAX_VALUE); // the deadline rule's year + 1 overflows
        var findings = Engine.get().check(r);
        assertThat(findings).extracting(cn.gkcheck.check.Finding::getRule).contains("GK-IN-INTERNAL");
        assertThat(r.getProblems()).anyMatch(ReadProblem::isInternal);
    }

    @Test
    void aCorruptFileIsUnreadableNotBroken() {
        Report r = new Report();
        r.getProblems().add(new ReadProblem("corrupt", "文件内容无法解析"));
        CheckedReport checked = new CheckedReport("x.pdf", r, List.of());
        assertThat(checked.unreadable()).isTrue();
        assertThat(checked.broken()).isFalse();
        assertThat(Expectations.lines(Engine.get().check(r))).containsExactly("GK-IN-UNREADABLE error - @-");
    }
}
