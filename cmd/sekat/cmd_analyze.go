package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/ingest"
	"github.com/sekat-ona/sekat/metrics"
	"github.com/sekat-ona/sekat/viz"
)

type analyzeOptions struct {
	studyOptions
	Out          string
	Seed         uint64
	Resolution   float64
	Permutations int
	Exact        bool
	Parquet      bool // also write .parquet twins of the tables
	// LeidenIterations caps Leiden's iterations; 0 means until stable.
	LeidenIterations int
}

// analysisFlags are the flags of analyze and report that set the output
// folder and the analysis: seed, resolution, permutations, Leiden
// iterations.
func analysisFlags(h func(string, ...any) string) []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "out", Value: "sekat-out", Usage: h("flag.out-dir")},
		&cli.Uint64Flag{Name: "seed", Value: 1, Usage: h("flag.seed")},
		&cli.Float64Flag{Name: "resolution", Value: 1, Usage: h("flag.resolution")},
		&cli.IntFlag{Name: "permutations", Value: 1000, Usage: h("flag.permutations")},
		&cli.IntFlag{Name: "leiden-iterations", Value: 0, Usage: h("flag.leiden-iterations"), DefaultText: "0"},
	}
}

// analyzeOptionsFrom reads and checks the study flags and analysisFlags.
func analyzeOptionsFrom(c *cli.Context) (analyzeOptions, error) {
	so, err := studyOptionsFrom(c)
	if err != nil {
		return analyzeOptions{}, err
	}
	o := analyzeOptions{studyOptions: so, Out: c.String("out"), Seed: c.Uint64("seed"),
		Resolution: c.Float64("resolution"), Permutations: c.Int("permutations"),
		LeidenIterations: c.Int("leiden-iterations")}
	switch {
	case !(o.Resolution > 0):
		return o, usagef(msg(o.Lang, "badResolution"), o.Resolution)
	case o.Permutations < 1:
		return o, usagef(msg(o.Lang, "badPermutations"), o.Permutations)
	case o.LeidenIterations < 0:
		return o, usagef(msg(o.Lang, "badLeidenIterations"), o.LeidenIterations)
	}
	return o, nil
}

func analyzeCommand(hl string) *cli.Command {
	h := helpFor(hl)
	return &cli.Command{
		Name:        "analyze",
		Usage:       h("analyze.usage"),
		ArgsUsage:   h("analyze.args"),
		Description: h("analyze.desc"),
		Flags: append(studyFlags(hl),
			append(analysisFlags(h),
				&cli.StringFlag{Name: "format", Value: "csv", Usage: h("analyze.format")},
				&cli.BoolFlag{Name: "exact", Usage: h("analyze.exact")})...),
		Action: func(c *cli.Context) error {
			o, err := analyzeOptionsFrom(c)
			if err != nil {
				return err
			}
			o.Exact = c.Bool("exact")
			switch c.String("format") {
			case "csv":
			case "csv,parquet", "parquet,csv", "parquet":
				o.Parquet = true
			default:
				return usagef(msg(o.Lang, "badFormat"), c.String("format"), "csv, csv,parquet")
			}
			return runAnalyze(c.Context, o, c.App.Writer, c.App.ErrWriter)
		},
	}
}

// runAnalyze reads the study and writes the outputs into o.Out.
func runAnalyze(ctx context.Context, o analyzeOptions, stdout, stderr io.Writer) error {
	out, err := newOutSet(o.Out)
	if err != nil {
		return err
	}
	defer out.abort()
	rj, err := out.create("rejects.csv")
	if err != nil {
		return err
	}
	l, err := loadStudy(o.studyOptions, rj)
	rj.Close()
	if errors.Is(err, ingest.ErrRejectRate) {
		if cerr := out.commitOnly("rejects.csv"); cerr != nil {
			return errors.Join(err, cerr)
		}
		return fmt.Errorf("%w (%s)", err, filepath.Join(o.Out, "rejects.csv"))
	}
	if err != nil {
		return err
	}
	mr, err := analyzeNetwork(l, o)
	if err != nil {
		return err
	}
	for _, t := range []outTable{edgesTable(l.net), nodesTable(mr), groupsTable(mr), silosTable(mr, o.Lang)} {
		if err := writeTable(out, t, o.Parquet); err != nil {
			return err
		}
	}
	if err := out.write("summary.json", func(w *bufio.Writer) error { return writeJSON(w, newSummary(l, o, mr)) }); err != nil {
		return err
	}
	if err := writeVisuals(out, &result{mr, metaOf(l, o)}, o.Lang, viz.DefaultSizeBy); err != nil {
		return err
	}
	rejected := l.res.Rejected()
	if rejected == 0 {
		out.drop("rejects.csv")
	}
	if err := out.commit(); err != nil {
		return err
	}
	from, to := displayWindow(l)
	fmt.Fprintln(stderr, msg(o.Lang, "summaryLine", len(l.res.Directory.Units), len(l.res.Directory.People), len(l.net.Edges), from, to))
	if rejected > 0 {
		fmt.Fprintln(stderr, msg(o.Lang, "rejected", rejected, rejectedWhere(l), filepath.Join(o.Out, "rejects.csv")))
	}
	fmt.Fprintln(stdout, msg(o.Lang, "wrote", o.Out))
	return nil
}

// analyzeNetwork computes the metrics of a loaded study.
func analyzeNetwork(l *loaded, o analyzeOptions) (*metrics.Result, error) {
	th := l.res.Study.Config.Thresholds
	return metrics.Analyze(l.net, metrics.Options{Seed: o.Seed, Resolution: o.Resolution, LeidenIterations: o.LeidenIterations, Permutations: o.Permutations,
		Exact: o.Exact, SiloEI: th.SiloEI, SiloP: th.SiloP})
}

// rejectedWhere lists the files with rejected rows: "people.csv 2, meetings.csv 1".
func rejectedWhere(l *loaded) string {
	s := ""
	for _, in := range l.res.Inputs {
		if in.Rejected > 0 {
			if s != "" {
				s += ", "
			}
			s += fmt.Sprintf("%s %d", relInput(l, in.Path), in.Rejected)
		}
	}
	return s
}

// writeTable writes t as CSV, and as Parquet too when parquet is set.
func writeTable(out *outSet, t outTable, parquet bool) error {
	err := out.write(t.name+".csv", func(w *bufio.Writer) error {
		ct := newCSVTable(w, t.cols)
		if err := t.rows(ct); err != nil {
			return err
		}
		return ct.close()
	})
	if err != nil || !parquet {
		if !parquet {
			out.drop(t.name + ".parquet")
		}
		return err
	}
	return out.write(t.name+".parquet", func(w *bufio.Writer) error {
		pt := newParquetTable(w, t.name, t.cols)
		if err := t.rows(pt); err != nil {
			return err
		}
		return pt.close()
	})
}

// summary is summary.json.
type summary struct {
	Sekat    string                 `json:"sekat_version"`
	Study    string                 `json:"study"`
	Level    string                 `json:"level"`
	Seed     uint64                 `json:"seed"`
	TimeZone string                 `json:"timezone"`
	Window   windowJSON             `json:"window"`
	Counts   countsJSON             `json:"counts"`
	Layers   map[string]any         `json:"layers"`
	Weights  map[string]any         `json:"layer_weights"`
	Inputs   []inputJSON            `json:"inputs"`
	Rejected int64                  `json:"rows_rejected"`
	Network  networkJSON            `json:"network"`
	ByLayer  map[string]networkJSON `json:"network_by_layer"`
	Silos    []siloJSON             `json:"silos"`
	Method   methodJSON             `json:"method"`
	Friction []frictionJSON         `json:"data_sharing_friction"`
}

type networkJSON struct {
	Nodes                     int       `json:"nodes"`
	Ties                      int       `json:"ties"`
	Density                   jsonFloat `json:"density"`
	Components                int       `json:"components"`
	Communities               int       `json:"communities,omitempty"`
	Modularity                jsonFloat `json:"modularity"`
	ModularitySector          jsonFloat `json:"modularity_sector"`
	EIIndex                   jsonFloat `json:"ei_index"`
	AssortativitySector       jsonFloat `json:"assortativity_sector"`
	AssortativitySectorWeight jsonFloat `json:"assortativity_sector_weighted"`
	NMI                       jsonFloat `json:"nmi_sector_community"`
	ARI                       jsonFloat `json:"ari_sector_community"`
	Reciprocity               jsonFloat `json:"reciprocity"`
	DenialRate                jsonFloat `json:"denial_rate"`
}

type siloJSON struct {
	Rank      int       `json:"rank"`
	GroupType string    `json:"group_type"`
	Group     string    `json:"group"`
	Size      int       `json:"size"`
	EIIndex   jsonFloat `json:"ei_index"`
	Expected  jsonFloat `json:"ei_expected"`
	PValue    jsonFloat `json:"ei_p_value"`
	Score     jsonFloat `json:"silo_score"`
	Reason    string    `json:"reason"`
}

type methodJSON struct {
	Resolution float64 `json:"resolution"`
	// LeidenIterations is --leiden-iterations (0: until an iteration
	// changes nothing); LeidenIterationsRun what the reported run took.
	LeidenIterations    int            `json:"leiden_iterations"`
	LeidenIterationsRun int            `json:"leiden_iterations_run"`
	Permutations        int            `json:"permutations"`
	SiloEI              float64        `json:"silo_ei_threshold"`
	SiloP               float64        `json:"silo_p_threshold"`
	MaxMeetingSize      int            `json:"max_meeting_size"`
	Betweenness         map[string]any `json:"betweenness"`
}

type frictionJSON struct {
	Provider   string    `json:"provider_sector"`
	Consumer   string    `json:"consumer_sector"`
	Requests   int64     `json:"requests"`
	Denied     int64     `json:"denied"`
	DenialRate jsonFloat `json:"denial_rate"`
}

func netJSON(w metrics.Whole) networkJSON {
	return networkJSON{w.Nodes, w.Ties, jsonFloat(w.Density), w.Components, w.Communities, jsonFloat(w.Modularity),
		jsonFloat(w.ModularitySector), jsonFloat(w.EIIndexSector), jsonFloat(w.AssortativitySector),
		jsonFloat(w.AssortativitySectorWeight), jsonFloat(w.NMISectorCommunity), jsonFloat(w.ARISectorCommunity),
		jsonFloat(w.Reciprocity), jsonFloat(w.DenialRate)}
}

type windowJSON struct {
	From      string `json:"from"`
	To        string `json:"to"`
	FromGiven bool   `json:"from_given"`
	ToGiven   bool   `json:"to_given"`
}

type countsJSON struct {
	Units            int   `json:"units"`
	People           int   `json:"people"`
	Nodes            int   `json:"nodes"`
	DirectedPairs    int   `json:"directed_pairs"`
	Ties             int   `json:"ties"`
	Messages         int64 `json:"messages"`
	InternalMessages int64 `json:"internal_messages"`
	Meetings         int64 `json:"meetings"`
	MeetingsOneUnit  int64 `json:"meetings_one_unit"`
	MeetingsLarge    int64 `json:"meetings_large"`
	SharesGranted    int64 `json:"shares_granted"`
	SharesDenied     int64 `json:"shares_denied"`
	SharesPending    int64 `json:"shares_pending"`
	InternalShares   int64 `json:"internal_shares"`
}

type inputJSON struct {
	Table       string `json:"table"`
	File        string `json:"file"`
	Rows        int64  `json:"rows_read"`
	Rejected    int64  `json:"rows_rejected"`
	OutOfWindow int64  `json:"rows_outside_window"`
	SHA256      string `json:"sha256"`
}

func newSummary(l *loaded, o analyzeOptions, mr *metrics.Result) summary {
	from, to := displayWindow(l)
	t := l.res.Builder.Totals()
	n := l.net
	s := summary{
		Sekat: Version, Study: l.res.Study.Name, Level: n.Level.String(), Seed: o.Seed,
		TimeZone: l.res.Study.Loc.String(),
		Window:   windowJSON{from, to, l.res.Window.From != 0, l.res.Window.To != 0},
		Counts: countsJSON{
			Units: len(l.res.Directory.Units), People: len(l.res.Directory.People), Nodes: len(n.Nodes),
			DirectedPairs: len(n.Edges), Ties: mr.Whole.Ties,
			Messages: t.Messages, InternalMessages: t.InternalMessages, Meetings: t.Meetings, MeetingsOneUnit: t.MeetingsOneUnit, MeetingsLarge: t.MeetingsLarge,
			SharesGranted: t.Granted, SharesDenied: t.Denied, SharesPending: t.Pending, InternalShares: t.InternalShares,
		},
		Layers:   map[string]any{},
		Weights:  map[string]any{"correspondence": n.Weights.Correspondence, "meetings": n.Weights.Meetings, "data_sharing": n.Weights.DataSharing},
		Rejected: l.res.Rejected(),
	}
	for ly := graph.Layer(0); ly < graph.NumLayers; ly++ {
		total, pairs := 0.0, 0
		for i := range n.Edges {
			if v := n.Edges[i].Layers[ly]; v != 0 {
				total += v
				pairs++
			}
		}
		s.Layers[ly.String()] = map[string]any{"total": jsonFloat(total), "directed_pairs": pairs}
	}
	for _, in := range l.res.Inputs {
		s.Inputs = append(s.Inputs, inputJSON{in.Table.String(), relInput(l, in.Path), in.Rows, in.Rejected, in.OutOfWindow, in.SHA256})
	}
	s.Network = netJSON(mr.Whole)
	s.ByLayer = map[string]networkJSON{}
	for k, w := range mr.Layers {
		s.ByLayer[k] = netJSON(w)
	}
	s.Silos = []siloJSON{}
	for rank, i := range mr.Silos {
		g := mr.Groups[i]
		s.Silos = append(s.Silos, siloJSON{rank + 1, string(g.Type), g.Name, g.Size, jsonFloat(g.EIIndex), jsonFloat(g.EIExpected),
			jsonFloat(g.EIPValue), jsonFloat(g.SiloScore), siloReason(g, o.Lang)})
	}
	b := mr.Betweenness
	bm := map[string]any{"exact": b.Exact, "max_exact_nodes": b.Threshold}
	if !b.Exact {
		bm["samples"], bm["epsilon"], bm["delta"], bm["bound"], bm["vertex_diameter_bound"], bm["seed"] =
			b.Samples, b.Epsilon, b.Delta, jsonFloat(b.Bound), b.VertexDiameter, b.Seed
	}
	s.Method = methodJSON{Resolution: o.Resolution, LeidenIterations: o.LeidenIterations, LeidenIterationsRun: mr.LeidenIterations,
		Permutations: o.Permutations, SiloEI: mr.Options.SiloEIValue(),
		SiloP: mr.Options.SiloPValue(), MaxMeetingSize: l.res.Builder.MeetingSizeLimit(), Betweenness: bm}
	s.Friction = []frictionJSON{}
	for _, f := range mr.Friction {
		s.Friction = append(s.Friction, frictionJSON{f.Provider, f.Consumer, f.Requests, f.Denied, jsonFloat(f.DenialRate)})
	}
	return s
}

// jsonFloat keeps sekat's float format in JSON.
type jsonFloat float64

func (f jsonFloat) MarshalJSON() ([]byte, error) {
	if math.IsNaN(float64(f)) || math.IsInf(float64(f), 0) {
		return []byte("null"), nil
	}
	return graph.AppendFloat(nil, float64(f)), nil
}
