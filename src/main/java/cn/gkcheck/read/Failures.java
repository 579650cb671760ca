package cn.gkcheck.read;

import cn.gkcheck.model.ReadProblem;

/**
 * Tells a file's fault from gkcheck's. A parser library (PDFBox, POI, jsoup, Jackson) that
 * throws on a file is reporting a damaged or hostile file; an exception thrown by gkcheck's
 * own code (a NullPointerException in a mapper, say) is a defect of the tool and must not be
 * blamed on the publisher: it becomes an internal problem, exit 4, with the file named.
 */
public final class Failures {
    private Failures() {}

    private static final String OWN = "cn.gkcheck.";

    public static ReadProblem problemOf(Throwable e) {
        // a limit or the time budget reached, however deep in a library the check ran, is the file's outcome
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof LimitExceeded l) return l.problem();
            if (t instanceof Deadline.Expired x) return x.problem();
        }
        if (e instanceof StackOverflowError || e instanceof OutOfMemoryError) {
            return new ReadProblem("hostile", "文件结构异常（嵌套过深或过大，" + e.getClass().getSimpleName() + "），拒绝读取");
        }
        StackTraceElement thrower = firstNonJdkFrame(e);
        if (thrower != null && thrower.getClassName().startsWith(OWN)) {
            return new ReadProblem(ReadProblem.INTERNAL, "gkcheck 读取此文件时出现内部错误（" + e.getClass().getSimpleName()
                    + " 于 " + simpleName(thrower.getClassName()) + "." + thrower.getMethodName() + ":" + thrower.getLineNumber()
                    + "）：这是 gkcheck 的缺陷，不是文件的问题，请连同文件报告给 gkcheck 的维护者");
        }
        return new ReadProblem("corrupt", "文件内容无法解析（" + e.getClass().getSimpleName() + "），可能已损坏或被截断");
    }

    /**
     * The frame that threw, skipping the JDK's own (an NPE from {@code Objects.requireNonNull} or
     * an index error from {@code ArrayList.get} is the fault of whoever called them).
     */
    private static StackTraceElement firstNonJdkFrame(Throwable e) {
        for (StackTraceElement f : e.getStackTrace()) {
            String c = f.getClassName();
            if (c.startsWith("java.") || c.startsWith("javax.") || c.startsWith("jdk.") || c.startsWith("sun.")) continue;
            return f;
        }
        return null;
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
