package result

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/metrics"
)

// SchemaVersion is the version of the result's layout that this package
// writes and reads: summary.json's schema_version. Version 1 is the layout
// before the version was recorded; version 3 replaced is_silo and
// silo_score by homophily, p_adjusted and verdict, the E-I thresholds by
// silo_alpha and silo_homophily, and added warnings, circulars_sent in the
// node tables, rows_partial and the person-level counts.
const SchemaVersion = 3

// SummaryFile is the name of summary.json in an output folder.
const SummaryFile = "summary.json"

// Summary is summary.json: the run (what was read, how it was analysed)
// and the whole-network figures.
type Summary struct {
	SchemaVersion int    `json:"schema_version"`
	Sekat         string `json:"sekat_version"`
	Study         string `json:"study"`
	Level         string `json:"level"` // graph.Level.String
	// Notice is, at person level, the sentence that the outputs are a
	// shortlist for human review, not an automated decision, in the
	// language of the run (people.Notice): it covers every table of the
	// folder, which cannot carry a sentence without breaking their
	// readers. Absent at unit level; optional, so no schema change.
	Notice   string           `json:"notice,omitempty"`
	Seed     uint64           `json:"seed"`
	TimeZone string           `json:"timezone"`
	Window   Window           `json:"window"`
	Counts   Counts           `json:"counts"`
	Layers   map[string]Layer `json:"layers"` // by graph.Layer.String
	Weights  Weights          `json:"layer_weights"`
	Inputs   []Input          `json:"inputs"`
	// PairFiles are the files of pair tables a run with --pairs read
	// (the log tables' inputs then name the folder and a digest of these
	// files), one per file in the order of that digest; absent from a
	// run on the log tables. Optional, so no schema change.
	PairFiles []PairFile `json:"pair_files,omitempty"`
	Rejected  int64      `json:"rows_rejected"`
	// Warnings are the warnings of the run (the study's and its files',
	// then the analysis's), in the language of the run; never null.
	Warnings []Warning `json:"warnings"`
	// Partial is the number of rows used without some of their values
	// (letters kept with their known recipients), over all inputs.
	Partial int64   `json:"rows_partial"`
	Network Network `json:"network"`
	// SectorsUsable says whether some sector of the analysed network held
	// two units or more (metrics.Result.SectorsUsable), before a
	// person-level run withheld small units as "*", after which the
	// tables cannot tell: a sector of two withheld units read back as a
	// sector of one. Absent in folders of earlier versions, which are
	// read as the tables say.
	SectorsUsable *bool `json:"sectors_usable,omitempty"`
	// InformalGroups are the sectors and units of groups.csv that hold
	// only coordinator or external units (metrics.Group.Formal false),
	// which get no verdict. A person-level run without names shows a
	// withheld unit's kind as hidden, so the tables cannot tell them
	// apart. Absent in folders of earlier versions, which are read as the
	// tables say.
	InformalGroups *[]GroupRef        `json:"informal_groups,omitempty"`
	ByLayer        map[string]Network `json:"network_by_layer"`
	Silos          []SummarySilo      `json:"silos"`
	Method         Method             `json:"method"`
	Friction       []Friction         `json:"data_sharing_friction"`
}

// Window is the time window, RFC 3339 in the study's zone; a bound not
// given is the data's first or last event.
type Window struct {
	From      string `json:"from"`
	To        string `json:"to"`
	FromGiven bool   `json:"from_given"`
	ToGiven   bool   `json:"to_given"`
	// ToTimed says that To is the data's end and its last event, at
	// midnight, is a time of day of a log that records times, so the end
	// is shown at that minute, not as the whole day (i18n.WindowEnd);
	// left out when false.
	ToTimed bool `json:"to_timed,omitempty"`
}

// Counts are the sizes of the directory, the network and the logs. Units
// and People count the rows of the units table and the distinct people of
// the people table, whatever the window; Nodes counts the nodes of the
// network, the rows of units.csv or people.csv. The person-level counts
// are written at person level only (nil at unit level).
type Counts struct {
	Units  int `json:"units"`
	People int `json:"people"`
	Nodes  int `json:"nodes"`
	// PeopleInWindow is the number of people with a spell that overlaps
	// the window; PeopleInactive those of them without a tie in any
	// layer, who are not nodes unless Method.KeepInactive.
	PeopleInWindow *int `json:"people_in_window,omitempty"`
	PeopleInactive *int `json:"people_inactive,omitempty"`
	// PersonNodes and UnitNodes split Nodes at person level: the rows of
	// people.csv of kind person, and those of kind unit (a unit an event
	// named directly: never ranked among people).
	PersonNodes      *int  `json:"person_nodes,omitempty"`
	UnitNodes        *int  `json:"unit_nodes,omitempty"`
	DirectedPairs    int   `json:"directed_pairs"`
	Ties             int   `json:"ties"`
	Messages         int64 `json:"messages"`
	InternalMessages int64 `json:"internal_messages"`
	Meetings         int64 `json:"meetings"`
	MeetingsOneUnit  int64 `json:"meetings_one_unit"`
	// MeetingsLarge are meetings of more than Method.MaxMeetingSize
	// distinct attendees: counted, but they make no tie.
	MeetingsLarge int64 `json:"meetings_large"`
	// Circulars are letters whose recipients span more than
	// Method.CircularUnits units other than the sender's: counted (in
	// Messages too), but they make no tie.
	Circulars      int64 `json:"circulars"`
	SharesGranted  int64 `json:"shares_granted"`
	SharesDenied   int64 `json:"shares_denied"`
	SharesPending  int64 `json:"shares_pending"`
	InternalShares int64 `json:"internal_shares"`
}

// Layer is one layer's total over the directed pairs that have it.
type Layer struct {
	DirectedPairs int    `json:"directed_pairs"`
	Total         Number `json:"total"`
}

// Weights are the layer weights of the combined weight (graph.LayerWeights).
type Weights struct {
	Correspondence float64 `json:"correspondence"`
	DataSharing    float64 `json:"data_sharing"`
	Meetings       float64 `json:"meetings"`
}

// Input is one input file: its table, its path relative to the study,
// the rows read, rejected and outside the window, and its sha256.
type Input struct {
	Table    string `json:"table"`
	File     string `json:"file"`
	Rows     int64  `json:"rows_read"`
	Rejected int64  `json:"rows_rejected"`
	// Partial are rows used without some of their values (rows_partial):
	// letters kept with their known recipients.
	Partial     int64  `json:"rows_partial"`
	OutOfWindow int64  `json:"rows_outside_window"`
	SHA256      string `json:"sha256"`
}

// PairFile is one file of pair tables read by a run with --pairs: the
// folder of tables as the inputs name it, the file's path in it, the
// pair table its rows belong to (pairs, meeting_sizes, nodes, totals,
// inputs, meta), its period ("" when not partitioned), its data rows
// and its sha256.
type PairFile struct {
	Folder string `json:"folder"`
	File   string `json:"file"`
	Table  string `json:"table"`
	Period string `json:"period"`
	Rows   int64  `json:"rows"`
	SHA256 string `json:"sha256"`
}

// Warning is a warning of the run about the study or one of its files
// (ingest.Warning): its stable code, the table and the file it concerns
// (either may be empty), and the sentence in the run's language. The key
// is optional: a summary.json without it (no warnings, or an older sekat)
// reads the same.
type Warning struct {
	Code    string `json:"code"`
	Table   string `json:"table,omitempty"`
	File    string `json:"file,omitempty"`
	Message string `json:"message"`
	// Messages is the sentence in each language sekat speaks, keyed by
	// its code (id, en), so that a report drawn from the folder in the
	// other language (report OUTDIR --lang en) words the warnings in it.
	// Optional: a summary.json of an older sekat has Message alone.
	Messages map[string]string `json:"messages,omitempty"`
}

// Network holds the whole-network figures of one graph (metrics.Whole).
type Network struct {
	Nodes                     int    `json:"nodes"`
	Ties                      int    `json:"ties"`
	Density                   Number `json:"density"`
	Components                int    `json:"components"`
	Communities               int    `json:"communities,omitempty"`
	Modularity                Number `json:"modularity"`
	ModularitySector          Number `json:"modularity_sector"`
	EIIndex                   Number `json:"ei_index"`
	AssortativitySector       Number `json:"assortativity_sector"`
	AssortativitySectorWeight Number `json:"assortativity_sector_weighted"`
	NMI                       Number `json:"nmi_sector_community"`
	ARI                       Number `json:"ari_sector_community"`
	Reciprocity               Number `json:"reciprocity"`
	DenialRate                Number `json:"denial_rate"`
}

// GroupRef names a group of groups.csv.
type GroupRef struct {
	Type metrics.GroupType `json:"group_type"`
	Name string            `json:"group"`
}

// SummarySilo is a group with a verdict as summary.json lists it
// (silos.csv has the members).
type SummarySilo struct {
	Rank      int    `json:"rank"`
	GroupType string `json:"group_type"`
	Group     string `json:"group"`
	Size      int    `json:"size"`
	EIIndex   Number `json:"ei_index"`
	Expected  Number `json:"ei_expected"`
	Homophily Number `json:"homophily"`
	PValue    Number `json:"ei_p_value"`
	PAdjusted Number `json:"p_adjusted"`
	// Permutations and StoppedEarly are silos.csv's (Silo): the shuffles
	// the group's E-I test ran and whether it stopped early. A
	// summary.json written before they were added reads as 0 and false.
	Permutations int    `json:"permutations"`
	StoppedEarly bool   `json:"stopped_early"`
	Verdict      string `json:"verdict"`
	Reason       string `json:"reason"`
}

// Method is how the network was analysed.
type Method struct {
	Resolution float64 `json:"resolution"`
	// LeidenIterations is --leiden-iterations (0: until an iteration
	// changes nothing); LeidenIterationsRun what the reported run took.
	LeidenIterations    int `json:"leiden_iterations"`
	LeidenIterationsRun int `json:"leiden_iterations_run"`
	// PermutationsGiven is --permutations (0: the rule of
	// silo.PermutationsFor); Permutations what ran for each kind of group
	// (sector, unit), none for communities.
	PermutationsGiven int            `json:"permutations_given"`
	Permutations      map[string]int `json:"permutations"`
	// SiloAlpha and SiloHomophily are the thresholds of the verdict.
	SiloAlpha      float64 `json:"silo_alpha"`
	SiloHomophily  float64 `json:"silo_homophily"`
	MaxMeetingSize int     `json:"max_meeting_size"`
	CircularUnits  int     `json:"circular_units"`
	// KeepInactive is --keep-inactive: at person level the people without
	// a tie are nodes too.
	KeepInactive bool        `json:"keep_inactive"`
	Betweenness  Betweenness `json:"betweenness"`
}

// Betweenness says how betweenness was computed: exactly (Brandes) or,
// above MaxExactNodes nodes, by sampling.
type Betweenness struct {
	Exact         bool `json:"exact"`
	MaxExactNodes int  `json:"max_exact_nodes"`
	*Sampling          // nil when Exact
}

// Sampling are the figures of sampled betweenness
// (centrality.BetweennessResult).
type Sampling struct {
	Samples             int     `json:"samples"`
	Epsilon             float64 `json:"epsilon"`
	Delta               float64 `json:"delta"`
	Bound               Number  `json:"bound"`
	VertexDiameterBound int     `json:"vertex_diameter_bound"`
	Seed                uint64  `json:"seed"`
	// HarmonicPivots is the number of pivots harmonic closeness was
	// estimated from, and HarmonicEpsilon its error bound relative to each
	// node's strongest tie (with probability 1 - Delta); both 0 when
	// harmonic closeness is exact. HarmonicBound names the bound:
	// "empirical_bernstein" (the pivots stopped when the spread of their
	// terms allowed) or "hoeffding"; empty when exact.
	HarmonicPivots  int    `json:"harmonic_pivots"`
	HarmonicEpsilon Number `json:"harmonic_epsilon"`
	HarmonicBound   string `json:"harmonic_bound,omitempty"`
}

// Friction is the data-sharing friction from a provider sector to a
// consumer sector.
type Friction struct {
	Provider   string `json:"provider_sector"`
	Consumer   string `json:"consumer_sector"`
	Requests   int64  `json:"requests"`
	Denied     int64  `json:"denied"`
	DenialRate Number `json:"denial_rate"`
}

// Number is a float64 written as sekat writes floats (graph.AppendFloat),
// null when undefined (NaN or infinite).
type Number float64

// MarshalJSON writes the number, or null.
func (f Number) MarshalJSON() ([]byte, error) {
	if math.IsNaN(float64(f)) || math.IsInf(float64(f), 0) {
		return []byte("null"), nil
	}
	return graph.AppendFloat(nil, float64(f)), nil
}

// UnmarshalJSON reads a number; null is NaN.
func (f *Number) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*f = Number(math.NaN())
		return nil
	}
	x, err := strconv.ParseFloat(string(b), 64)
	if err != nil {
		return fmt.Errorf("%s is not a number", b)
	}
	*f = Number(x)
	return nil
}

// WriteSummary writes s as indented JSON with a final newline, HTML
// characters as they are; warnings is an empty list, never null.
func WriteSummary(w io.Writer, s *Summary) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if s.Warnings == nil {
		c := *s
		c.Warnings = []Warning{}
		s = &c
	}
	return enc.Encode(s)
}

// ReadSummary reads summary.json. It refuses a file without
// schema_version or with another version than SchemaVersion (ErrVersion),
// before it looks at anything else.
func ReadSummary(r io.Reader) (*Summary, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	var v struct {
		Version json.RawMessage `json:"schema_version"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return nil, summaryError(fmt.Errorf("%w: %v", ErrMalformed, err))
	}
	if v.Version == nil {
		return nil, summaryError(fmt.Errorf("%w: it has none, so an older sekat wrote it (this sekat reads version %d)", ErrVersion, SchemaVersion))
	}
	if n, err := strconv.Atoi(string(bytes.TrimSpace(v.Version))); err != nil || n != SchemaVersion {
		return nil, summaryError(fmt.Errorf("%w %s (this sekat reads version %d)", ErrVersion, v.Version, SchemaVersion))
	}
	s := new(Summary)
	if err := json.Unmarshal(b, s); err != nil {
		return nil, summaryError(fmt.Errorf("%w: %v", ErrMalformed, err))
	}
	return s, nil
}

func summaryError(err error) error { return &ParseError{File: SummaryFile, Err: err} }
