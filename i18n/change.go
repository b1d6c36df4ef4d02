package i18n

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sekat-ona/sekat/change"
	"github.com/sekat-ona/sekat/metrics"
)

// The English of a change.FileError (a problem of the reform file or the
// crosswalk) is the change package's own sentence; only the Indonesian
// lives in this package's catalogue.
func init() {
	for _, k := range change.FileErrorKeys() {
		en[k] = change.FileErrorText(k)
	}
}

// ChangeFileError is the sentence of fe, a problem of an input file of
// the change commands, in lang, without the file's name and line: its
// figures (change.Amount) written as lang writes a number, with its
// decimal mark ("0,9" in Bahasa Indonesia, where the page writes every
// number so), never in exponent notation.
func ChangeFileError(lang string, fe *change.FileError) string {
	args := make([]any, len(fe.Args))
	for i, a := range fe.Args {
		args[i] = a
		if x, ok := a.(change.Amount); ok {
			args[i] = Number(lang, float64(x), -1)
		}
	}
	return T(lang, fe.Key, args...)
}

// capital is s with its first letter in upper case.
func capital(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return strings.ToUpper(string(unicode.ToUpper(r))) + s[n:]
}

// The sentences of sekat compare and sekat trend are made only here:
// ChangeSentence (a group's verdict between two periods) and
// AlertSentence (a CUSUM alarm of the trend).

// ChangeSentence says what happened to a group between two periods:
// verdict is opened, closed, formed or dissolved (anything else gives
// ""), before and after its homophily index in each period, low and
// high the interval of the change, pAdj the Holm-adjusted p-value, floor
// the permutations of the test when its p is the smallest they can show
// (change.Measure.AtFloor), else 0 (ChangeP). A group that closed from
// a homophily under minChange (the smallest change compare names) "became
// more inward": "closed further" said it had been closed.
func ChangeSentence(lang string, typ metrics.GroupType, name, verdict string, before, after, low, high, pAdj, minChange float64, floor int) string {
	kind, _ := groupNouns(lang, typ)
	key := ""
	switch VerdictKind(verdict, before, minChange) {
	case "opened":
		key = "change.opened"
	case "inward":
		key = "change.inward"
	case "closed":
		key = "change.closed"
	case "formed":
		key = "change.formed"
	case "dissolved":
		return capital(T(lang, "change.dissolved", kind, name))
	default:
		return ""
	}
	lo, hi := bounds(lang, low, high)
	return capital(T(lang, key, kind, name, fixed(lang, before, 2), fixed(lang, after, 2),
		lo, hi, ChangeP(lang, pAdj, floor)))
}

// VerdictKind is what a compare verdict says of its group, the rule
// ChangeSentence words the sentence with and compare.html's verdict
// column words the row with: the verdict itself, but "inward" for a group
// that closed from a homophily before under minChange (from chance, as
// trend's AlarmKind): no closure to begin with, so not "closed further".
func VerdictKind(verdict string, before, minChange float64) string {
	if verdict == "closed" && before < minChange {
		return "inward"
	}
	return verdict
}

// ChangeP is a compare verdict's Holm-adjusted p as its sentence gives
// it. floor is the number of permutations of the test when none of them
// changed the measure as much as the observed change (change.Measure.
// AtFloor), else 0: the p, 1/(floor + 1), and its adjustment are then the
// smallest those permutations can show, and the sentence gives the bound,
// rounded up, "adjusted p ≤ 0.010, the smallest 1,000 permutations can
// show". "adjusted p = 0.010" read as measured: more permutations could
// give a smaller p.
func ChangeP(lang string, pAdj float64, floor int) string {
	if floor > 0 && !math.IsNaN(pAdj) {
		return T(lang, "change.pAdjFloor", PBound(lang, pAdj), Int(lang, int64(floor)))
	}
	return adjustedP(lang, pAdj)
}

// PermutationP is an unadjusted permutation p-value after "p": "= 0.023",
// "< 0.001", or, when floor (the permutations, when none of them gave a
// statistic as extreme as the observed one; else 0) is set, the bound
// "≤ 0.001, the smallest 1,000 permutations can show", rounded up.
func PermutationP(lang string, p float64, floor int) string {
	switch {
	case floor > 0 && !math.IsNaN(p):
		return T(lang, "change.pFloor", PBound(lang, p), Int(lang, int64(floor)))
	case p < 0.001:
		return "< " + Decimal(lang, "0.001")
	}
	return "= " + fixed(lang, p, 3)
}

// ExactP is a p-value taken over all n relabellings, after "p": "= 0.0014,
// exact over all 720 relabellings", with two significant digits at least
// (1/720 read "= 0.001", and, at the floor's rule, "≤ 0.0014, the
// smallest 720 permutations can show": neither is what it is).
func ExactP(lang string, p float64, n int) string {
	d := 3
	for ; d < 12 && p > 0 && p*math.Pow10(d) < 10; d++ {
	}
	return T(lang, "change.pExact", fixed(lang, p, d), Int(lang, int64(n)))
}

// bounds writes an interval's ends with IntervalDecimals(low, high).
func bounds(lang string, low, high float64) (string, string) {
	d := IntervalDecimals(low, high)
	return Estimate(lang, low, d), Estimate(lang, high, d)
}

// IntervalDecimals is the number of decimals to write an interval's ends
// with: EstimateDecimals(2, low, high). An interval of 0.0037 to 0.0143,
// which excludes 0, read "0.00 to 0.01", as if it held it (review of
// session 22).
func IntervalDecimals(low, high float64) int {
	return EstimateDecimals(2, low, high)
}

// MaxEstimateDecimals is the most decimals EstimateDecimals gives.
const MaxEstimateDecimals = 6

// ZeroEstimate is the size under which an estimate is written as 0 with
// no sign: the float error of a difference of equal values (as
// silo.EITolerance for the E-I index), not a value below or above 0.
const ZeroEstimate = 1e-12

// EstimateDecimals is the number of decimals to write the estimates xs
// (an effect, a change, an interval's ends) with, so that none of them
// that is not 0 reads as 0: d, or more, up to MaxEstimateDecimals, until
// each x of size above ZeroEstimate shows a digit that is not 0. An
// interval end of -0.000176 at three decimals read "0.000" (evaluate:
// "95% interval 0.000 to 0.412"), as if the interval stopped at 0 where
// it crosses it; with four it is "-0.0002". NaN and infinities add none.
func EstimateDecimals(d int, xs ...float64) int {
	for _, x := range xs {
		if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) <= ZeroEstimate {
			continue
		}
		for d < MaxEstimateDecimals && roundsToZero(x, d) {
			d++
		}
	}
	return d
}

// roundsToZero reports whether x written with d decimals has no digit
// that is not 0.
func roundsToZero(x float64, d int) bool {
	return strings.Trim(strconv.FormatFloat(x, 'f', d, 64), "-0.") == ""
}

// Estimate writes the estimate x with d decimals in lang's notation (as
// Number) for a reader, keeping the minus of a value below 0 that still
// rounds to 0 at d decimals (-0.0000001 at six: "-0.000000"): Decimal and
// Number drop it, for the float error of a 0, and "0.000000" read as an
// interval that stops at 0 rather than one that crosses it. A value of
// size at most ZeroEstimate is written as 0, without a sign.
func Estimate(lang string, x float64, d int) string {
	if math.Abs(x) <= ZeroEstimate {
		x = 0
	}
	s := Number(lang, x, d)
	if x < 0 && !strings.HasPrefix(s, "-") {
		s = "-" + s
	}
	return s
}

// SmallChangeSentence says that a group's change is significant after
// Holm's correction but smaller than minChange, so judged neither opened
// nor closed, and what a change that small can be.
// floor is as for ChangeSentence.
func SmallChangeSentence(lang string, typ metrics.GroupType, name string, before, after, low, high, pAdj, minChange float64, floor int) string {
	kind, _ := groupNouns(lang, typ)
	lo, hi := bounds(lang, low, high)
	return capital(T(lang, "change.small", kind, name, fixed(lang, before, 2), fixed(lang, after, 2),
		lo, hi, ChangeP(lang, pAdj, floor), fixed(lang, minChange, 2)))
}

// AlertLater words what followed an alarm, to be appended to its
// AlertSentence: the n periods after it and their mean homophily later,
// and, when judged (enough periods), whether the shift persisted: whether
// that mean still lies at least minChange from the calibration mean in
// the alarm's direction.
func AlertLater(lang string, n int, later, minChange float64, judged, persisted bool) string {
	switch {
	case n == 0:
		return T(lang, "trend.laterNone")
	case !judged && n == 1:
		return T(lang, "trend.laterOne", fixed(lang, later, 2))
	case !judged:
		return T(lang, "trend.laterFew", n, fixed(lang, later, 2))
	case persisted:
		return T(lang, "trend.laterPersisted", n, fixed(lang, later, 2), fixed(lang, minChange, 2))
	}
	return T(lang, "trend.laterFaded", n, fixed(lang, later, 2), fixed(lang, minChange, 2))
}

// AlertHeadline is the one line of a CUSUM alarm a reader takes away: the
// group, its direction from the alarm's period (as Period writes it), and
// whether the shift lasted (judged and persisted as in AlertLater). mean
// and minChange choose the words of a closing alarm as alertKey does. The
// figures are in AlertDetail.
func AlertHeadline(lang string, typ metrics.GroupType, name, direction, period string, mean, minChange float64, judged, persisted bool) string {
	kind, _ := groupNouns(lang, typ)
	faded := judged && !persisted
	key := alertKey(direction, mean, minChange, faded, [6]string{"trend.headOpening", "trend.headClosing", "trend.headInward",
		"trend.headOpeningFaded", "trend.headClosingFaded", "trend.headInwardFaded"})
	tail := T(lang, "trend.headUnjudged")
	switch {
	case faded:
		tail = T(lang, "trend.headFaded")
	case judged:
		tail = T(lang, "trend.headLasted")
	}
	return capital(T(lang, key, kind, name, period)) + tail
}

// AlertDetail gives the figures behind an AlertHeadline: when the drift
// began (start, the first day of its period as Day writes it), the calibration mean and the value at the alarm, then
// what followed (AlertLater), as one sentence.
func AlertDetail(lang, start string, mean, atAlarm float64, later string) string {
	return T(lang, "trend.alertDetail", start, fixed(lang, mean, 2), fixed(lang, atAlarm, 2)) + later + "."
}

// AlertSentence says what a CUSUM alarm found: direction is closing or
// opening, period the alarm's period (as Period writes it), start the
// first day of the period where the drift began (as Day writes it), mean the calibration mean of the
// homophily index and atAlarm its value in the alarm's period. faded
// says the periods after the alarm showed the shift did not last (see
// AlertLater): the sector then opened or closed "for a while", not
// "from" the period on. minChange is the trend's minimum change of
// homophily, which alertKey reads with mean.
func AlertSentence(lang string, typ metrics.GroupType, name, direction, period, start string, mean, atAlarm, minChange float64, faded bool) string {
	kind, _ := groupNouns(lang, typ)
	key := alertKey(direction, mean, minChange, faded, [6]string{"trend.alertOpening", "trend.alertClosing", "trend.alertInward",
		"trend.alertOpeningFaded", "trend.alertClosingFaded", "trend.alertInwardFaded"})
	return capital(T(lang, key, kind, name, period, start, fixed(lang, mean, 2), fixed(lang, atAlarm, 2)))
}

// AlarmKind is what an alarm in direction (closing or opening) says of
// its group, the rule alertKey words the alarm sentences and headlines
// with and trend.html's chart marks its alarms with: "opening", "closing"
// (closed further), or "inward" for a closing alarm whose calibration mean
// of homophily is under minChange: the group had no closure to begin
// with, so it became more inward, not more closed.
func AlarmKind(direction string, mean, minChange float64) string {
	if direction == "closing" && mean < minChange {
		return "inward"
	}
	return direction
}

// alertKey picks, of an alarm's keys (opening, closing, more inward,
// then the same for a while), the one for its direction and whether its
// shift faded. A sector closing from a calibration mean of homophily
// under minChange (the smallest shift the trend names) had no closure to
// begin with: it "became more inward", not "closed further", which said
// of sosial, -0.02 in the calibration months, that it had been closed
// (generate --preset kabupaten --seed 11, trend --every month --lang en).
func alertKey(direction string, mean, minChange float64, faded bool, keys [6]string) string {
	i := 0
	switch AlarmKind(direction, mean, minChange) {
	case "closing":
		i = 1
	case "inward":
		i = 2
	}
	if faded {
		i += 3
	}
	return keys[i]
}

// GroupList names groups after the "For" ("Untuk") of a sentence, each
// name under its kind's noun, the kinds in the order they first come:
// "sector pemerintahan, and for units BKPSDM, DISDIK and DLH". At person
// level compare tests sectors and units together, and a list of their
// names alone ("For pemerintahan, DINSOS and BKPSDM") left the reader to
// guess which was which. types[i] is the kind of names[i].
func GroupList(lang string, types []metrics.GroupType, names []string) string {
	var order []metrics.GroupType
	byType := map[metrics.GroupType][]string{}
	for i, n := range names {
		t := types[i]
		if byType[t] == nil {
			order = append(order, t)
		}
		byType[t] = append(byType[t], n)
	}
	parts := make([]string, len(order))
	for i, t := range order {
		kind, kinds := groupNouns(lang, t)
		if len(byType[t]) > 1 {
			kind = kinds
		}
		parts[i] = kind + " " + Join(lang, byType[t])
	}
	return strings.Join(parts, T(lang, "change.groupList.kinds"))
}
