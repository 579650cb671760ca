package cn.gkcheck.check.folder;

/**
 * A readable report of the folder as the folder rules see it: where it stands in the input order, its file,
 * the organ and year it names, the organ's key (the roster's name where the roster lists it, else
 * format.Organs.matchKey), and the roster name it was matched to, or null.
 */
public record Filed(int index, String file, String organ, String organKey, String rosterOrgan, Integer year) {}
