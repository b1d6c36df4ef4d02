package progress

import "sync/atomic"

// Stage is a long-running stage of sekat's work.
type Stage int

// The stages that report progress, and what Event's fields mean for each.
const (
	// Rows: rows of one input file read (Name: the file), Total 0.
	Rows Stage = iota + 1
	// Leiden: Leiden iterations run, of Total (the cap; 0 for until stable).
	Leiden
	// Betweenness: shortest-path sources searched for exact betweenness,
	// of Total.
	Betweenness
	// Samples: node pairs sampled for approximate betweenness, of Total.
	Samples
	// Permutations: E-I permutations run for one kind of group (Name), of
	// Total.
	Permutations
	// Stability: extra Leiden runs for community stability, of Total.
	Stability
	// Harmonic: sources of harmonic closeness searched, of Total (a pass of
	// its own only when betweenness is sampled).
	Harmonic
	// Step: a stage without a count has begun; Name says which (the
	// reporting package documents its names).
	Step
	// Statements: SQL statements an engine has begun, Done+1 of Total;
	// Name is the part of the work the running one belongs to.
	Statements
	// Days: working days of a synthetic study written, of Total.
	Days
)

// Event is one report: Done units of Stage are done, out of Total (0 when
// unknown), for Name (a file or a kind of group; may be empty).
type Event struct {
	Stage       Stage
	Name        string
	Done, Total int64
}

// Reporter hands events to a function. The zero Reporter drops them.
// Reporters are comparable and cheap to copy.
type Reporter struct{ s *sink }

type sink struct {
	f    func(Event)
	name string // set on events without a Name
}

// New returns a Reporter that calls f for each event. f may be called from
// several goroutines at once and must be safe for that; it should return
// quickly.
func New(f func(Event)) Reporter {
	if f == nil {
		return Reporter{}
	}
	return Reporter{&sink{f: f}}
}

// Enabled reports whether r passes events on.
func (r Reporter) Enabled() bool { return r.s != nil }

// Report passes e on.
func (r Reporter) Report(e Event) {
	if r.s == nil {
		return
	}
	if e.Name == "" {
		e.Name = r.s.name
	}
	r.s.f(e)
}

// Named returns a Reporter that passes events on to r's function with Name
// set to name when they have none: a caller says what a library's events
// are about.
func (r Reporter) Named(name string) Reporter {
	if r.s == nil {
		return r
	}
	return Reporter{&sink{f: r.s.f, name: name}}
}

// Counter counts the units of one stage done so far and reports the count
// on every Add. A nil *Counter (what the zero Reporter gives) counts
// nothing.
type Counter struct {
	r     Reporter
	stage Stage
	name  string
	total int64
	done  atomic.Int64
}

// Counter starts a count of stage for name out of total (0: unknown) and
// reports 0 done.
func (r Reporter) Counter(stage Stage, name string, total int64) *Counter {
	if r.s == nil {
		return nil
	}
	c := &Counter{r: r, stage: stage, name: name, total: total}
	r.Report(Event{Stage: stage, Name: name, Total: total})
	return c
}

// Add adds n units done and reports the new count. Safe for concurrent use.
func (c *Counter) Add(n int64) {
	if c == nil {
		return
	}
	d := c.done.Add(n)
	c.r.Report(Event{Stage: c.stage, Name: c.name, Done: d, Total: c.total})
}
