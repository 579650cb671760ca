package cn.gkcheck.prose;

import cn.gkcheck.model.Source;

/** One sentence of the prose, whitespace removed and lines joined, with where it starts. */
public record Sentence(String text, int section, Source source) {}
