// Package recommend derives the briefing's recommendations from the
// findings of a study by fixed, documented rules. Each recommendation
// carries the id of its rule, which the report's method page lists, so a
// reader can trace every recommendation to the finding that fired it.
//
// Rules (docs/briefing.md words them for readers):
//
//	R1 silo that refuses data: a silo whose units denied requests from
//	   other sectors gets, for the dataset its units denied most, "put this
//	   dataset on the agenda of forum F and name the provider unit" — F is
//	   the active forum the refusing unit attends most (a forum organised by
//	   a coordinator first), else the most frequent active forum. The
//	   silo verdict is the tested pattern; the refusals behind the dataset
//	   are counts, not a test, and one refusal is worded as one (i18n).
//	R2 silo: every silo gets a joint working session with the sector it
//	   already exchanges most with outside itself, in the forum of R1's
//	   choice for the silo's units.
//	R3 watch list: every group on the watch list is asked to report its
//	   cross-sector work at that forum; the next run says whether it
//	   closed further.
//	R4 sector pair carried by one unit: appoint a facilitator in another
//	   unit of the carrier's sector, so the pair does not hang on one unit.
//	R5 ceremonial forum: end each meeting with named follow-up actions
//	   between attending units and check them at the next meeting; merge
//	   or stop the forum if it stays ceremonial at the next run.
//	R6 refused dataset: a dataset with at least DatasetMinRequests
//	   cross-sector requests of which at least DatasetMinDenied (a share)
//	   were denied, not already named by R1, gets a data-sharing agreement
//	   between the provider and consumer sectors (at most DatasetMax).
//	R7 always: re-run the analysis in six months on the same thresholds
//	   and compare the two runs with `sekat compare`.
package recommend
