package cn.gkcheck.report;

import java.io.IOException;

/**
 * One output of a run ({@code --format}). The checker hands it the checked reports one at a time, in
 * input order, and a sink writes as they come: a batch of 100,000 reports is never held in memory,
 * and the bytes are the same whatever the thread count. A sink that needs totals (an overview page, a
 * sheet of counts per rule) keeps its own small aggregates, never the reports.
 */
public interface Sink {
    /** Once, before the first report. */
    default void begin(Run run) throws IOException {}

    /** Each input's result, in input order. */
    void report(CheckedReport report) throws IOException;

    /** Once, after the last report: write totals and close whatever the sink opened. */
    void end(Totals totals) throws IOException;
}
