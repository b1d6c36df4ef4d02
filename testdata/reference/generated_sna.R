# Gould-Fernandez brokerage (R sna::brokerage: raw counts, $exp.nli, $sd.nli,
# $z.nli) and Burt's constraint (R igraph::constraint), effective size and
# hierarchy (Burt's formulas, written out below, as NetworkX 2.8 and
# migraph define them) of a network exported from a generated study, for
# metrics/broker's TestBrokerageGeneratedAgainstSNA and by hand against
# sekat facilitators.
# Run from the module root with Debian's R (apt-get install r-cran-sna
# r-cran-igraph):
#   Rscript testdata/reference/generated_sna.R testdata/datasets/generated-person testdata/golden/broker/sna_generated_person.csv
# DIR holds nodes.csv (id, sector: every node, in the order of the output)
# and edges.csv (source, target, weight: the directed arcs of edges.csv of
# sekat analyze --level person); an arc exists where its weight is > 0, and
# the undirected tie weight is w(u->v) + w(v->u). Writes OUT (default
# DIR/sna.csv), one row per node; an undefined value (a standard deviation
# of 0, an isolated node) is written empty.
suppressPackageStartupMessages({ library(sna); library(igraph) })
args <- commandArgs(TRUE)
dir <- args[1]
outfile <- if (length(args) > 1) args[2] else file.path(dir, "sna.csv")
nodes <- read.csv(file.path(dir, "nodes.csv"), colClasses = "character")
edges <- read.csv(file.path(dir, "edges.csv"), colClasses = c("character", "character", "numeric"))
n <- nrow(nodes)
u <- match(edges$source, nodes$id); v <- match(edges$target, nodes$id)
stopifnot(!anyNA(u), !anyNA(v))
A <- matrix(0, n, n); W <- matrix(0, n, n)
for (k in seq_along(u)) {
  if (edges$weight[k] > 0 && u[k] != v[k]) {
    A[u[k], v[k]] <- 1
    W[u[k], v[k]] <- W[u[k], v[k]] + edges$weight[k]
  }
}
cl <- match(nodes$sector, sort(unique(nodes$sector)))
b <- brokerage(A, cl)
U <- W + t(W)
g <- graph_from_adjacency_matrix(U, mode = "undirected", weighted = TRUE)
con_igraph <- constraint(g)
s <- rowSums(U); mx <- apply(U, 1, max)
es <- rep(NA, n); hier <- rep(NA, n); con <- rep(NA, n)
for (i in seq_len(n)) {
  nb <- which(U[i, ] > 0)
  N <- length(nb)
  if (N == 0) next
  a <- numeric(N); red <- numeric(N)
  for (k in seq_len(N)) {
    j <- nb[k]; q <- nb[nb != j]
    a[k] <- U[i, j] / s[i] + sum(U[i, q] / s[i] * U[q, j] / s[q])
    red[k] <- sum(U[i, q] / s[i] * U[j, q] / mx[j])
  }
  c <- a^2
  con[i] <- sum(c)
  es[i] <- sum(1 - red)
  if (N == 1) { hier[i] <- 0; next }
  r <- c / (sum(c) / N)
  hier[i] <- sum(ifelse(r > 0, r * log(r), 0)) / (N * log(N))
}
num <- function(x) ifelse(is.finite(x), sprintf("%.17g", x), "")
cols <- c(coordinator = "w_I", itinerant = "w_O", representative = "b_IO", gatekeeper = "b_OI", liaison = "b_O", total = "t")
out <- data.frame(id = nodes$id)
for (k in names(cols)) out[[k]] <- as.integer(b$raw.nli[, cols[[k]]])
for (k in names(cols)) out[[paste0("exp_", k)]] <- num(b$exp.nli[, cols[[k]]])
for (k in names(cols)) out[[paste0("sd_", k)]] <- num(b$sd.nli[, cols[[k]]])
for (k in names(cols)) out[[paste0("z_", k)]] <- num(b$z.nli[, cols[[k]]])
out$constraint_igraph <- num(con_igraph)
out$constraint <- num(con)
out$effective_size <- num(es)
out$hierarchy <- num(hier)
src <- sprintf("R %s.%s, sna %s, igraph %s: %d nodes, %d arcs", R.version$major, R.version$minor,
               packageVersion("sna"), packageVersion("igraph"), n, sum(A))
writeLines(paste("#", src), outfile)
suppressWarnings(write.table(out, outfile, sep = ",", row.names = FALSE, quote = FALSE, append = TRUE))
cat(src, "\n")
