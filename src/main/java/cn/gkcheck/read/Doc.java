package cn.gkcheck.read;

import cn.gkcheck.model.ReadProblem;
import cn.gkcheck.model.Guess;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reader makes of a file before anything is interpreted: the blocks in document
 * order — paragraphs of prose and tables as grids of cell texts, each with its source.
 * Every reader (text, Markdown, HTML, DOCX, PDF) produces one; {@link DocInterpreter}
 * turns it into the canonical {@link cn.gkcheck.model.Report}. A reader's job ends at the
 * grid: it never decides which row is which, and it never changes a cell's text.
 */
public final class Doc {
    /** text, markdown, html, docx, pdf. */
    public final String inputKind;
    public final List<Block> blocks = new ArrayList<>();
    /** What the reader had to guess (an encoding, a cell's position in a short row …). */
    public final List<Guess> guesses = new ArrayList<>();
    /** Why the file could not be read (empty, binary, encrypted, scanned …). */
    public final List<ReadProblem> problems = new ArrayList<>();
    /** The publication date, where the input states it apart from the text (an HTML page's 发布日期, metadata). */
    public LocalDate published;
    /** Looks a source up again in the original input, for the source gate; null where the reader offers none. */
    public SourceText original;
    public String encoding;

    public Doc(String inputKind) {
        this.inputKind = inputKind;
    }

    /** Adds a block; past {@link Limits#BLOCKS} the document is refused, before it fills the memory. */
    public void add(Block b) {
        if (blocks.size() >= Limits.BLOCKS) {
            throw new LimitExceeded("段落和表格数", "paragraphs and tables", "至少 " + (Limits.BLOCKS + 1), Long.toString(Limits.BLOCKS));
        }
        blocks.add(b);
    }
}
