// Package people holds sekat's person-level products and the rules that
// protect the people in them: keyed pseudonyms (Key, Pseudonymize), the
// minimum group size with complementary suppression (Complement, Plan,
// Protect), the audit record (Audit), and sekat facilitators
// (Facilitators): who already bridges sectors, who is a formal
// coordinator, how stable their place is over months and weeks, where the
// organisation hangs on one person, and a set chosen to cover the sector
// pairs.
//
// Every person-level output goes through this package before it is
// written: cmd replaces the network's person ids by pseudonyms
// (Pseudonymize) and withholds small groups (Protect) right after the
// analysis, and Result.Tables is the one place where a facilitator
// becomes a row. Names, ids and positions appear only when the caller
// asks to reveal them (Identity.Reveal).
//
// Time slices: the stability of a facilitator and the credit of people who
// change unit come from the window cut into weeks, also cut at the first
// of every month (SliceWindows), each slice with its own person network.
// The caller gives those networks through a SliceSource, one at a time
// (cmd sums every slice in one pass over the study and makes a slice's
// network when it is asked for); a person's unit in a slice is the unit of
// their spell that covers it, or in a run that shows no names
// (Options.PseudonymousMinGroup above 0) the unit of their row, so that
// the weights agree with analyze --level person's ties and tell of no
// move.
//
// The package imports graph, metrics (and its subpackages), result and
// i18n; cmd and viz import it.
package people
