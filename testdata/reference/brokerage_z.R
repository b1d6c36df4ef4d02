# Gould-Fernandez brokerage expected counts, standard deviations and z-scores
# from R's sna::brokerage (its $exp.nli, $sd.nli and $z.nli), the reference
# for metrics/broker's BrokerageExpected.
# Run from the module root with Debian's R (apt-get install r-cran-sna):
#   Rscript testdata/reference/brokerage_z.R
# Graphs and node order are those of metrics/internal/refgraph: node i is the
# i-th id in ascending order; an arc exists where the directed weight is > 0.
# An undefined z (a standard deviation of 0, as for a group of one) is
# written as null.
suppressPackageStartupMessages(library(sna))
ds <- "testdata/datasets"
out <- "testdata/golden/broker"

adj_from <- function(edges, n, offset) {
  m <- matrix(0, n, n)
  for (k in seq_len(nrow(edges))) {
    u <- edges[k, 1] + offset; v <- edges[k, 2] + offset
    if (u == v) next
    m[u, v] <- 1
  }
  m
}

groups_of <- function(vals) match(vals, sort(unique(vals)))  # refgraph's dense ids, + 1

num <- function(x) ifelse(is.finite(x), sprintf("%.17g", x), "null")

write_z <- function(name, grouping, m, cl) {
  b <- brokerage(m, cl)
  f <- file.path(out, paste0("sna_z_", name, "_", grouping, ".json"))
  cols <- c(coordinator = "w_I", itinerant = "w_O", representative = "b_IO", gatekeeper = "b_OI", liaison = "b_O", total = "t")
  part <- function(what, mat) sapply(names(cols), function(k)
    sprintf('  "%s_%s": [%s]', what, k, paste(num(mat[, cols[[k]]]), collapse = ", ")))
  hdr <- sprintf('  "source": "R %s, sna %s: brokerage(adj, cl) $exp.nli, $sd.nli, $z.nli (%s by %s)"',
                 paste(R.version$major, R.version$minor, sep = "."), as.character(packageVersion("sna")), name, grouping)
  writeLines(c("{", paste(c(hdr, part("exp", b$exp.nli), part("sd", b$sd.nli), part("z", b$z.nli)), collapse = ",\n"), "}"), f)
}

a <- read.csv(file.path(ds, "krackhardt-hightech/krack_advice_edges.csv"))
an <- read.csv(file.path(ds, "krackhardt-hightech/krack_nodes.csv"))
write_z("krackhardt", "dept", adj_from(as.matrix(a), 21, 0), groups_of(as.character(an$dept)))

l <- read.csv(file.path(ds, "lazega-lawyers/lazega_cowork_directed_edges.csv"))
ln <- read.csv(file.path(ds, "lazega-lawyers/lazega_nodes.csv"))
ml <- adj_from(as.matrix(l), 71, 0)
write_z("lazega", "office", ml, groups_of(ln$office))
write_z("lazega", "practice", ml, groups_of(ln$practice))
