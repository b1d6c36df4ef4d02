package change

import (
	"cmp"
	"slices"
)

// Community events, after Greene, Doyle & Cunningham (2010) and the GED
// method of Bródka et al. (2013).
const (
	EventContinued = "continued"
	EventGrew      = "grew"
	EventShrank    = "shrank"
	EventSplit     = "split"
	EventMerged    = "merged"
	EventBorn      = "born"
	EventDissolved = "dissolved"
)

// DefaultJaccard is the Jaccard overlap at or above which a community of
// one period continues as a community of the next. Greene et al. (2010)
// use 0.3 in their example (their tracker's default is 0.1, which links
// communities that share one member in ten).
const DefaultJaccard = 0.3

// DefaultGrowth is the relative change of size beyond which a community
// that continues one to one has grown or shrunk: it grew when the later
// community has at least 1 + DefaultGrowth times as many members, and
// shrank when the earlier one has.
const DefaultGrowth = 0.2

// CommunityMatch is one row of communities_matched.csv: a link between a
// community before and one after (Jaccard at or above the threshold),
// or a community with no link (born, dissolved). Communities are numbered
// as in each period's analysis (1 the largest); 0 means none.
type CommunityMatch struct {
	Before, After         int
	SizeBefore, SizeAfter int
	// Shared is the number of members in both.
	Shared  int
	Jaccard float64
	Event   string
}

// matchCommunities links the communities of two periods (members as
// sorted frame node ids, index c is community c+1) by their Jaccard
// overlap |B ∩ A| / |B ∪ A| >= theta and names what happened to each: a
// community linked to two or more later ones split, a later community
// linked from two or more earlier ones is a merger, a one-to-one link is
// growth, shrinkage or continuation by size (growth), and a community
// without a link dissolved (before) or was born (after). A link that is
// both part of a split and of a merger is called a split.
func matchCommunities(before, after [][]int32, theta, growth float64) []CommunityMatch {
	type link struct {
		b, a, shared int
		j            float64
	}
	var links []link
	outDeg := make([]int, len(before))
	inDeg := make([]int, len(after))
	for b, mb := range before {
		for a, ma := range after {
			s := intersect(mb, ma)
			if s == 0 {
				continue
			}
			j := float64(s) / float64(len(mb)+len(ma)-s)
			if j >= theta {
				links = append(links, link{b, a, s, j})
				outDeg[b]++
				inDeg[a]++
			}
		}
	}
	var out []CommunityMatch
	for b, mb := range before {
		if outDeg[b] == 0 {
			out = append(out, CommunityMatch{Before: b + 1, SizeBefore: len(mb), Event: EventDissolved})
		}
	}
	for _, l := range links {
		nb, na := len(before[l.b]), len(after[l.a])
		ev := EventContinued
		switch {
		case outDeg[l.b] > 1:
			ev = EventSplit
		case inDeg[l.a] > 1:
			ev = EventMerged
		case float64(na) >= (1+growth)*float64(nb):
			ev = EventGrew
		case float64(nb) >= (1+growth)*float64(na):
			ev = EventShrank
		}
		out = append(out, CommunityMatch{Before: l.b + 1, After: l.a + 1, SizeBefore: nb, SizeAfter: na, Shared: l.shared, Jaccard: l.j, Event: ev})
	}
	for a, ma := range after {
		if inDeg[a] == 0 {
			out = append(out, CommunityMatch{After: a + 1, SizeAfter: len(ma), Event: EventBorn})
		}
	}
	slices.SortStableFunc(out, func(x, y CommunityMatch) int {
		bx, by := x.Before, y.Before
		if bx == 0 {
			bx = 1 << 30
		}
		if by == 0 {
			by = 1 << 30
		}
		return cmp.Or(cmp.Compare(bx, by), cmp.Compare(x.After, y.After))
	})
	return out
}

// intersect counts the common elements of two sorted slices.
func intersect(a, b []int32) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}
