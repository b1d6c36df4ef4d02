// Package coord measures coordination from the timed events of a window
// (graph.EventLog) and from the analysed network: which meeting series
// (forums) are followed by exchanges between their attending units and
// which are ceremonial, which datasets are refused across sectors and by
// whom, and which sector pairs hang on a single unit.
//
// # Forums
//
// A forum is a meeting series: the meetings of one organising unit with
// one title (case and spacing ignored) attended by at least two units; an
// untitled meeting belongs to no forum. A meeting is followed up for a pair {a,b} of its attending units when a
// and b exchange a letter (not a circular) or a data request, in either
// direction, in the FollowUpDays (default 30) after its start: t < at <=
// t + FollowUpDays days. A meeting is judged only when its follow-up
// period ends inside the window (End). A forum's follow-up rate is the
// share of the (meeting, pair) instances of its judged meetings that were
// followed up, with its exact (Clopper–Pearson) two-sided interval at
// Confidence (95%) from the followed-up and all instances. A forum with at
// least MinMeetings (default 3) judged meetings is ceremonial when the
// whole interval lies below CeremonialBelow (default 0.10: fewer than one
// pair in ten ever writes or asks for data after meeting), active when it
// lies at or above it, and unclear when it holds it (3 instances, none
// followed up, give 0 to 0.71: too few to tell); a forum with fewer judged
// meetings gets no verdict. The interval treats the instances as
// independent; the pairs of one meeting tend to follow up together, so it
// is narrower than their correlation warrants. A log without any letter or
// data request judges no meeting: follow-up cannot be seen there.
//
// # Datasets
//
// Data requests decided (granted or denied; pending ones are left out, as
// in the network) between units of two different sectors are counted per
// dataset, provider sector and consumer sector, with how many provider
// units denied any and which denied the most (all of them on a tie).
//
// # Carriers
//
// A sector pair {A,B} is carried by one unit when a single unit x, in a
// sector of at least two units, holds at least CarrierShare (default 0.8)
// of the tie weight between A and B: sum of w{x,v} over v in the other
// sector, divided by the sum of w{u,v} over u in A, v in B. Pairs with
// less tie weight than CarrierMinWeight (default 10, about ten letters)
// are not judged. At person level the people of a unit count together as
// that unit.
package coord
