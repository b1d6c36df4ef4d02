package i18n

// en is the catalogue in English. Keys are grouped by where the text is
// shown; id.go has the same keys in the same order.
var en = map[string]string{
	// cmd: messages
	"seeHelp":             "See `sekat --help` or `sekat COMMAND --help`.",
	"noCommand":           "no command %q; see `sekat --help`",
	"needStudy":           "%s needs one STUDY: a folder of tables or a study.yaml",
	"badLevel":            "--level must be unit or person, not %q",
	"badLang":             "--lang must be id or en, not %q",
	"badTime":             "%s %q is not a date; write YYYY-MM-DD",
	"badWindow":           "--to (%s) must be after --from (%s)",
	"badResolution":       "--resolution %v: must be more than 0",
	"badLeidenIterations": "--leiden-iterations %d: must not be negative (0 means until stable)",
	"badPermutations":     "--permutations %d: must be 0 (sekat chooses enough for the number of groups) or more",
	"badSizeBy":           "unknown --size-by %q; choose one of %s",
	"badEngine":           "unknown --engine %q; choose fdp or dot",
	"badLayer":            "unknown --layer %q; choose correspondence, meetings, data_sharing or data_denied",
	"layerAndEgo":         "--layer and --ego cannot be used together",
	"badRejectRate":       "--max-reject-rate %v: must be between 0 and 1",
	"noArgs":              "%s takes no arguments; use --out DIR",
	"badFormat":           "unknown --format %q; choose one of %s",
	"rejected":            "%d rows rejected (%s); they are listed in %s",
	"wrote":               "outputs written to %s",
	"validOK":             "%s: %d files, %d rows, all usable",
	"validBad":            "%s: %d files, %d rows, %d rejected",
	"validWhere":          "%s line %d",
	"validColumn":         "column %s",
	"validInvalid":        "%d rows rejected; fix them and run again",
	"errRejectRate":       "too many rows of one table were rejected (more than --max-reject-rate); fix the rows listed in rejects.csv, or raise --max-reject-rate",
	"errColumn":           "a required column is missing from a file; add it or map its name in study.yaml (columns:)",
	"errStudy":            "the study cannot be read; check the folder, the file names and study.yaml",
	"errStrict":           "--strict: stopped at the first rejected row",
	"detail":              "detail",
	"validMore":           "  ... and %d more; run `sekat analyze` for the full rejects.csv",
	"summaryLine":         "%d units, %d people, %d directed ties; window %s to %s",
	"generated":           "synthetic study %q (seed %d) written to %s",
	"demoStudy":           "sample study written to %s",
	"demoDone":            "demo done; open %s",
	"out.isStudy":         "%s %s is a study folder, and sekat does not write into a study folder",
	"out.insideStudy":     "%s %s lies inside the study folder %s, and sekat does not write into a study folder",
	"out.containsStudy":   "%s %s contains the study folder %s, so outputs written there could overwrite or remove the study's files",
	"out.isInput":         "%s %s is an input file of the study, and sekat does not overwrite its inputs",
	"out.containsInput":   "%s %s contains %s, an input file of the study, so outputs written there could overwrite it",
	"out.isTable":         "%s %s would overwrite %s, a table being read",
	"out.notEmpty":        "%s %s is not empty",
	"out.forceStudy":      "%s %s holds tables or a study.yaml this command does not write (%s), and --force only overwrites the files sekat writes, so two studies would mix",
	"out.forceRealStudy":  "%s %s is a study that sekat generate did not write (it has no truth.json), and --force never overwrites a study's data",
	"out.fix":             "choose another folder for %s, apart from the inputs",
	"out.fixExample":      "choose another folder for %s, apart from the inputs, e.g. %s",
	"out.fixFile":         "choose another file for %s, apart from the inputs",
	"out.fixFileExample":  "choose another file for %s, apart from the inputs, e.g. %s",
	"out.fixNew":          "choose a new or empty folder for %s",
	"out.fixName":         "choose another file name for %s",
	"out.fixEmpty":        "choose a new or empty folder for %s, or add --force to overwrite the files this command writes (other files are not removed)",
	"out.sibling":         "%s-results",
	"exported":            "network (%s) written to %s",
	"inputsHeader":        "Inputs:",
	"inputLine":           "  %-15s %-30s %10d rows, %d rejected",

	"reportWrote": "report written to %s",
	"mapWrote":    "map written to %s",
	"windowDates": "%s to %s",

	// cmd: warnings about the study and its files (ingest.Warning), and
	// the errors of inputs a spreadsheet damaged
	"warning":             "warning: %s",
	"warn.notRead.format": "%s not read: sekat reads tables from .csv, .tsv, .ndjson, .jsonl, .parquet (each optionally .gz) and .xlsx files",
	"warn.notRead.xls":    "%s not read: an .xls workbook (Excel 97-2003); save it as .xlsx or CSV",
	"warn.notRead.lock":   "%s not read: the lock file of a workbook open in Excel; close the workbook",
	"warn.notRead.name":   "%s not read: its name matches no table (units, people, correspondence*, meetings*, data_sharing*); rename it or list it in study.yaml under files:",
	"warn.notRead.listed": "%s not read: study.yaml lists the files of table %s under files:",
	"warn.notRead.same":   "%s not read: the same file as %s, which is read",
	"warn.missingTable":   "no %s table (%s*.csv or another format): the network has no %s layer",
	"warn.encoding":       "%s is not UTF-8: read as %s; save it as UTF-8, or name its encoding in study.yaml (encoding:)",
	"warn.serial":         "%s column %s: %d values are Excel serial numbers (%s) and were read as dates counted from 1899-12-30; check the dates, or format the column as a date in Excel and export again",
	"warn.monthFirst":     "%s column %s: %d dates (%s) are impossible day first but valid month first, and were rejected; if the file writes the month first, set date_order: mdy in study.yaml",
	"warn.windowEmpty":    "no %s event in the window: its %d rows run from %s to %s",
	"errExcelID":          "%s line %d column %s: %q is an id that Excel turned into a number in scientific notation; Excel keeps only 15 digits, so different ids became the same and the lost digits cannot be recovered from this file. In Excel, format the column as Text before the ids go in (Data > From Text/CSV, column type Text, or open the e-office export that way), then export again",
	"errExcelIDDecimal":   "%s line %d column %s: %q is an id written as a decimal number (.0); a spreadsheet or a script turned the column into numbers, which keep only 15 digits. In Excel, format the column as Text (or read it as text), then export again",
	"errNoEvents":         "no event in the window %s to %s: the %d log rows run from %s to %s; choose --from and --to (or window: in study.yaml) inside that span",
	"errNoEventsAtAll":    "no usable event in the logs: every row of correspondence, meetings and data_sharing is empty or rejected; see rejects.csv or run sekat validate",

	// cmd: the reason column of rejects.csv, by the ingest sentinel
	"reason.fieldCount":      "this row has a different number of fields than the header; check the delimiter and the quoting",
	"reason.invalidUTF8":     "the text is not valid UTF-8; save the file as UTF-8",
	"reason.openQuote":       "an opening quote is never closed (probably a stray quote on this line); only this line is rejected and reading goes on at the next one; inside quoted text write a quote as \"\"",
	"reason.malformed":       "a broken row (an unclosed quote or incomplete JSON); fix this row",
	"reason.badTime":         "not a valid time; use YYYY-MM-DD[ HH:MM[:SS]], RFC 3339, DD/MM/YYYY[ HH:MM], D Month YYYY (1 Maret 2025) or an Excel serial (45717)",
	"reason.monthFirst":      "not a date day first (sekat reads 03/04/2025 as 3 April), but a date month first; if the file writes the month first, set date_order: mdy in study.yaml",
	"reason.missingValue":    "a required value is empty; fill in this column",
	"reason.unknownID":       "unknown id: not in the people or the units table; add it or fix the id",
	"reason.noSpell":         "this person belongs to no unit on that date; check valid_from/valid_to in the people table",
	"reason.emptyRecipients": "a letter without recipients: recipients and cc are empty",
	"reason.badValue":        "not a valid value for this column",
	"reason.duplicate":       "a duplicate id; an id must be unique and name one thing only",

	// cmd: urfave/cli's usage errors in sekat's words
	"usage.unknownFlag": "unknown flag %s for %s; its flags are %s",
	"usage.didYouMean":  "unknown flag %s for %s (did you mean %s?); its flags are %s",
	"usage.badValue":    "%s %q: the value must be %s",
	"usage.needsValue":  "%s needs a value: write %s %s",
	"usage.badSyntax":   "%q is not a flag sekat can read; write --name or --name=value",
	"usage.int":         "a whole number, e.g. 3",
	"usage.uint":        "a whole number, 0 or more, e.g. 42",
	"usage.float":       "a number with a decimal point, e.g. 0.5",
	"usage.bool":        "true or false",
	"usage.valid":       "a valid value (see --help)",
	"usage.value":       "VALUE",

	// cmd: study.yaml errors in sekat's words
	"yaml.at":         "%s line %d",
	"yaml.unknownKey": "%s: unknown key %q %s; the keys allowed there are %s",
	"yaml.duplicate":  "%s: key %q is written twice %s; remove one of them",
	"yaml.badType":    "%s: %s holds %s, but it must be %s",
	"yaml.syntax":     "%s: not valid YAML (%s); check the colons, quotes, brackets and indentation",
	"yaml.top":        "at the top level",
	"yaml.under":      "under %s",
	"yaml.text":       "text",
	"yaml.number":     "a number with a decimal point, e.g. 0.5",
	"yaml.list":       "a list, e.g. [a.csv, b.csv]",
	"yaml.mapping":    "a mapping of key: value",
	"yaml.gotText":    "the text %q",
	"yaml.gotList":    "a list",
	"yaml.gotMapping": "a mapping",
	"yaml.wholeFile":  "the file",

	// cmd: --help

	// sekat
	"sekat.usage": "organisational network analysis: find the silos between government units",
	"sekat.desc": `sekat reads a study — units, people, and the logs of letters (surat, nota dinas,
disposisi), meetings (rapat) and data sharing — builds the network of units and people,
and writes the ties, metrics and a report.

Messages, reports and this help are in Bahasa Indonesia; --lang en gives English. Help
(--help) follows --lang wherever it is on the command line; without --lang, messages,
reports and help follow the environment variable SEKAT_LANG (id or en).

Examples:
   sekat demo                                   # run everything on the embedded sample study
   sekat generate --preset kabupaten --out studi # a synthetic study with planted silos
   sekat validate studi                         # check the inputs, say what to fix
   sekat analyze studi --from 2025-01-01 --to 2025-07-01 --out hasil
   sekat export studi --format gexf --out jejaring.gexf   # open in Gephi`,

	// flags shared by several commands
	"flag.lang":              "`LANGUAGE` of messages, reports and help: id (Bahasa Indonesia) or en (English)",
	"flag.from":              "start of the window, inclusive: a `DATE` (YYYY-MM-DD) or a date and time",
	"flag.to":                "end of the window, exclusive: a `DATE` (YYYY-MM-DD) or a date and time",
	"flag.level":             "`LEVEL` of the nodes: unit (government units) or person (people)",
	"flag.strict":            "stop at the first bad row instead of rejecting it",
	"flag.max-reject-rate":   "fail when more than this `SHARE` of a table's rows is rejected (0 to 1; thresholds.max_reject_rate in study.yaml replaces the default)",
	"flag.out-dir":           "output `DIR`",
	"flag.force":             "write into a folder that is not empty: overwrite the files this command writes and leave the others",
	"flag.seed":              "seed `N` of every random choice (same seed, same outputs)",
	"flag.resolution":        "Leiden resolution `G`: larger gives more, smaller communities",
	"flag.leiden-iterations": "cap of `N` Leiden iterations; 0 means iterate until an iteration changes nothing (the most thorough); 1 or 2 are faster on very large networks",
	"flag.permutations":      "`N` permutations of the E-I significance test; 0 (the default) runs max(1000, 20 × groups / silo_alpha) for each kind of group, so that even after Holm's correction a verdict is never out of reach",

	// demo
	"demo.usage": "analyse the embedded sample study (needs no files)",
	"demo.desc": `Writes the embedded sample study — a synthetic kabupaten with about 40 OPDs and
3,000 staff over one year, with planted silos — into DIR/studi, analyses it into DIR/hasil,
and says where the report is. DIR (--out) must be new or empty; --force writes over an
earlier demo there.

Examples:
   sekat demo
   sekat demo --out /tmp/demo --lang en`,

	// generate
	"generate.usage": "write a synthetic study with planted silos and facilitators",
	"generate.desc": `Presets: kabupaten (about 40 OPDs, 3,000 staff, a year of logs; the default),
provinsi (about 400 units, for benchmarks), nasional (10M+ letters, Parquet, streamed),
hostile (kabupaten with unit names full of quotes, markup and formulas, to test escaping).
truth.json beside the tables says what was planted: the silos of each half year, the
mid-year change, the facilitators, the staff who moved.

Examples:
   sekat generate --out studi
   sekat generate --preset kabupaten --seed 7 --format parquet --out studi-parquet
   sekat generate --preset nasional --scale 0.1 --out nasional`,
	"generate.preset": "`PRESET` to generate, one of %s",
	"generate.seed":   "seed `N` (same seed, same files)",
	"generate.scale":  "multiply staff and event counts by `X`",
	"generate.format": "table `FORMAT`: csv, csv-semicolon (Excel Indonesia: ; with BOM and CRLF), tsv, ndjson, parquet, parquet-strings (default: csv; parquet for nasional)",
	"generate.gzip":   "gzip every table",

	// validate
	"validate.usage": "check a study's inputs and say what is wrong, where, and how to fix it",
	"validate.args":  "STUDY",
	"validate.desc": `Reads every table of STUDY as analyze would and lists each row that cannot be
used with its file, line, column and the fix. Exit code 0 when every row is usable,
1 when a row or a file has a problem.

Examples:
   sekat validate studi
   sekat validate studi/study.yaml --lang en`,
	"validate.show": "print the first `N` rejected rows",

	// analyze
	"analyze.usage": "build the network of a study and write its ties and summary",
	"analyze.args":  "STUDY",
	"analyze.desc": `STUDY is a folder of tables (units, people, correspondence*, meetings*, data_sharing*;
CSV, TSV, NDJSON or Parquet, optionally .gz) or a study.yaml.

Writes into --out: units.csv (people.csv with --level person: one row per node with its
centrality, community, brokerage and silo measures), groups.csv (sectors, units, communities),
silos.csv (the silos ranked, with the reason in words), edges.csv (one row per directed pair),
summary.json (whole-network figures, window, inputs with sha256 and rows read/rejected) and
rejects.csv when a row was rejected.

Examples:
   sekat analyze studi
   sekat analyze studi --from 2025-01-01 --to 2025-07-01 --out hasil-semester1
   sekat analyze studi --level person --lang en`,
	"analyze.format": "output `FORMAT`: csv, or csv,parquet to add a .parquet twin of each table",
	"analyze.exact":  "exact betweenness even on large graphs (without it: sampled above 20,000 nodes, with a stated error bound)",

	// export
	"export.usage": "write the network for Gephi, Graphviz or a spreadsheet",
	"export.args":  "STUDY",
	"export.desc": `Formats: csv (the edges table, as edges.csv), graphml (yEd, Cytoscape, igraph),
gexf (Gephi), dot (Graphviz). Edges are directed; each carries the combined weight and
the value of every layer.

Examples:
   sekat export studi --format gexf --out jejaring.gexf
   sekat export studi --format graphml --level person --from 2025-07-01 --out orang.graphml
   sekat export studi --format dot | dot -Tsvg > jejaring.svg`,
	"export.format": "`FORMAT`: csv, graphml, gexf or dot",
	"export.out":    "output `FILE` (default: standard output)",

	// map
	"map.usage": "draw the network as a Graphviz map (SVG, PNG or DOT)",
	"map.args":  "STUDY|OUTDIR",
	"map.desc": `Analyses STUDY (or reads back OUTDIR, a folder written by ` + "`sekat analyze`" + `) and draws
the unit map: units boxed by sector (silos in thick red), coloured by community, sized by
betweenness (--size-by), ties on a log scale, cross-sector ties in blue, bridges in red.
--layer draws one layer; --ego PERSON draws a person and their two-step neighbourhood
(person level). Large networks keep each node's strongest ties (--max-ties) and at most
--max-nodes nodes; the map says what was left out.

Examples:
   sekat map studi                       # writes map.svg
   sekat map studi --format dot --out peta.dot
   sekat map studi --layer data_denied --out ditolak.svg
   sekat map studi --ego P-0042 --out ego.svg`,
	"map.format":    "`FORMAT`: svg, png or dot",
	"map.engine":    "layout `ENGINE`: dot (byte-stable) or fdp (force-directed)",
	"map.layer":     "draw one `LAYER`: correspondence, meetings, data_sharing, data_denied",
	"map.ego":       "draw the two-step neighbourhood of this `PERSON`, a person_id (implies --level person)",
	"map.size-by":   "`METRIC` that sizes the nodes: %s",
	"map.max-ties":  "keep the `N` strongest ties of each node (-1: all; 0: the default)",
	"map.max-nodes": "draw at most `N` nodes (%d with --ego; -1: all)",
	"map.seed":      "seed `N` of every random choice",
	"map.out":       "output `FILE` (default: map.FORMAT)",

	// report
	"report.usage": "write the self-contained HTML report (report.html) with the map and the heatmap",
	"report.args":  "STUDY|OUTDIR",
	"report.desc": `Analyses STUDY as ` + "`sekat analyze`" + ` does and writes into --out report.html (one file:
no network access needed, prints on A4), map.svg and map.dot. ` + "`sekat analyze`" + ` writes the same
files at the end of its run. Given OUTDIR, an output folder of ` + "`sekat analyze`" + `, it reads the
results back instead (window, seed and other analysis flags are then those of that run), e.g.
to redraw with another --size-by or --lang.

Examples:
   sekat report studi --out hasil
   sekat report studi --from 2025-01-01 --to 2025-07-01 --lang en --out report-h1
   sekat report hasil --size-by pagerank --out hasil`,
	"report.size-by": "`METRIC` that sizes the map's nodes: %s",

	// urfave/cli's own
	"cli.help":        "show help",
	"cli.version":     "print the version",
	"cli.helpCommand": "Shows a list of commands or help for one command",
	"cli.helpArgs":    "[command]",

	// urfave/cli's help templates: headings and the usage line
	"cli.head.name":        "NAME",
	"cli.head.usage":       "USAGE",
	"cli.head.version":     "VERSION",
	"cli.head.description": "DESCRIPTION",
	"cli.head.category":    "CATEGORY",
	"cli.head.commands":    "COMMANDS",
	"cli.head.globalFlags": "GLOBAL OPTIONS",
	"cli.head.flags":       "OPTIONS",
	"cli.globalFlags":      "[global options]",
	"cli.command":          "command",
	"cli.commandFlags":     "[command options]",
	"cli.arguments":        "[arguments...]",
	"cli.default":          "default",
	"cli.versionLine":      "%s version %s",

	// viz: maps, heatmap and report
	"viz.sector":                       "sector",
	"viz.community":                    "community",
	"viz.window":                       "Window",
	"viz.unitMap":                      "Unit network map",
	"viz.legendSize":                   "Colour: detected community · Size: %s · Boxes: sectors (thick red box = SILO)",
	"viz.legendEdges":                  "Grey: tie inside a sector · blue: across sectors · line width: weight (log scale)\nThick red: bridge (the network splits without it)",
	"viz.legendShapes":                 "Circle: unit · square: formal coordinator · diamond: external · double outline: articulation point",
	"viz.drawnTies":                    "%d of %d ties drawn",
	"viz.topK":                         "\n(each unit's %d strongest ties and every bridge; weaker ties are left out)",
	"viz.hiddenNodes":                  "\n%d units with the smallest %s are left out",
	"viz.layer.correspondence":         "Correspondence layer",
	"viz.layer.meetings":               "Meetings layer",
	"viz.layer.dataSharing":            "Data sharing layer (granted)",
	"viz.layer.dataDenied":             "Denied data requests layer",
	"viz.egoMap":                       "Ego network of %s (%s), unit %s",
	"viz.egoLegend":                    "Boxes and colours: units · double circle: the person mapped · blue: ties across units",
	"viz.egoHidden":                    "; %d people with the weakest ties are left out",
	"viz.heatTitle":                    "Sector mixing matrix",
	"viz.heatRow":                      "From sector",
	"viz.heatCol":                      "to sector",
	"viz.heatNote":                     "Cells: percent of the row sector's tie weight that goes to the column sector. A heavy diagonal = sectors that keep to themselves (silos).",
	"num.thousands":                    ",",
	"viz.metric.betweenness":           "betweenness",
	"viz.metric.strength":              "tie strength",
	"viz.metric.degree":                "number of partners",
	"viz.metric.harmonic":              "harmonic closeness",
	"viz.metric.pagerank":              "PageRank",
	"viz.metric.eigenvector":           "eigenvector",
	"viz.metric.effective_size":        "effective size (Burt)",
	"viz.metric.participation_sector":  "participation across sectors",
	"viz.metric.coordinator_brokerage": "brokerage (Gould-Fernandez)",
	"viz.reportTitle":                  "Organisational network analysis report",
	"viz.tocHeadline":                  "Summary",
	"viz.tocMap":                       "Network map",
	"viz.tocHeat":                      "Mixing matrix",
	"viz.tocBrokers":                   "Top brokers",
	"viz.tocFriction":                  "Data-sharing friction",
	"viz.tocTables":                    "Tables",
	"viz.tocMethod":                    "Method",
	"viz.brokersIntro":                 "The units most often on the shortest paths between other units (betweenness). Formal coordinators (e.g. Setda, Bappeda) are meant to bridge; an ordinary unit that bridges sectors is an informal bridge — an asset that is fragile when it rests on a few people.",
	"viz.formalBroker":                 "formal coordinator",
	"viz.informalBroker":               "informal bridge",
	"viz.frictionIntro":                "Decided data requests between sectors (granted or denied), by number of denials.",
	"viz.noFriction":                   "No data requests between sectors in this window.",
	"viz.methodIntro":                  "This page holds what is needed to reproduce the analysis.",
	"viz.def.tie.term":                 "Tie",
	"viz.def.tie.text":                 "weight(u→v) = a_c·correspondence(u→v) + a_m·meetings({u,v})/2 + a_d·data_sharing(u→v); undirected w{u,v} = weight(u→v) + weight(v→u). Denied data requests never add weight.",
	"viz.def.meetings.term":            "Meetings",
	"viz.def.meetings.text":            "each meeting gives every pair of attending units 1/(|A|−1) (Newman's collaboration weighting).",
	"viz.def.ei.term":                  "E-I index",
	"viz.def.ei.text":                  "(E−I)/(E+I): E = tie weight leaving the group, I = inside. −1 = all inside, +1 = all outside (Krackhardt & Stern).",
	"viz.def.eiExpected.term":          "Expected E-I",
	"viz.def.eiExpected.text":          "((n−n_g)−(n_g−1)/2)/((n−n_g)+(n_g−1)/2): the E-I of the weights the group would expect if ties ignored groups (labels shuffled, sizes kept), each tie counted once.",
	"viz.def.silo.term":                "Silo",
	"viz.def.silo.text":                "homophily H = (p − q)/(1 − q), with p the share of the group's tie weight that stays inside and q the share random mixing gives; equivalently 1 − (share outside)/(share outside by chance): 0 = as chance, 1 = closed. A sector (or, at person level, a unit) is a silo when it is more inward than random mixing with a Holm-adjusted p-value at or below silo_alpha (one-sided permutation test: labels shuffled, sizes kept; corrected across the groups of its kind) and H at or above silo_homophily; significant with a smaller H: watch list. Groups of one, communities and groups of coordinator or external units only are not judged.",
	"viz.def.betweenness.term":         "Betweenness",
	"viz.def.betweenness.text":         "the share of shortest paths (distance = 1/weight) between other units that pass through this unit, normalised as NetworkX does.",
	"viz.def.community.term":           "Community",
	"viz.def.community.text":           "Leiden (modularity, resolution γ); numbered from the largest.",
	"viz.def.gouldFernandez.term":      "Gould-Fernandez roles",
	"viz.def.gouldFernandez.text":      "coordinator, itinerant, representative, gatekeeper, liaison: kinds of brokerage by sector on the directed graph.",
	"viz.def.articulation.term":        "Articulation point / bridge",
	"viz.def.articulation.text":        "a unit / tie whose removal splits the network.",
	"viz.colUnit":                      "Unit",
	"viz.colName":                      "Name",
	"viz.colSector":                    "Sector",
	"viz.colKind":                      "Kind",
	"viz.colRole":                      "Role",
	"viz.colBetweenness":               "Betweenness",
	"viz.colParticipation":             "Sector participation",
	"viz.colBrokerage":                 "G-F brokerage",
	"viz.colCommunity":                 "Community",
	"viz.colEI":                        "E-I",
	"viz.colExpected":                  "Expected E-I",
	"viz.colP":                         "p",
	"viz.colPAdj":                      "Adjusted p (Holm)",
	"viz.colHomophily":                 "Homophily",
	"viz.colVerdict":                   "Verdict",
	"viz.verdict.silo":                 "SILO",
	"viz.verdict.watch":                "watch",
	"viz.watchTitle":                   "Watch list",
	"viz.param.siloRule":               "Silo rule",
	"viz.param.siloRuleValue":          "adjusted p ≤ %s and homophily ≥ %s (significant with lower homophily: watch list)",
	"viz.colSize":                      "Size",
	"viz.colProvider":                  "Provider sector",
	"viz.colConsum":                    "Consumer sector",
	"viz.colRequests":                  "Requests",
	"viz.colDenied":                    "Denied",
	"viz.colRate":                      "Denial rate",
	"viz.colFile":                      "File",
	"viz.colTable":                     "Table",
	"viz.colRows":                      "Rows read",
	"viz.colRejected":                  "Rejected",
	"viz.colOutside":                   "Outside window",
	"viz.colSHA":                       "SHA-256",
	"viz.colGroup":                     "Group",
	"viz.colArticulation":              "Articulation",
	"viz.yes":                          "yes",
	"viz.no":                           "no",
	"viz.seedLabel":                    "Seed",
	"viz.versionLabel":                 "sekat version",
	"viz.windowLabel":                  "Window",
	"viz.inputsLabel":                  "Inputs",
	"viz.leidenIterations":             "Leiden iterations",
	"viz.untilStable":                  "until stable",
	"viz.iterationCap":                 "cap %d",
	"viz.generatedBy":                  "Made by sekat %s.",
	"viz.sortHint":                     "Click a column heading to sort.",
	"viz.kind.internal":                "internal",
	"viz.kind.coordinator":             "coordinator",
	"viz.kind.external":                "external",
	"viz.kind.person":                  "person",
	"viz.kind.unit":                    "unit",
	"viz.layersTitle":                  "Maps per layer",
	"viz.groupsTitle":                  "Groups (sectors and communities)",
	"viz.unitsTitle":                   "Units",
	"viz.rejectsNote":                  "Rejected rows are listed in rejects.csv (file, line, column, value, reason).",
	"viz.paramsLabel":                  "Parameters",
	"viz.fig.units":                    "Units",
	"viz.fig.ties":                     "Ties",
	"viz.fig.inside":                   "Tie weight inside sectors",
	"viz.fig.communities":              "Detected communities",
	"viz.fig.communitiesValue":         "%s (modularity %s)",
	"viz.fig.nmi":                      "Sector–community agreement (NMI)",
	"viz.fig.denied":                   "Data requests denied",
	"viz.frictionTotal":                "Between sectors, %s of %s decided data requests were denied (%s%%).",
	"viz.colStrength":                  "Strength",
	"viz.param.level":                  "Level",
	"viz.param.permutations":           "Permutations E-I",
	"viz.betweennessExact":             "exact (Brandes)",
	"viz.betweennessSampled":           "sampled: %d samples, ε = %s, δ = %s",

	// the silo sentence (silos.csv, summary.json and the report)
	"silo.denied":      "; it denied %d of %d data requests from other %s",
	"silo.reason":      "%s%% of the tie weight of %s %s stays inside, where random mixing would give %s%%: homophily %s, at or above the silo threshold %s (%s)",
	"silo.watchReason": "%s%% of the tie weight of %s %s stays inside, where random mixing would give %s%%: homophily %s, below the silo threshold %s, but more inward than chance (%s); on the watch list",
	"silo.pAdjIs":      "adjusted p = %s",
	"silo.pAdjBelow":   "adjusted p < %s",
	"silo.community":   "community",
	"silo.communities": "communities",
	// the report's sentences on the verdicts, made by i18n from the numbers
	"silo.summary.silos":              "Silos: %d of %d %s judged. Each sends outside at most %s%% of the tie weight random mixing would send (homophily at least %s), a difference statistically significant after Holm's correction (adjusted p at most %s).",
	"silo.summary.watch":              "Watch list: %d of %d %s judged, more inward than random mixing (significant after Holm's correction) but with homophily below %s.",
	"silo.summary.watchOnly":          "No %s is a silo. Watch list: %d of %d %s judged, more inward than random mixing (significant after Holm's correction) but with homophily below %s.",
	"silo.summary.notSignificant":     "No %s is shown to be a silo or to need watching: where a %s keeps more of its tie weight inside than random mixing would, the difference is within chance (adjusted p above %s).",
	"silo.summary.tooFewPermutations": "No %s could be shown to be a silo: with %d permutations the smallest adjusted p-value the test can give is %s, above %s; run with more permutations (see the warning).",
	"silo.summary.allOpen":            "No %s is a silo: every %s judged keeps at least as much of its tie weight outside as random mixing would.",
	"silo.summary.noneJudged":         "No %s could be judged.",
	"silo.summary.noSectors":          "Sector silos are not judged: no sector holds two units or more (the units table has no sector column, or every sector has one unit).",
	"silo.summary.unjudged":           "Not judged: %d %s (one member, no ties, or coordinator and external units only).",
	"silo.level.none":                 "This organisation is not siloed by sector.",
	"silo.level.low":                  "This organisation is slightly siloed by sector.",
	"silo.level.moderate":             "This organisation is moderately siloed by sector.",
	"silo.level.high":                 "This organisation is strongly siloed by sector.",
	"silo.level.unknown":              "Whether this organisation is siloed by sector cannot be told from these data.",
	"silo.level.tooFewPermutations":   "Whether this organisation is siloed by sector cannot be told from a test with so few permutations.",
	"silo.inside":                     "%s%% (random mixing: %s%%)",
	"silo.inside.none":                "not meaningful: no sector holds two units",
	"silo.warnNoSectors":              "no sector holds two units or more (the units table has no sector column, so every unit is its own sector, or every sector has one unit): sector silos are not judged, and modularity, E-I, assortativity, NMI and ARI by sector are left empty as meaningless",
	"silo.warnPermutations":           "the E-I tests of the %s ran %d permutations, so the smallest adjusted p-value they can give is %s, not below %s (alpha/10): a group can miss its verdict for want of permutations; --permutations %d gives the full resolution (and takes longer)",
	"yaml.replaced":                   " (%s was replaced by %s: the silo rule now uses the homophily index and the Holm-adjusted p-value; see docs/metrics.md)",
	"silo.sector":                     "sector",
	"silo.unit":                       "unit",
	"silo.sectors":                    "sectors",
	"silo.units":                      "units",

	// numbers
	"num.decimal": ".",

	// cmd: untrusted inputs (issue "Reliability")
	"flag.follow-symlinks": "also read files outside the study folder: symbolic links that point out of it and study.yaml paths that leave it (without it they are refused)",
	"flag.max-spool":       "the most a gzipped Parquet file may unpack to in its temporary file, as a `SIZE` (e.g. 4GiB, 500MiB)",
	"badMaxSpool":          "--max-spool %q: write a positive size such as 4GiB, 500MiB or 1048576 (bytes)",
	"badSetting":           "a value in study.yaml is out of range",
	"errOutside":           "a table file lies outside the study folder (through a symbolic link or a study.yaml path) and was not read; copy it into the study folder, or pass --follow-symlinks if you trust where it points",
	"errNotRegular":        "a table file is not a regular file (a named pipe, a device or a folder) and was not read; copy the data into a file",
	"errSpool":             "this gzipped Parquet file unpacks to more than the limit; raise --max-spool if the file is genuine, or store it as plain .parquet",
	"rejectsMore":          "and %d more rows of this file were rejected; rejects.csv lists only the first %d rows of each file (sekat validate summarises them)",
	"badFlagNumber":        "%s %v: must be %s",
	"rangeFinitePositive":  "a finite number greater than 0",
	"rangeMinusOneOrMore":  "-1 or more",
	"rangeZeroOrMore":      "0 or more",

	// cmd: interrupts, crashes and progress (issue "Foundations")
	"interrupted":      "interrupted (Ctrl-C or SIGTERM); temporary files removed, earlier outputs in the output folder left as they were",
	"interruptedTwice": "stopped at once on the second signal; temporary files removed",
	"crash":            "internal error (panic). This is a bug in sekat, not a fault in your data.",
	"crashSend":        "Please send the report below to sekat's maintainers, with the command you ran and, if you can, study.yaml\nand the header lines of the input tables (not the data):",
	"crashOutputs":     "Temporary files were removed; earlier outputs in the output folder were left as they were.",
	"progRows":         "reading %s: %s rows",
	"progLeiden":       "communities (Leiden): iteration %d",
	"progLeidenCap":    "communities (Leiden): iteration %d of at most %d",
	"progBetweenness":  "betweenness: %s of %s sources (%d%%)",
	"progSampled":      "betweenness (sampled): %s of %s pairs (%d%%)",
	"progHarmonic":     "harmonic closeness: %s of %s sources (%d%%)",
	"progPermutations": "E-I permutation test (%s): %s of %s (%d%%)",
	"progStability":    "community stability: Leiden run %d of %d",
	"groupsector":      "sectors",
	"groupunit":        "units",
	"groupcommunity":   "communities",
	"stepnetwork":      "building the network from the rows read",
	"stepcentrality":   "PageRank, eigenvector and the brokerage measures (constraint, effective size)",
	"steproles":        "participation, roles and each node's E-I index",
	"stepwhole":        "whole-network and per-layer figures",
	"stepmap":          "drawing the map (Graphviz)",
	"flag.quiet":       "no progress line on the terminal (warnings and the summary still print)",

	// cmd: people without ties, partial rows, circulars (issue "Right answers")
	"flag.keep-inactive":      "person level: also keep the people without a tie in the window as nodes; without it they are left out and only counted in summary.json (no effect at unit level)",
	"partialRows":             "%d letters were used without some of their recipients, whose ids are unknown; each such id is listed in %s",
	"circularsLine":           "%d circulars (letters to more than %d other units) make no tie; circulars_sent counts them per sender",
	"inactiveLeftOut":         "%d people without a tie in the window are left out of the network (--keep-inactive keeps them)",
	"inactiveKept":            "%d people without a tie in the window are kept as isolated nodes (--keep-inactive)",
	"reason.partialUnknownID": "unknown recipient id (not in the people or the units table); the letter is used with its other recipients; add the id or fix it",
	"reason.partialNoSpell":   "this recipient belongs to no unit on the letter's date; the letter is used with its other recipients; check valid_from/valid_to in the people table",
	"validPartial":            "  %d letters can still be used without %d unknown recipient ids",
	"validInvalidPartial":     "%d recipient ids are unknown; fix them and run again",

	// viz: the person level's words for nodes, and what the network sets aside (issue "Right answers")
	"viz.person.map":              "People network map",
	"viz.person.legendShapes":     "Circle: person · triangle: a unit addressed directly (not a person) · double outline: articulation point",
	"viz.person.topK":             "\n(each person's %d strongest ties and every bridge; weaker ties are left out)",
	"viz.person.hiddenNodes":      "\n%d people or units with the smallest %s are left out",
	"viz.person.brokersIntro":     "The people most often on the shortest paths between other people (betweenness). Staff of formal coordinators (e.g. Setda, Bappeda) are meant to bridge; staff of an ordinary unit who bridge sectors are informal bridges — an asset that is fragile when nobody could take their place. Units addressed directly are not ranked here.",
	"viz.person.colPerson":        "Person",
	"viz.person.tableTitle":       "People",
	"viz.person.fig":              "People",
	"viz.person.groupsTitle":      "Groups (sectors, units and communities)",
	"viz.person.def.meetings":     "each meeting gives every pair of attending people 1/(|A|−1) (Newman's collaboration weighting).",
	"viz.person.def.betweenness":  "the share of shortest paths (distance = 1/weight) between other people that pass through this person, normalised as NetworkX does.",
	"viz.person.def.articulation": "a person / tie whose removal splits the network.",
	"viz.note.circulars":          "%s circulars (letters to more than %d other units) were set aside and make no tie; circulars_sent counts them per sender.",
	"viz.note.inactive":           "%s people without a tie in this window are left out of the network.",
	"viz.note.inactiveKept":       "%s people without a tie in this window are kept as isolated nodes (--keep-inactive).",
	"viz.note.unitNodes":          "%s units addressed directly are nodes of the network so that their ties are kept, but they are not counted as people nor ranked; people.csv gives them the kind unit.",
}
