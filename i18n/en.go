package i18n

// en is the catalogue in English. Keys are grouped by where the text is
// shown; id.go has the same keys in the same order.
var en = map[string]string{
	// cmd: messages
	"seeHelp":                "See `sekat --help` or `sekat COMMAND --help`.",
	"noCommand":              "no command %q; see `sekat --help`",
	"needStudy":              "%s needs one STUDY: a folder of tables or a study.yaml",
	"badLevel":               "--level must be unit or person, not %q",
	"badLang":                "--lang must be id or en, not %q",
	"badTime":                "%s %q is not a date; write YYYY-MM-DD",
	"badWindow":              "--to (%s) must be after --from (%s)",
	"badWindowMixed":         "the window's end (%s) must be after its start (%s); one bound comes from --from/--to and the other from the window key of study.yaml; correct one of them",
	"badResolution":          "--resolution %v: must be more than 0",
	"badLeidenIterations":    "--leiden-iterations %d: must not be negative (0 means until stable)",
	"badPermutations":        "--permutations %d: must be 0 (sekat chooses enough for the number of groups) or more",
	"badSizeBy":              "unknown --size-by %q; choose one of %s",
	"badEngine":              "unknown --engine %q; choose fdp or dot",
	"badLayer":               "unknown --layer %q; choose correspondence, meetings, data_sharing or data_denied",
	"layerAndEgo":            "--layer, --ego and --sectors cannot be used together; choose one",
	"badRejectRate":          "--max-reject-rate %v: must be between 0 and 1",
	"noArgs":                 "%s takes no arguments; use --out DIR",
	"badFormat":              "unknown --format %q; choose one of %s",
	"badChoice":              "%s %q is not known; choose one of %s",
	"pairsRunDialect":        "--run runs the DuckDB text with the embedded DuckDB; --dialect %q cannot be run here: leave out --run to write its SQL",
	"pairsRunOut":            "--run needs --out FOLDER, a new or empty folder for the pair tables",
	"pairsNoEngine":          "this sekat has no embedded DuckDB: build it with go build -tags duckdb ./cmd/sekat (cgo, gcc and g++), or leave out --run and run the SQL in DuckDB, Spark or Trino",
	"rejected":               "%d rows rejected (%s); they are listed in %s",
	"wrote":                  "outputs written to %s",
	"validOK":                "%s: %d files, %d rows, all usable",
	"validBad":               "%s: %d files, %d rows, %d rejected",
	"validWhere":             "%s line %d",
	"validColumn":            "column %s",
	"validInvalid":           "%d rows rejected; fix them and run again",
	"errRejectRate":          "too many rows of one table were rejected (more than --max-reject-rate); fix the rows listed in rejects.csv, or raise --max-reject-rate",
	"changefile.at":          "%s line %d",
	"errRejectRateValidate":  "too many rows of one table were rejected (more than --max-reject-rate); run `sekat validate %s` to list the rejected rows and how to fix them, or raise --max-reject-rate",
	"errColumn":              "a required column is missing from a file; add it or map its name in study.yaml (columns:)",
	"errColumnAt":            "%s: the required column %q is missing%s; the columns found: %s; add the column or map its name in study.yaml (columns:)",
	"errColumnLine":          " from the header (read from line %d)",
	"errColumnRow":           " from the header (read from sheet row %d, the first row with a value)",
	"errColumnTitle":         "; if the column names are not on line %d (a title above the table), remove the rows above them",
	"errColumnEmptyFile":     "; the file is empty (0 bytes): export the table again, or remove the file",
	"errColumnOtherSheets":   "; this is sheet %q of %s: if the table is on another sheet, name it in study.yaml (sheet:)",
	"errColumnEmptySheet":    "; sheet %q holds no value; the workbook's sheets are %s: name the sheet that holds the table in study.yaml (sheet:)",
	"errColumnNone":          "none",
	"errColumnHolds.gzip":    "; the file holds gzip data, not text: name it %s",
	"errColumnHolds.xlsx":    "; the file is an .xlsx workbook, not text: name it %s",
	"errColumnHolds.parquet": "; the file is a Parquet file, not text: name it %s",
	"errColumnHolds.xls":     "; the file is an .xls workbook (or a password-protected one), not text: save it in Excel as .xlsx without a password, or as CSV",
	"errDamaged":             "%s is damaged or cut off: it stops before its end, or its data (gzip, Parquet, workbook) is broken, so the rows after that cannot be read; copy or export the file again from its source",
	"errNotTable":            "%s does not look like a table in the format its name's ending gives (a row over 16 MiB, more than 4,096 columns, or the content of another format); check what the file holds and its delimiter, and that its ending (.csv, .gz, .xlsx) fits its content, then export it again",
	"errOutDir":              "the output folder %s cannot be made or written; choose another folder with --out, or check that the path is not a file and that you may write there",
	"errCommit":              "the outputs could not be put in place in the folder %s, and the folder was left as it was before the run; check the free space and the permissions, and that no folder has the name of an output file",
	"anInputFile":            "an input file",
	"errDuplicateColumn":     "%s: the column %q appears twice in the header (columns %d and %d, counting from 1); sekat would read only one of them: remove or rename the other",
	"errStudy":               "the study cannot be read; check the folder, the file names and study.yaml",
	"errPairs":               "the pair tables (--pairs) do not fit the study or this command; the detail below names the file and the fix",
	"errStrict":              "--strict: stopped at the first rejected row",
	"detail":                 "detail",
	"validMore":              "  ... and %d more; run `sekat analyze` for the full rejects.csv",
	"summaryLine":            "%d units, %d people, %d directed ties; window from %s up to (not including) %s",
	"generated":              "synthetic study %q (seed %d) written to %s",
	"demoStudy":              "sample study written to %s",
	"demoDone":               "demo done; open %s",
	"out.isStudy":            "%s %s is a study folder, and sekat does not write into a study folder",
	"out.insideStudy":        "%s %s lies inside the study folder %s, and sekat does not write into a study folder",
	"out.containsStudy":      "%s %s contains the study folder %s, so outputs written there could overwrite or remove the study's files",
	"out.isInput":            "%s %s is an input file of the study, and sekat does not overwrite its inputs",
	"out.containsInput":      "%s %s contains %s, an input file of the study, so outputs written there could overwrite it",
	"out.isTable":            "%s %s would overwrite %s, a table being read",
	"out.notEmpty":           "%s %s is not empty",
	"out.forceStudy":         "%s %s holds tables or a study.yaml this command does not write (%s), and --force only overwrites the files sekat writes, so two studies would mix",
	"out.forceRealStudy":     "%s %s is a study that sekat generate did not write (it has no truth.json), and --force never overwrites a study's data",
	"out.fix":                "choose another folder for %s, apart from the inputs",
	"out.fixExample":         "choose another folder for %s, apart from the inputs, e.g. %s",
	"out.fixFile":            "choose another file for %s, apart from the inputs",
	"out.fixFileExample":     "choose another file for %s, apart from the inputs, e.g. %s",
	"out.fixNew":             "choose a new or empty folder for %s",
	"out.fixName":            "choose another file name for %s",
	"out.fixEmpty":           "choose a new or empty folder for %s, or add --force to overwrite the files this command writes (other files are not removed)",
	"out.fixEmptyFolder":     "choose a new or empty folder for %s, or empty this one first (this command writes its folder whole)",
	"out.sibling":            "%s-results",
	"xlsxNeedsOut":           "an Excel workbook is not written to the terminal; give --out FILE.xlsx",
	"exported":               "network (%s) written to %s",
	"inputsHeader":           "Inputs:",
	"inputLine":              "  %-15s %-30s %10d rows, %d rejected",

	"reportWrote":    "report written to %s",
	"mapWrote":       "map written to %s",
	"map.egoUnknown": "person %q is not in the network of this window: check the person_id in the people table, or whether the person has ties in this window",
	"map.emptyLayer": "the layer %s has no tie in this window (its table is missing, empty, or outside the window), so the map holds nodes only",
	"windowDates":    "%s up to (not including) %s",

	// cmd: warnings about the study and its files (ingest.Warning), and
	// the errors of inputs a spreadsheet damaged
	"warning":              "warning: %s",
	"warn.notRead.format":  "%s not read: sekat reads tables from .csv, .tsv, .ndjson, .jsonl, .parquet (each optionally .gz) and .xlsx files",
	"warn.notRead.xls":     "%s not read: an .xls workbook (Excel 97-2003); save it as .xlsx or CSV",
	"warn.notRead.lock":    "%s not read: the lock file of a workbook open in Excel; close the workbook",
	"warn.notRead.name":    "%s not read: its name matches no table (units, people, correspondence*, meetings*, data_sharing*); rename it or list it in study.yaml under files:",
	"warn.notRead.listed":  "%s not read: study.yaml lists the files of table %s under files:",
	"warn.notRead.folder":  "%s not read: it is a folder, not a file; sekat reads a table from a file of that name",
	"warn.notRead.same":    "%s not read: the same file as %s, which is read",
	"warn.missingTable":    "no %s table (%s*.csv or another format): the network has no %s layer",
	"warn.encoding":        "%s is not UTF-8: read as %s; save it as UTF-8, or name its encoding in study.yaml (encoding:)",
	"warn.serial":          "%s column %s: %d values are Excel serial numbers (%s) and were read as dates counted from 1899-12-30; check the dates, or format the column as a date in Excel and export again",
	"warn.monthFirst":      "%s column %s: %d dates (%s) are impossible day first but valid month first, and were rejected; if the file writes the month first, set date_order: mdy in study.yaml",
	"warn.spellsTogether":  "%s line %d: %s has spells in %s and in %s that start together (people with such spells: %d); sekat places them in the unit of the spell that ends first while it lasts, and where both end together in the unit of the later row: if this is a transfer, give the new spell its valid_from",
	"warn.meetingMixedAny": "%s line %d: %s %q on %s has rows with another title or organizer than its first row (%q) (such meetings: %d); sekat counts it as one meeting: if these are different meetings, give each its own id",
	"warn.meetingMixed":    "%s line %d: %s %q on %s has rows with another title or organizer (%q, not %q) (such meetings: %d); sekat counts it as one meeting: if these are different meetings, give each its own id",
	"warn.meetingReused":   "%s line %d: %s %q names meetings on two days (starts %s and %s) (ids found on more than one day: %d); sekat counts each day as its own meeting: if they are one meeting, write its start alike in every row, else give each meeting its own id",
	"warn.fileCopy":        "%s has the same bytes as %s; both were read, so their rows count twice: if one is a copy, remove it (or list the files to read in study.yaml, files:)",
	"warn.isolatedEarly":   "%d %s rows are dated %s to %s, more than a year before all its other rows (from %s): probably mistyped dates, which stretch the window; correct them, or set the window with --from/--to (window: in study.yaml)",
	"warn.isolatedLate":    "%d %s rows are dated %s to %s, more than a year after all its other rows (up to %s): probably mistyped dates, which stretch the window; correct them, or set the window with --from/--to (window: in study.yaml)",
	"windowTooLong":        "the window %s to %s is longer than %d years, the limit of compare, trend and evaluate (which cut it into weeks): probably a mistyped date (sekat validate shows it); correct it, or set the window with --from/--to",
	"warn.windowEmpty":     "no %s event in the window: its %d rows run from %s to %s",
	"errExcelID":           "%s line %d column %s: %q is an id that Excel turned into a number in scientific notation; Excel keeps only 15 digits, so different ids became the same and the lost digits cannot be recovered from this file. In Excel, format the column as Text before the ids go in (Data > From Text/CSV, column type Text, or open the e-office export that way), then export again",
	"errExcelIDZeros":      "%s line %d column %s: %q is the first of %d of the %d ids of 16 to 19 digits that end in 000: a spreadsheet kept the column as numbers with 15 significant digits and wrote them out with zeros, so different people now share an id (the last three digits of a NIP are a sequence number from 001). The lost digits cannot be recovered from this file: in Excel format the column as Text before the ids go in (Data > From Text/CSV, column type Text), then export again",
	"errNoUnitRows":        "%s: the units table holds no row, only its header; sekat needs the units (OPD and their parts) to place people and events: fill it",
	"errNoUsableUnits":     "%s: none of the units table's %d rows is usable (all rejected); correct them (sekat validate lists why)",
	"errExcelIDParquet":    "%s line %d column %s: %q is an id stored as a floating-point number (DOUBLE), which keeps only 15 to 17 digits, so different ids may have become the same. The lost digits cannot be recovered from this file: write the id column as text (STRING) or as a whole number (INT64) in the export, then export again",
	"errExcelIDDecimal":    "%s line %d column %s: %q is an id written as a decimal number (.0); a spreadsheet or a script turned the column into numbers, which keep only 15 digits. In Excel, format the column as Text (or read it as text), then export again",
	"errNoEvents":          "no event in the window %s to %s: the %d log rows run from %s to %s; choose --from and --to (or window: in study.yaml) inside that span",
	"errNoEventsAtAll":     "no usable event in the logs: every row of correspondence, meetings and data_sharing is empty or rejected; see rejects.csv or run sekat validate",

	// cmd: the reason column of rejects.csv, by the ingest sentinel
	"reason.fieldCount":      "this row has a different number of fields than the header; check the delimiter and the quoting",
	"reason.invalidUTF8":     "the text is not valid UTF-8; save the file as UTF-8",
	"reason.openQuote":       "an opening quote is never closed (probably a stray quote on this line); only this line is rejected and reading goes on at the next one; inside quoted text write a quote as \"\"",
	"reason.malformed":       "a broken row (an unclosed quote or incomplete JSON); fix this row",
	"reason.badTime":         "not a valid time; use YYYY-MM-DD[ HH:MM[:SS]], RFC 3339, DD/MM/YYYY[ HH:MM], D Month YYYY (1 Maret 2025) or an Excel serial (45717)",
	"reason.monthFirst":      "not a date day first (sekat reads 03/04/2025 as 3 April), but a date month first; if the file writes the month first, set date_order: mdy in study.yaml",
	"reason.missingValue":    "a required value is empty; fill in this column",
	"reason.unknownID":       "unknown id: not in the people or the units table; add it or fix the id",
	"reason.unknownUnit":     "the unit is not in the units table; add it there or correct the id",
	"reason.noSpell":         "this person belongs to no unit on that date; check valid_from/valid_to in the people table",
	"reason.emptyRecipients": "a letter without recipients: recipients and cc are empty",
	"reason.badValue":        "not a valid value for this column",
	"reason.badKind":         "kind must be internal, coordinator or external (in any case), or empty for internal",
	"reason.badStatus":       "status must be granted (disetujui, diberikan), denied (ditolak) or pending (menunggu, diproses), in any case, or empty for granted",
	"reason.spellOrder":      "valid_to is not after valid_from; a spell must end after it starts (an end date without a time counts its whole day): correct valid_from or valid_to",
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
	"yaml.sameColumn": "%s: under %s, %s and %s both read the file's column %q; map each to a column of its own",
	"yaml.badType":    "%s: %s holds %s, but it must be %s",
	"yaml.encoding":   "%s: not UTF-8 text (a byte that is not UTF-8, as a file saved as ANSI or Windows-1252 has); save study.yaml as UTF-8",
	"yaml.syntax":     "%s: not valid YAML (%s); check the colons, quotes, brackets and indentation",
	"yaml.top":        "at the top level",
	"yaml.under":      "under %s",
	"yaml.text":       "text",
	"yaml.number":     "a number with a decimal point, e.g. 0.5",
	"yaml.integer":    "a whole number without quotes, e.g. 4",
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
	"generate.preset":    "`PRESET` to generate, one of %s",
	"generate.seed":      "seed `N` (same seed, same files)",
	"generate.scale":     "multiply staff and event counts by `X`",
	"generate.format":    "table `FORMAT`: csv, csv-semicolon (Excel Indonesia: ; with BOM and CRLF), tsv, ndjson, parquet, parquet-strings (default: csv; parquet for nasional)",
	"generate.gzip":      "gzip every table",
	"generate.no-change": "plant the first half's silos for the whole year: both halves come from one process (the null case of compare and trend)",
	"generate.pilot":     "also plant a pilot from 2025-10-01: a sector that is a silo until then opens, its control stays a silo",
	"generate.reorg":     "also plant a renamed unit and a merger of two units on the change date, and write unit_crosswalk.csv",
	"generate.forums":    "plant two meeting series: a ceremonial forum (attending units never write to or ask each other for data afterwards) and an active one (every meeting followed up); changes the logs, so off by default",

	// validate
	"validate.usage": "check a study's inputs and say what is wrong, where, and how to fix it",
	"validate.args":  "STUDY",
	"validate.desc": `Reads every table of STUDY as analyze would and lists each row that cannot be
used with its file, line, column and the fix. Exit code 0 when every row is usable,
1 when a row or a file has a problem.

Examples:
   sekat validate studi
   sekat validate studi --show 50 --lang en`,
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
	"analyze.pairs":  "read the pair tables in `FOLDER` (made by sekat pairs) instead of the study's log tables",

	// export
	"export.usage": "write the network for Gephi, Graphviz or a spreadsheet",
	"export.args":  "STUDY",
	"export.desc": `Formats: csv (the edges table, as edges.csv), nodes (the nodes table for Gephi's
spreadsheet import: Id, Label, then every column of units.csv or people.csv), graphml (yEd,
Cytoscape, igraph), gexf (Gephi), dot (Graphviz), xlsx (one Excel workbook: nodes, groups, silos,
edges). Edges are directed; each carries the combined weight and the value of every layer (0
where the layer is absent), and every arc is kept, denied-only ones too. graphml, gexf, dot,
nodes and xlsx carry every node measure of units.csv or people.csv (the study is analysed, with
--seed), so Gephi can partition by sector, community or silo without recomputing.
For Excel use xlsx (--excel): ids stay text, numbers are numbers in your locale. CSV is for
programs; with --bom Excel's import (Data > From Text/CSV) reads it as UTF-8.

Examples:
   sekat export studi --format gexf --out jejaring.gexf
   sekat export studi --format graphml --level person --from 2025-07-01 --out orang.graphml
   sekat export studi --excel --out sekat.xlsx
   sekat export studi --format dot | dot -Tsvg > jejaring.svg`,
	"export.format": "`FORMAT`: csv, nodes, graphml, gexf, dot or xlsx",
	"export.excel":  "write an Excel workbook (the same as --format xlsx; needs --out)",
	"export.bom":    "start a CSV output (csv, nodes) with the UTF-8 byte order mark, for Excel's import",
	"export.out":    "output `FILE` (default: standard output)",

	// pairs
	"pairs.usage": "write the SQL that turns the event tables into pair tables for an engine (DuckDB, Spark SQL, Trino)",
	"pairs.args":  "STUDY",
	"pairs.desc": `Writes, for STUDY, the SQL that sums its correspondence, meetings and data_sharing tables
into pair tables (pairs, meeting_sizes, nodes, totals, inputs, meta) with the rules of
sekat analyze: people resolved to the unit of their spell at the event time, circulars,
Newman weights per meeting size, max_meeting_size, granted and denied requests, the window.
sekat analyze STUDY --pairs FOLDER then reads those tables instead of the logs and gives
the same edges.csv, units.csv and groups.csv. See docs/engines.md.

With --run (a sekat built with -tags duckdb) the embedded DuckDB runs the text and writes
the tables into --out.

Examples:
   sekat pairs studi --dialect spark --dest s3a://lake/sekat/pairs --every month --out pairs.sql
   sekat pairs studi --run --out pasangan
   sekat analyze studi --pairs pasangan --out hasil
   sekat pairs studi --run --every day --out pasangan-harian
   sekat trend studi --every month --pairs pasangan-harian`,
	"pairs.dialect":      "SQL `DIALECT`: duckdb, spark or trino",
	"pairs.every":        "partition the pair tables by `PERIOD`: none, week, month or day (day serves compare, trend and facilitators)",
	"pairs.out":          "`FILE` the SQL is written to (default: standard output); with --run the FOLDER of the pair tables",
	"pairs.dest":         "`FOLDER` the SQL writes the pair tables to, as the engine sees it",
	"pairs.table-format": "`FORMAT` of the pair tables: parquet or csv",
	"pairs.run":          "run the DuckDB text with the embedded DuckDB (builds with -tags duckdb)",

	// map
	"map.usage": "draw the network as a Graphviz map (SVG, PNG or DOT)",
	"map.args":  "STUDY|OUTDIR",
	"map.desc": `Analyses STUDY (or reads back OUTDIR, a folder written by ` + "`sekat analyze`" + `) and draws
the unit map: units boxed by sector (silos in thick red), coloured by community, sized by
betweenness (--size-by), ties on a log scale, cross-sector ties in blue, bridges in red.
--layer draws one layer; --ego PERSON draws a person and their two-step neighbourhood
(person level); --sectors draws the sector overview (one ellipse per sector, ties between
sectors by weight, silos marked). Labels sit on their nodes (short_name or id; the full name
is in the tooltip). Large networks keep each node's strongest ties (--max-ties) and at most
--max-nodes nodes; above it a person-level map shows the people's units. The map says what
was left out and what share of each sector's outside weight it draws.

Examples:
   sekat map studi                       # writes map.svg
   sekat map studi --format dot --out peta.dot
   sekat map studi --layer data_denied --out ditolak.svg
   sekat map studi --ego P-0042 --out ego.svg
   sekat map studi --sectors --out sektor.svg`,
	"map.format":    "`FORMAT`: svg, png or dot",
	"map.engine":    "layout `ENGINE`: dot (byte-stable) or fdp (force-directed)",
	"map.layer":     "draw one `LAYER`: correspondence, meetings, data_sharing, data_denied",
	"map.sectors":   "draw the sector overview: one circle per sector, ties between sectors by weight, silos marked (not with --layer or --ego)",
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
   sekat report studi --out laporan
   sekat report studi --from 2025-01-01 --to 2025-07-01 --lang en --out report-h1
   sekat analyze studi --out hasil && sekat report hasil --size-by pagerank --out hasil`,
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
	"viz.legendSize":                   "Colour: detected community · Size: %s · Boxes: sectors (thick red box = SILO; dashed orange box = WATCH, on the watch list)",
	"viz.legendEdges":                  "Grey: tie inside a sector · blue: across sectors · line width: weight (log scale)\nThick red: bridge (the network splits without it)",
	"viz.legendShapes":                 "Circle: unit · square: formal coordinator · diamond: external · double outline: articulation point",
	"viz.drawnTies":                    "%d of %d ties drawn",
	"viz.topK":                         "\n(each unit's %d strongest ties and every bridge; weaker ties are left out)",
	"viz.hiddenNodes":                  "\n%d units with the smallest %s are left out",
	"viz.layer.correspondence":         "Correspondence layer",
	"viz.layer.meetings":               "Meetings layer",
	"viz.layer.dataSharing":            "Data sharing layer (granted)",
	"viz.layer.dataDenied":             "Denied data requests layer",
	"viz.egoMapID":                     "Ego network of %s, unit %s",
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
	"viz.noBrokers":                    "No brokers: no unit lies on a shortest path between two other units (every unit's betweenness is 0), so there is no brokers table.",
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
	"viz.def.gouldFernandez.text":      "coordinator, itinerant, representative, gatekeeper, liaison: kinds of brokerage by sector on the directed graph (explained under the top brokers table).",
	"viz.def.roles.term":               "Roles R1–R7 (Guimerà-Amaral)",
	"viz.def.roles.text":               "a node's position by how its ties spread across communities (explained under the units table). These codes are not the recommendation rule ids R1–R7.",
	"viz.gf.coordinator":               "coordinator",
	"viz.gf.itinerant":                 "itinerant",
	"viz.gf.representative":            "representative",
	"viz.gf.gatekeeper":                "gatekeeper",
	"viz.gf.liaison":                   "liaison",
	"viz.gfCell":                       "%s (most as %s: %s)",
	"viz.gfNote":                       "G-F brokerage (Gould & Fernandez) counts how often node B sits in the middle of a directed path A → B → C with no direct tie A → C, told apart by the three sectors: coordinator (A, B and C in one sector), itinerant (A and C in one sector, B from another), representative (B passes its own sector's flow to another sector), gatekeeper (B takes flow from another sector into its own), liaison (A, B and C from three different sectors). The column sums the five roles; in brackets, the largest role with its own count.",
	"viz.role.R1":                      "ultra-peripheral",
	"viz.role.R2":                      "peripheral",
	"viz.role.R3":                      "non-hub connector",
	"viz.role.R4":                      "non-hub kinless",
	"viz.role.R5":                      "provincial hub",
	"viz.role.R6":                      "connector hub",
	"viz.role.R7":                      "kinless hub",
	"viz.rolesNote":                    "Roles (Guimerà & Amaral) by how a node's ties spread across communities and its standing in its own community. Not hubs: R1 ultra-peripheral (almost all ties inside its community), R2 peripheral (most ties inside its community), R3 non-hub connector (many ties to other communities), R4 non-hub kinless (ties spread over many communities). Hubs (ties inside the community far above average, z ≥ 2.5): R5 provincial hub (ties mostly inside its community), R6 connector hub (also many ties to other communities), R7 kinless hub (ties spread over many communities).",
	"viz.def.articulation.term":        "Articulation point / bridge",
	"viz.def.articulation.text":        "a unit / tie whose removal splits the network.",
	"viz.colUnit":                      "Unit",
	"viz.colName":                      "Name",
	"viz.colSector":                    "Sector",
	"viz.colKind":                      "Kind",
	"viz.colRole":                      "Role",
	"viz.colBetweenness":               "Betweenness",
	"viz.colParticipation":             "Sector participation",
	"viz.colBrokerage":                 "G-F brokerage (sum of 5 roles)",
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
	"viz.layerSkipped.absent":          "%s not drawn: the study has no %s table.",
	"viz.layerSkipped.empty":           "%s not drawn: no tie in this layer within the window.",
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
	"viz.fig.denied":                   "Data requests between units denied (within sectors too)",
	"viz.frictionTotal":                "%s of %s decided cross-sector data requests were refused (%s%%).",
	"viz.colStrength":                  "Strength",
	"viz.param.level":                  "Level of analysis",
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
	"silo.summary.personLevel":        "At person level, ties between staff of one unit count as ties inside the sector too, so a sector whose units are small or busy with their own business looks more inward; read these verdicts with the unit-level ones (sekat analyze without --level person).",
	"silo.summary.unjudged":           "Not judged: %d %s (one member, no ties, or coordinator and external units only).",
	"silo.level.none":                 "This organisation is not siloed by sector.",
	"silo.level.watchOnly":            "No sector reaches the silo threshold, but %d of %d judged sectors are significantly more inward than random mixing and are on the watch list.",
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
	"pairs.cutBlock":       "the pair tables in %s are partitioned by period (--every %s), and a time block of the weekly resampling begins or ends at %s, inside their period %s (%s to %s): one period's sums cannot be split between two blocks. Make the tables with `sekat pairs --every day`, whose periods no block cuts%s",
	"pairs.cutWeekHint":    "; or, for compare, give --before and --after (and --from, --to) on Mondays",
	"pairs.cutNone":        "the pair tables in %s have no periods (made with --every none): %s is one sum, and this command cuts its window into weekly blocks (the first block bound inside it: %s). Make the tables with `sekat pairs --every day`",
	"pairs.cutWindow":      "the window asked for begins or ends at %s, inside the period %s of the pair tables in %s (--every %s). Begin and end the window on period boundaries (%s), or make the tables with `sekat pairs --every day`",
	"pairs.cutDay":         "the pair tables in %s are partitioned by day (--every day), and a time block of the weekly resampling begins or ends at %s, inside the day %s: one day's sums cannot be split between two blocks. Give the dates of the run (--before, --after, --from, --to, the reform date) without a time of day, so that every block begins at midnight",
	"pairs.cutWindowDay":   "the window asked for begins or ends at %s, inside the day %s of the pair tables in %s (--every day). Give --from and --to without a time of day, so that the window begins and ends at midnight",
	"pairs.spanBoth":       "%s to %s",
	"pairs.spanFrom":       "from %s on",
	"pairs.spanTo":         "up to %s",
	"pairs.spanOpen":       "their whole window",
	"pairs.cutSlice":       "facilitators measures stability over weeks cut at the first of each month; the slice boundary %s falls inside the period %s of the pair tables in %s (--every %s). Make the tables with `sekat pairs --level person --every day`",
	"pairs.startWeek":      "a Monday",
	"pairs.startMonth":     "the first of a month",
	"pairs.startDay":       "midnight",
	"pairs.personUnits":    "compare --level person --pairs: the comparison at person level also compares units with the unit network, which person-level pair tables do not hold; give the unit-level tables of the same logs with --unit-pairs (sekat pairs --every day without --level person), compare at --level unit, or read the log tables",
	"pairs.count":          "%s is given %d times for %d studies; give it once per study, in the order of the studies, or not at all",
	"pairs.unitPairsLevel": "--unit-pairs is for compare --level person --pairs: at unit level the tables of --pairs hold the unit network already",
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
	"progStatements":   "DuckDB: %s (SQL statement %d of %d)",
	"phaseread":        "reading the input file declarations",
	"phasedirectory":   "listing the units and the people's spells",
	"phaseletters":     "resolving letters to units at their dates",
	"phasemeetings":    "counting meetings and their attendees",
	"phaseshares":      "counting data requests",
	"phasewrite":       "writing the pair tables",
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
	"viz.person.noBrokers":        "No brokers: no person lies on a shortest path between two other people (everyone's betweenness is 0), so there is no brokers table.",
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
	// compare, trend (N-change)
	"change.opened":              "%s %s opened up: homophily fell from %s to %s (95%% interval of the change %s to %s; %s)",
	"change.closed":              "%s %s closed further: homophily rose from %s to %s (95%% interval of the change %s to %s; %s)",
	"change.formed":              "%s %s became a new silo: homophily rose from %s to %s (95%% interval of the change %s to %s; %s)",
	"change.dissolved":           "%s %s has no ties in the after period (its units were closed or merged)",
	"change.noChangeSmall":       "No sector changed by the minimum change: in %d of the tested sectors the change is significant, but homophily moved by less than %s (see changes_groups.csv).",
	"change.noChange":            "No sector changed significantly between the two periods.",
	"change.noneTested":          "No sector could be tested between the two periods (see the tested column), so no change is judged.",
	"change.noneReachableSplits": "No sector can be reported as changed: the time blocks of the two periods, %d and %d, can be split between them in only %s ways, so the smallest possible Holm-adjusted p-value, %s, is above %s however many permutations run. This is no evidence that the sectors did not change; compare longer periods.",
	"change.noneReachable":       "No sector can be reported as changed with %d permutations: the smallest possible Holm-adjusted p-value, %s, is above %s. This is no evidence that the sectors did not change; give --permutations %d or more.",
	"change.wrote":               "comparison written to %s",
	"change.periods":             "before: %s to %s (%d blocks, %d nodes); after: %s to %s (%d blocks, %d nodes)",
	"change.qap":                 "QAP correlation of the two unit x unit weight matrices: r = %s (p %s)",
	"change.unmatched":           "unit %s exists only %s; without unit_crosswalk.csv it is not matched (give --crosswalk if it was renamed, merged or split)",
	"change.onlyBefore":          "in the before period",
	"change.onlyAfter":           "in the after period",
	"change.onlyFirstHalf":       "in the first half of the window",
	"change.onlySecondHalf":      "in the second half of the window",
	"change.intervalBiased":      "%s: no 95%% interval for %s (empty cells): nearly all resampled values lie on one side of the estimate (resampling repeats weeks, and a measure such as density, which counts distinct pairs, falls), so no interval made from them would hold the estimate honestly; the estimate and its p-value stand",
	"change.intervalFewBlocks":   "%s: no 95%% interval for %s (empty cells): a period holds fewer than %d time blocks (weeks); compare longer periods",
	"change.holmFloorSplits":     "%s: the time blocks of the two periods, %d and %d, can be split between them in only %s ways; with %d tested %s the smallest possible Holm-adjusted p-value is %s, above %s: none of them can be reported as significant, whatever the data and however many permutations run; compare longer periods",
	"change.holmFloor":           "%s: with %d permutations and %d tested %s the smallest possible Holm-adjusted p-value is %s (the number of tests over permutations + 1, at most 1), above %s: none of them can be reported as significant, whatever the data; give --permutations %d or more for that",
	"change.nounTies":            "ties",
	"change.nounSectors":         "sectors",
	"change.nounUnits":           "units",
	"change.nounUnitShares":      "units (cross-sector share)",
	"change.side.before":         "before",
	"change.side.after":          "after",
	"change.side.change":         "change",
	"change.intervalMore":        "and %d more",
	"change.stale":               "unit %s is still named in the data after its replacement date in unit_crosswalk.csv; its ties count for its successor",
	"change.badPeriod":           "%s %q cannot be read; write FROM..TO, e.g. 2025-01-01..2025-07-01",
	"change.overlap":             "--before %s and --after %s overlap: %s to %s is in both, and a day's ties can count in only one period; let --before end on or before the day --after begins (or --after begin on or after the day --before ends)",
	"change.emptyPeriod":         "%s %s holds no tie of the study: no letter, meeting or data request in that period links two units (or two people); the study's data runs from %s to %s: choose periods inside it",
	"change.studiesOverlap":      "the two studies' data overlap in time (the first %s to %s, the second %s to %s): the same days count in both periods, so this is no before and after; compare two studies of different times, or one study with --before and --after",
	"change.periodBeyondData":    "%s %s runs more than a week past the study's data (%s to %s): its weeks without data count as blocks, and units may look gone or new only because their data is missing; read the conclusions with care, or choose a period inside the data",
	"change.windowOneStudy":      "%s %s: with one STUDY the periods of --before and --after are the window; leave %s out and put its date into the periods (or compare two STUDY folders, whose window --from and --to set)",
	"change.needPeriods":         "give --before and --after to compare two periods of one study, or two STUDY folders without them",
	"change.needStudies":         "%s needs one or two STUDY folders",
	"change.badResamples":        "%s %d is not allowed; give a whole number of 100 or more",
	"change.badEvery":            "--every %q is unknown; choose week, month or quarter",
	"trend.alertClosing":         "%s %s closed further from the period of %s (the drift began %s): homophily %s in the calibration periods, %s in the period of the alarm",
	"trend.alarmNature":          "A CUSUM alarm (reference value at least %s and decision interval %s, in standard deviations) flags a shift of homophily to look into; it is not a test corrected for the number of sectors and periods, so alarms can arise in data without any change. Test a flagged shift with sekat compare on the periods before and after it.",
	"trend.alertOpening":         "%s %s opened up from the period of %s (the drift began %s): homophily %s in the calibration periods, %s in the period of the alarm",
	"trend.noAlert":              "No alarm: in the %d periods after the %d calibration periods, no sector moved away from its calibration mean; changes within the calibration periods are not tested.",
	"trend.noAlertCalMoved":      "No alarm in the %d periods after the %d calibration periods; this does not mean nothing changed: in %d of the watched sectors the homophily within the calibration periods already spread by the minimum change or more (see below), and a change there cannot raise an alarm.",
	"trend.calMoved":             "The homophily of sector %s ranges from %s to %s within the calibration periods, a spread that reaches the minimum change of %s: a change of that size, if there was one, happened before watching began and cannot raise an alarm, since the CUSUM measures the later periods against the calibration mean. See trend.csv, or compare periods with sekat compare.",
	"trend.noAlertWatched":       "No alarm in the %d of %d sectors the CUSUM watched; it did not run for the others (below), so nothing is said about them.",
	"trend.noneWatched":          "No sector could be watched: the CUSUM did not run for any of the %d sectors (below), so no alarm could be raised.",
	"trend.notRunFew":            "Sector %s: the CUSUM did not run: only %d of the %d calibration periods have a homophily index (in the others the sector has no tie, or there is no other sector with internal units to compare with), at least %d are needed; use a longer --every or a longer window.",
	"trend.notRunFlat":           "Sector %s: the CUSUM did not run: the homophily index is the same in every calibration period, so there is no spread to measure a drift against.",
	"trend.noInterval":           "%d of the %d periods hold fewer than %d time blocks (weeks) and have no 95%% interval: a bootstrap of so few weeks only redraws the same weeks; use a longer --every for intervals.",
	"trend.skipped":              "%d of the %d calibration periods had no tie and were left out of the calibration of sector(s) %s.",
	"trend.thinPeriods":          "%d periods hold fewer than %d people (a holiday week, say) and are not shown: every figure of them would describe too few people.",
	"trend.gaps":                 "%d periods after the calibration had no tie and were passed over by the CUSUM (its sums carried unchanged) for sector %s.",
	"trend.wrote":                "trend written to %s",
	"trend.tooFew":               "only %d periods in the window; a trend needs at least 4 (3 to calibrate); widen the window or shorten --every",
	"compare.usage":              "compare two periods: did a silo open, close, form or dissolve",
	"compare.args":               "STUDY [STUDY2]",
	"compare.desc": `Compares two periods: one STUDY with --before FROM..TO --after FROM..TO, or two
STUDY folders (e.g. two years' exports; the first is before). For every sector (and unit at
--level person): homophily, E-I index and internal share before and after, the change with
a 95 percent interval (weekly block bootstrap, BCa) and the p-value of a week permutation test,
Holm-adjusted, and a verdict: opened, closed, formed (a new silo), dissolved, significant but
below the minimum change, or no significant change. Weeks, not letters, are resampled: one busy week cannot fake a change
(see docs/change.md).

Writes into --out: changes_groups.csv, changes_units.csv, changes_network.csv,
communities_matched.csv, ties_changed.csv, compare.json (and .parquet twins with
--format csv,parquet). Units renamed, merged or split line up through --crosswalk
unit_crosswalk.csv (old_unit,new_unit,from,share). At --level person, groups of fewer
people than --min-group (5) are withheld, people who moved are counted per pair of units,
and audit.json is written (docs/security.md).

Examples:
   sekat compare study --before 2025-01-01..2025-07-01 --after 2025-07-01..2026-01-01
   sekat compare study-2024 study-2025 --crosswalk unit_crosswalk.csv --out compared
   sekat compare study --before 2025-01-01..2025-07-01 --after 2025-07-01..2026-01-01 --level person --lang en
   sekat compare study --before 2025-01-01..2025-07-01 --after 2025-07-01..2026-01-01 --pairs pairs
     (pair tables of sekat pairs --every day, or --every week with dates on Mondays; docs/engines.md)
   sekat compare study --before 2025-01-01..2025-07-01 --after 2025-07-01..2026-01-01 --level person \
     --pairs person-pairs --unit-pairs pairs   (both made --every day from the same logs)`,
	"compare.before":    "the before period, `FROM..TO` (TO not included)",
	"compare.after":     "the after period, `FROM..TO` (TO not included)",
	"compare.out":       "output `FOLDER`",
	"compare.resamples": "number `B` of block bootstrap resamples for the intervals (default 1000)",
	"compare.perms":     "number `N` of block permutations for the p-values (default 1000)",
	"compare.unitPairs": "with --level person and --pairs: the unit-level pair tables in `FOLDER`, made from the same logs (sekat pairs --every day), which give the unit network the person-level comparison also compares; with two studies give it twice, in their order",
	"change.pairs":      "read the pair tables in `FOLDER` (made by sekat pairs, partitioned so that no weekly block cuts a period: --every day) instead of the study's log tables; with two studies give it twice, in their order",
	"compare.crosswalk": "unit_crosswalk.csv `FILE`: old unit, new unit, date from, share",
	"trend.usage":       "silo measures per period with a CUSUM alarm per sector",
	"trend.args":        "STUDY",
	"trend.desc": `Computes the homophily, E-I index and internal share of every sector (and unit at
--level person) per week, month or quarter, with 95 percent intervals from a weekly block bootstrap
inside the period, and each period's silo verdict. A two-sided CUSUM per sector is
calibrated on the first periods (a quarter of them, at least 3): it alarms when the
homophily drifts beyond 4 cumulative standard deviations.

Writes into --out: trend.csv and trend_alerts.csv (and .parquet twins with
--format csv,parquet). At --level person, groups of fewer people than --min-group (5)
in any period are withheld, and audit.json is written (docs/security.md).

Examples:
   sekat trend study --every month
   sekat trend study --every quarter --level person --out trend
   sekat trend study --every month --pairs pairs   (tables of sekat pairs --every day)`,
	"trend.every":    "`PERIOD` length: week, month or quarter",
	"evaluate.usage": "estimate a reform's effect by difference in differences",
	"evaluate.desc": `Reads --reform reform.yaml (the date it took effect, the treated sectors or units and,
optionally, the controls; without controls every other internal sector or unit), declared
before looking at the data, and estimates the difference in differences of the homophily,
E-I index and cross-sector share of the treated against the controls: the periods before
the reform date against those after. 95 percent intervals from resampling weeks and units;
a randomisation p-value over which groups were treated; placebo dates inside the pre-reform
periods; and the effect period by period so that parallel trends can be judged. Refused
with fewer than 3 pre-reform periods. Unit level only.

Writes did.csv into --out.

Examples:
   sekat evaluate study --reform reform.yaml
   sekat evaluate study --reform reform.yaml --every quarter --out evaluation`,
	"evaluate.reform":           "reform.yaml `FILE`: date, treated, control",
	"evaluate.needReform":       "give --reform reform.yaml (date:, treated:, control:)",
	"evaluate.unitOnly":         "evaluate works at unit level only; drop --level person",
	"evaluate.fewPre":           "the reform date %s leaves only %d periods before it; at least %d are needed to judge the pre-reform trend; extend the window back or shorten --every",
	"evaluate.dateMoved":        "the reform date %s is not the start of a period (--every %s); the evaluation splits at %s, the start of the period holding it, so that whole period counts as after the reform (did.csv gives this date); write a period start as date: in reform.yaml to split exactly there",
	"evaluate.effect":           "Effect of the reform of %s on the treated groups' homophily (difference in differences): %s (95%% interval %s to %s; randomisation p = %s over %d assignments)",
	"evaluate.placebo":          "%d of %d placebo dates give an interval that includes 0",
	"evaluate.noPlacebo":        "No placebo date fits before the reform date, so parallel trends were not checked; widen the window backwards or use shorter periods.",
	"evaluate.pFloor":           "With %d assignments the randomisation p-value cannot be below %s, above %s: this test cannot call any effect significant, however large; declare more control groups (control:) in reform.yaml, and read the interval as the measure of uncertainty.",
	"evaluate.placeboUndefined": "%d of the %d placebo dates give no interval (the estimate or too many of its resamples are undefined) and are counted apart: they neither support nor contradict parallel trends",
	"evaluate.wrote":            "evaluation written to %s",
	"viz.map.legendLabels":      "On each node: its short name (units.short_name) or id; the full name is in the SVG map's tooltip and in the units table",
	"viz.map.watchWord":         "WATCH",
	"viz.map.outsideDrawn":      "%s of outside weight drawn",
	"viz.map.noOutside":         "no ties outside the sector",
	"viz.overview.title":        "Sectors and the ties between them",
	"viz.overview.legend":       "Oval: a sector (with its number of units) · line width: weight of the ties between two sectors\nThick red outline: SILO · dashed orange outline: WATCH · red line: a tie of a silo",
	"viz.overview.units":        "%d units",
	"viz.overview.weights":      "weight inside: %s · to other sectors: %s",
	"viz.overview.drawn":        "%d of %d ties between sectors drawn, carrying %s of the weight between sectors (each sector's 2 strongest, at least 3 of every silo or sector to watch)",
	"viz.unitsOfPeople.map":     "Units of the people network",
	"viz.unitsOfPeople.note":    "%d people are too many to draw one by one: each node is a unit, sized by its people, and a tie is the summed weight of the ties between their people",
	"viz.unitsOfPeople.legend":  "Boxes: sectors (thick red box = SILO, dashed orange = WATCH) · red outline: a unit judged a silo among units · blue: ties across sectors",
	"viz.unitsOfPeople.people":  "%d people",
	"viz.unitsOfPeople.hidden":  "\n%d units with the fewest people are left out",
	"viz.person.legendLabels":   "On each node: the person's id; the unit is in the SVG map's tooltip",
	"viz.person.overviewUnits":  "%d people",
	"viz.overview.hidden":       "%d smaller sectors are left out (at most %d are drawn, those with the most units)",

	// the briefing (viz report, first two pages) and its sentences (brief.go)
	"brief.title":                "Briefing",
	"brief.headline.silos":       "Of %s sectors judged, %s work as silos (%s)",
	"brief.headline.silo":        "Of %s sectors judged, %s works as a silo (%s)",
	"brief.headline.watch1":      " and %s is on the watch list",
	"brief.headline.noSilo":      "Of %s sectors judged, none works as a silo",
	"brief.headline.unknown":     "Sector silos cannot be judged from these data",
	"brief.headline.watch":       " and %s are on the watch list",
	"brief.headline.denied":      "; %s of %s cross-sector data requests (%s%%) were refused",
	"brief.headline.forums":      "; %s of %s judged coordination forums are ceremonial",
	"brief.explain.silo":         "A silo is a sector whose units deal with each other far more than with other sectors, more than chance can explain. The watch list holds sectors already more closed than chance, but not yet as closed as a silo. In the reasons below: tie weight counts the letters, joint meetings and data exchanged; random mixing is what would happen if units chose partners regardless of sector; homophily measures closure (0 = as random mixing, 1 = fully closed); the adjusted p is the chance of closure at least this large if units were mixed across sectors at random, corrected for testing many sectors at once (Holm); below 0.05, chance is an unlikely explanation.",
	"brief.explain.map":          "How to read the map: each node is a sector; the width of a line shows how many letters, joint meetings and data passed between two sectors; a sector with a thick red edge is a silo, one with a dashed orange edge is on the watch list.",
	"brief.explain.friction":     "Data-sharing friction: requests for data from units of another sector that were refused. Only requests already decided (granted or refused) are counted.",
	"brief.explain.forum":        "A coordination forum is a series of meetings with the same organiser and title. Two attending units follow a meeting up when they exchange a letter or a data request within %d days after it. A forum is ceremonial when, over at least %d judged meetings, fewer than %s%% of the pairs of attending units follow up; otherwise it is active.",
	"brief.explain.carriers":     "A link between two sectors hangs on one unit when that unit holds at least %s%% of the tie weight between them; the link breaks when that unit is busy or its officials move.",
	"brief.explain.recs":         "Each recommendation follows from the findings above by a fixed rule; the rule codes (R1–R7) are explained on the Method page.",
	"brief.silosTitle":           "Silos and watch list",
	"brief.noSilos":              "No sector is a silo or on the watch list.",
	"brief.frictionTitle":        "Data-sharing friction by dataset",
	"brief.noDatasets":           "No cross-sector data request was refused in this window.",
	"brief.noRequests":           "No cross-sector data request was decided in this window (the data_sharing table is missing, empty, or all its requests are pending), so refusals cannot be judged.",
	"brief.noEvents":             "This part needs the study's event logs; run sekat report on the study folder, not on an output folder.",
	"brief.dataset":              "%s: %s of %s requests from sector %s refused",
	"brief.dataset.all":          ", all by %s",
	"brief.dataset.units":        " by %s units",
	"brief.dataset.most":         "; the most by %s (%s)",
	"brief.dataset.mostTied":     "; the most by %s (%s each)",
	"list.and":                   " and ",
	"brief.datasetUnnamed":       "Unnamed dataset",
	"brief.forumsTitle":          "Coordination forums",
	"brief.noForums":             "No cross-unit meeting series (two meetings or more with the same organiser and title).",
	"brief.forumsMore":           "Showing %s of %s forums; all are listed under Tables.",
	"brief.colForum":             "Forum (organiser — title)",
	"brief.colMeetings":          "Meetings",
	"brief.colUnits":             "Attending units",
	"brief.colFollowUp":          "Follow-up",
	"brief.colVerdict":           "Assessment",
	"brief.forum.ceremonial":     "ceremonial",
	"brief.forum.active":         "active",
	"brief.forum.notJudged":      "not judged",
	"brief.forum.sekda":          "a coordination meeting chaired by the Regional Secretary",
	"brief.forum.name":           "%s — %s",
	"brief.forum.noOrganizer":    "no organiser",
	"brief.carriersTitle":        "Sector links that hang on one unit",
	"brief.carrier":              "Sectors %s–%s: %s holds %s%% of the tie weight",
	"brief.recsTitle":            "Recommendations",
	"rec.R1":                     "Put %s on the agenda of %s and ask %s, as the data provider, to attend and explain its terms of sharing: %s of %s requests from sector %s were refused, and sector %s is a silo.",
	"rec.R2":                     "Hold a joint working meeting of sector %s (a silo) and sector %s, its strongest partner outside itself, in %s, and name one liaison from each sector.",
	"rec.R2.noPartner":           "Hold a joint working meeting of sector %s (a silo) with another sector in %s, and name one liaison from that sector.",
	"rec.R3":                     "Ask sector %s (watch list) to report its cross-sector work in %s; the next analysis shows whether it is closing further.",
	"rec.R4":                     "Appoint a second facilitator from another unit of sector %s for its link with sector %s: today %s alone holds %s%% of the tie weight between the two sectors.",
	"rec.R5":                     "Close every meeting of %s with follow-up actions between attending units, each with a named owner, and check them at the next meeting: only %s of %s pairs of attending units (%s%%) exchanged a letter or data within %d days after a meeting. If the forum is still ceremonial at the next analysis, merge it into an active forum or stop it.",
	"rec.R6":                     "Draw up a data-sharing agreement for %s between sector %s (the provider, chiefly %s) and sector %s: %s of %s requests were refused.",
	"rec.R7":                     "Run this analysis again in six months with the same thresholds and compare the two results with sekat compare to see whether the steps above opened the silos.",
	"rule.R1":                    "Silo that refuses data: for every silo sector whose units refused requests from other sectors, the dataset it refused most goes on the agenda of the active forum the refusing unit attends most (a coordinator's forum first), and its provider unit is named.",
	"rule.R2":                    "Silo: every silo sector gets a joint working meeting with the sector it has the strongest ties with outside itself (coordinators and external units not counted), in the forum R1 chooses.",
	"rule.R3":                    "Watch list: every sector on the watch list is asked to report its cross-sector work in the forum R1 chooses.",
	"rule.R4":                    "Single carrier: every sector pair of which at least %s%% of the tie weight is held by one unit (of a sector with two units or more; ties between internal units only) gets a second facilitator from another unit of the carrier's sector.",
	"rule.R5":                    "Ceremonial forum: every ceremonial forum is asked to set follow-up actions between units at the end of each meeting and check them; if it stays ceremonial, it is merged or stopped.",
	"rule.R6":                    "Refused dataset: at most %d datasets with at least %d cross-sector requests of which at least %s%% were refused, not already named by R1, get a data-sharing agreement.",
	"rule.R7":                    "Always: run the analysis again six months later and compare with sekat compare.",
	"viz.param.commandLine":      "Command line (without --out)",
	"viz.param.commit":           "Commit",
	"viz.param.commitUnknown":    "not recorded (the binary was built without VCS information, e.g. with -buildvcs=false)",
	"viz.param.timeZone":         "Time zone",
	"viz.param.window":           "%s (start inclusive %s, end exclusive %s)",
	"viz.param.forumRule":        "Forum rule",
	"viz.param.forumRuleValue":   "follow-up within %d days; judged with at least %d meetings; ceremonial when follow-up is below %s%%; meetings whose follow-up period passes the end of the window are not judged",
	"viz.param.carrierRule":      "Single-carrier rule",
	"viz.param.carrierRuleValue": "one unit holds at least %s%% of a sector pair's tie weight",
	"viz.rulesTitle":             "Recommendation rules",
	"viz.mapRulesTitle":          "How each map is drawn",
	"viz.mapRule.overview":       "Sector map: one node per sector, line width by cross-sector tie weight, silos marked red.",
	"viz.mapRule.unit":           "Unit network map: each unit's strongest ties and every bridge are drawn; boxes are sectors; the note under the map says how many ties are drawn.",
	"viz.mapRule.person":         "People network map: each person's strongest ties and every bridge are drawn; above the size limit, people are merged into their units; the note under the map says what is not drawn.",
	"viz.printCut":               "The print shows the first %d rows of %s; the whole table is on screen and in %s.",
	"viz.mapRule.heat":           "Mixing matrix: percent of the row sector's tie weight going to the column sector; every tie counts.",
	"viz.mapRule.layers":         "Per-layer maps: the unit map's rule, with the ties of one layer only.",
	"viz.forumsTableTitle":       "Coordination forums (all)",
	"date.months":                "January,February,March,April,May,June,July,August,September,October,November,December",
	"brief.watchWord":            "watch list",
	"viz.definitionsTitle":       "Definitions",
	"brief.forum.ref":            "the forum “%s” organised by %s",
	"viz.level.unit":             "unit",
	"viz.level.person":           "person",
	"date.range":                 "%s – %s",

	// people: privacy and sekat facilitators (issue "HR facilitators")
	"people.notice":                  "This list is a shortlist for human review, not an automated decision.",
	"people.reason.informal":         "Reaches %d of %d other sectors with a cross-sector tie weight of %s (rank %d among staff outside coordinating roles)",
	"people.reason.informalInterval": "Reaches %d of %d other sectors with a cross-sector tie weight of %s (rank %d among staff outside coordinating roles, 95%% rank interval %d–%d)",
	"people.reason.months":           "; in the top %d%% in %d of %d months",
	"people.reason.pairsLost":        "; the only carrier of the ties of %d sector pairs, which would be cut without them",
	"people.reason.overload":         "; overloaded: %s%% of their unit's cross-unit tie weight goes through them",
	"people.reason.spells":           "; worked in %d units during the window, and each spell is credited to its unit",
	"people.reason.formalUnit":       "Formal coordinator (staff of a coordinator unit), listed apart and not put forward as an informal facilitator; cross-sector tie weight %s",
	"people.reason.formalPosition":   "Formal coordinator (a coordinating position), listed apart and not put forward as an informal facilitator; cross-sector tie weight %s",
	"people.reason.formalWord":       "Formal coordinator (position contains %q), listed apart and not put forward as an informal facilitator; cross-sector tie weight %s",

	// cmd: person-level privacy (issue "HR facilitators")
	"flag.key-file":   "`FILE` holding the pseudonym key (64 hexadecimal digits, readable by its owner only); without it SEKAT_KEY is used, then the key in the user's configuration folder, made when missing",
	"flag.reveal":     "show people's ids (NIP), names and positions in person-level outputs; without it people appear only under keyed pseudonyms",
	"flag.purpose":    "`PURPOSE`: what this processing of staff data is for, recorded in audit.json (required by facilitators)",
	"flag.min-group":  "`N`: smallest group an output may show; it can only be raised from %d",
	"badMinGroup":     "--min-group %d: the smallest group is at least %d and can only be raised",
	"keyInsideOut":    "the pseudonym key %s is inside the output folder %s; keep the key outside the folder you share",
	"badKey":          "the pseudonym key cannot be used: %v",
	"badKeyEnv":       "%s holds no valid key: %v",
	"keyCreateFailed": "cannot create a new pseudonym key at %s; give one with --key-file or SEKAT_KEY",
	"keyCreated":      "a new pseudonym key was made at %s (readable by you only); use the same key so that pseudonyms stay the same over time, and never share it with the outputs",
	"revealWarning":   "--reveal: people's ids, names and positions are shown in the outputs; share them only with those entitled to see them",
	"tooFewPeople":    "person-level outputs need at least %d people with a tie; widen the window or use the unit level",
	"revealedFolder":  "%s holds people's ids and names (written with --reveal); read it with --reveal, or run analyze again without --reveal",

	// cmd: sekat facilitators (issue "HR facilitators")
	"facilitators.usage": "find the staff who already bridge sectors, for HR's review (pseudonymous by default)",
	"facilitators.args":  "STUDY",
	"facilitators.desc": `Computes for every person the cross-sector tie weight (each event credited to the person's
unit at its time), the sectors reached, the Gould–Fernandez brokerage roles with expected values and z
as R sna::brokerage gives them and a z from shuffled sector labels, constraint, effective size,
hierarchy, participation and betweenness; stability over months and a rank interval from resampled
weeks; key-person risk per sector pair; and a set of k facilitators covering the most sector pairs,
at most c per OPD. Staff of coordinator units and holders of coordinating positions are listed apart
as formal coordinators.

Writes into --out: facilitators.csv, facilitator_spells.csv, facilitator_set.csv,
sector_pair_bridges.csv, facilitators.html and audit.json. People appear under keyed pseudonyms;
ids, names and positions only with --reveal. Groups of fewer than --min-group people are not shown.
--purpose is required. This list is a shortlist for human review, not an automated decision.

Examples:
   sekat facilitators studi --purpose "appointing cross-sector facilitators 2026"
   sekat facilitators studi --purpose "HR review" --from 2025-07-01 --set-size 8 --per-opd 1
   sekat facilitators studi --purpose "verifying candidates" --reveal --key-file /secure/sekat-key
   sekat facilitators studi --purpose "HR review" --pairs pairs   (tables of sekat pairs --level person --every day)`,
	"facilitators.reach-weight": "least tie weight `W` to a sector for it to count as reached",
	"facilitators.set-size":     "number `K` of members of the facilitator set",
	"facilitators.per-opd":      "at most `C` members of the set from one OPD",
	"facilitators.cover":        "what the set covers: `COVER` sector-pairs or units (units within two steps)",
	"facilitators.bootstrap":    "`B` resamples of weeks for the rank interval",
	"facilitators.shuffles":     "`N` shuffles of sector labels for the brokerage z",
	"facilitators.listed":       "number `N` of informal facilitators (and formal coordinators) listed",
	"facilitators.position":     "filter the list by `POSITION` words (comma-separated); filters change no score or rank",
	"facilitators.min-tenure":   "filter the list: at least `MONTHS` in their unit at the end of the window",
	"facilitators.pairs":        "read the pair tables in `FOLDER` (made by sekat pairs --level person --every day) instead of the study's log tables",
	"needPurpose":               "facilitators needs --purpose: say what this processing of staff data is for (recorded in audit.json), e.g. --purpose \"appointing cross-sector facilitators 2026\"",
	"badCover":                  "--cover %q is unknown; choose sector-pairs or units",
	"rangeOneOrMore":            "1 or more",
	"facilitatorsLine":          "%d informal facilitator candidates, %d formal coordinators, a set of %d; %d months, %d time slices",
	"facilitatorsWrote":         "facilitators written to %s",
	"stepslices":                "building the network of every week",
	"stepbrokerage":             "counting brokerage roles and structural holes",
	"stepbetweenness":           "computing betweenness",
	"stepstability":             "computing monthly stability and rank intervals",
	"steppairs":                 "counting sector pairs and choosing the facilitator set",
	"stepshuffles":              "shuffling sector labels",

	// viz: facilitators.html (issue "HR facilitators")
	"viz.fac.title":                "Cross-sector facilitator candidates",
	"viz.fac.tocInformal":          "Informal facilitators",
	"viz.fac.tocSet":               "Facilitator set",
	"viz.fac.tocPairs":             "Sector pairs",
	"viz.fac.tocFormal":            "Formal coordinators",
	"viz.fac.tocSpells":            "Staff who changed unit",
	"viz.fac.intro":                "Staff who already join sectors in their daily work (letters, meetings and data sharing), outside formal coordinating duties, and the sector pairs that rest on one person.",
	"viz.fac.informalIntro":        "Ranked by cross-sector tie weight; each event is credited to the person's unit at its time. The other columns are evidence to review, not weights of the score.",
	"viz.fac.setIntro":             "%d people chosen one by one so that as many %s as possible are reached by at least two members, at most %d from one OPD (redundancy %d). The gain is what each choice added.",
	"viz.fac.cover.pairs":          "sector pairs",
	"viz.fac.cover.units":          "units within two steps",
	"viz.fac.pairsIntro":           "How many people carry the ties of each sector pair. Red: none; amber: one person (one departure cuts the two sectors apart); green: two or more.",
	"viz.fac.formalIntro":          "Staff of coordinator units (such as Setda, Bappeda) and holders of coordinating positions bridge because it is their job; they are listed apart and not put forward as informal facilitators.",
	"viz.fac.spellsIntro":          "Staff who worked in more than one unit during the window: each spell is credited to the unit of its time.",
	"viz.fac.noneListed":           "None.",
	"viz.fac.col.rank":             "Rank",
	"viz.fac.col.person":           "Person",
	"viz.fac.col.weight":           "Cross-sector tie weight",
	"viz.fac.col.reach":            "Sectors reached",
	"viz.fac.col.months":           "Months in the top 10 percent",
	"viz.fac.col.interval":         "95 percent rank interval",
	"viz.fac.col.pairsLost":        "Sector pairs lost without them",
	"viz.fac.col.overload":         "Overloaded",
	"viz.fac.col.reason":           "Reason",
	"viz.fac.col.order":            "Order",
	"viz.fac.col.gain":             "Gain",
	"viz.fac.col.covered":          "Covered",
	"viz.fac.col.redundant":        "Covered twice",
	"viz.fac.col.spell":            "Spell",
	"viz.fac.col.weeks":            "Weeks",
	"viz.fac.formalBy.unit":        "coordinator unit",
	"viz.fac.formalBy.position":    "coordinating position",
	"viz.fac.col.formalBy":         "Formal by",
	"viz.fac.col.inSet":            "In the set",
	"viz.fac.purpose":              "Purpose of processing",
	"viz.fac.pseudonymous":         "People are shown under keyed pseudonyms (key id %s). Ids (NIP), names and positions are not shown; groups below the size limit are not shown.",
	"viz.fac.revealed":             "Made with --reveal: people's ids (NIP), names and positions are shown. Share only with officials entitled to see them.",
	"viz.fac.mustNotTitle":         "What this report does not hold, and must not be asked for",
	"viz.fac.mustNot.content":      "the content or subject of letters and meeting minutes;",
	"viz.fac.mustNot.counterparts": "who a person's counterparts are (there is no person-to-person tie list);",
	"viz.fac.mustNot.hours":        "a person's activity by hour or by day;",
	"viz.fac.mustNot.denials":      "data requests a person refused;",
	"viz.fac.mustNot.sensitive":    "specific personal data (UU 27/2022 Article 4) or performance appraisals;",
	"viz.fac.mustNot.automated":    "an automated decision: staff may object to automated profiling (UU 27/2022), so every name is reviewed by people before it is used.",
	"viz.fac.defs":                 "Definitions",
	"viz.fac.def.weight":           "the summed tie weight (letters, meeting shares, data sharing) of the person with people and units of other sectors; each event is credited to the sectors of both ends at its time (week).",
	"viz.fac.def.reach":            "the number of other sectors with at least the reach weight of ties.",
	"viz.fac.def.formal.term":      "Formal coordinator",
	"viz.fac.def.formal":           "staff of a unit of kind coordinator, or whose position contains one of the coordinating words (study.yaml: facilitators.formal_positions).",
	"viz.fac.def.months":           "the months in which the person is in the top 10 percent of staff outside coordinating roles by that month's cross-sector tie weight.",
	"viz.fac.def.interval":         "the 2.5th and 97.5th percentiles of the rank over B resamples of weeks (bootstrap).",
	"viz.fac.def.pairs":            "sector pairs whose ties only this person carries: without them the two sectors are cut apart.",
	"viz.fac.def.overload":         "strength in the top 5 percent and more than 30 percent of their unit's cross-unit tie weight through them.",
	"viz.fac.def.roles.term":       "Brokerage roles",
	"viz.fac.def.roles":            "Gould–Fernandez (coordinator, itinerant, representative, gatekeeper, liaison) with expected value, standard deviation and z as R sna::brokerage gives them, and a z against shuffled sector labels; in facilitators.csv.",
	"viz.fac.def.spells.term":      "Spell",
	"viz.fac.def.spells":           "the window is cut into weeks (and at the first of every month); in each slice a person is in the unit of the spell in force, so a person who moved is credited to both units.",
	"viz.fac.def.set.term":         "Facilitator set",
	"viz.fac.def.set":              "chosen one at a time: each time the person with the largest gain in coverage (ties: the larger weight), with a cap per OPD.",
	"viz.fac.def.privacy.term":     "Privacy",
	"viz.fac.def.privacy":          "HMAC-SHA256 pseudonyms with a key outside the output folder; groups below the size limit are hidden together with complementary groups; audit.json records the purpose, window, user, flags and what was hidden.",
	"viz.fac.fig.informal":         "Informal facilitator candidates",
	"viz.fac.fig.formal":           "Formal coordinators",
	"viz.fac.fig.pairs":            "Sector pairs by number of carriers",
	"viz.fac.fig.pairsValue":       "%d without a carrier · %d one person · %d two or more",
	"viz.fac.fig.time":             "Time",
	"viz.fac.fig.timeValue":        "%d months, %d week slices",
	"viz.fac.matrixTitle":          "Carriers of the ties of each sector pair",
	"viz.fac.matrixNote":           "Red: no carrier · amber: one person · green: two or more. Point at a cell for its tie weight.",
	"viz.fac.matrixCell":           "%s — %s: %d carriers, tie weight %s",
	"viz.fac.withheld":             "Hidden because the group is below the size limit (with complementary groups): %d sectors, %d units (shown as *), %d sector pairs; limit %d people.",
	"viz.fac.param.reach":          "Reach weight",
	"viz.fac.param.top":            "Top share per month",
	"viz.fac.param.bootstrap":      "Resamples of weeks (B)",
	"viz.fac.param.shuffles":       "Sector-label shuffles",
	"viz.fac.param.set":            "Set",
	"viz.fac.param.overload":       "Overload",
	"viz.fac.param.overloadValue":  "strength in the top %s%% and more than %s%% of the unit's cross-unit ties",
	"viz.fac.param.minGroup":       "Smallest group",
	"viz.fac.param.formalWords":    "Coordinating position words",
	"generate.move-facilitator":    "one planted facilitator moves to a unit of another sector mid-year (to test credit per spell); without it the outputs are unchanged",
}
