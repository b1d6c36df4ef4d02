// Package i18n holds every sentence sekat shows a user, in Bahasa
// Indonesia and in English: one catalogue per language (id.go, en.go),
// keyed by stable names such as "needStudy", "analyze.desc" or
// "viz.legendSize", and the functions that put numbers into words: one per
// kind of sentence about silos (SiloReason, GroupSummary, SiloLevel,
// InsideFigure, PermutationsWarning, NoSectorsWarning), each writing the
// sentence from the numbers it states, and Decimal.
//
// Bahasa Indonesia is the default; "en" selects English. T looks a key up
// and formats it like fmt.Sprintf; a key missing from the catalogue comes
// back as itself, never as a blank. An English word that agrees with a
// count is a number mark, {N:singular|plural} with N the count's argument
// ("%s {1:row|rows} rejected"), settled by T or, for a text taken as a
// format (T without arguments), by Sprintf. The tests check that every key has
// both languages with the same format verbs in the same order, and that
// every key is used somewhere in the tree.
//
// Keys are grouped by where the text is shown:
//
//   - plain names ("wrote", "badLevel"): cmd's messages on stdout and stderr;
//   - "<command>.<what>", "flag.*", "cli.*": the --help text and urfave/cli's
//     own headings;
//   - "usage.*", "yaml.*", "reason.*": errors of the command line, of
//     study.yaml and of rejected rows, in sekat's own words;
//   - "viz.*": the maps, the heatmap and the HTML report;
//   - "silo.*", "num.*": the silo sentences and number formatting.
//
// The package imports only metrics and metrics/silo (for the silo
// sentences); cmd and viz import it, never the other way round.
package i18n
