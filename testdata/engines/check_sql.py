"""Parse each statement of a sekat pairs SQL text with sqlglot (syntax only).

usage: /usr/bin/python3 check_sql.py DIALECT FILE.sql
DIALECT is a sqlglot dialect name (spark, trino). Prints one line per
statement sqlglot cannot parse and a summary line; exits 1 if any failed.
Debian's python3-sqlglot (10.6.3 on bookworm) does not know Spark's
data-source clause OPTIONS (...); statements that fail only on it are
counted apart as "not checkable", never as passed, and so are statements
sqlglot keeps as an unparsed command (such as SET) and Spark's RESET of a
setting, which it does not know.
"""
import re
import sys

import sqlglot
from sqlglot import ErrorLevel, exp

dialect, path = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
stmts = []
for s in text.split(";\n"):
    body = "\n".join(l for l in s.splitlines() if not l.startswith("--")).strip()
    if body:
        stmts.append(body)
failed = uncheckable = 0
for i, s in enumerate(stmts, 1):
    try:
        e = sqlglot.parse_one(s, read=dialect, error_level=ErrorLevel.RAISE)
        if e is None:
            raise ValueError("nothing parsed")
        if isinstance(e, exp.Command):  # passed through unparsed
            uncheckable += 1
            print(f"statement {i}: not checkable (kept as a command): {s[:60]}")
            continue
    except Exception as e:  # sqlglot raises ParseError and TokenError
        if dialect == "spark" and re.search(r"\bUSING csv OPTIONS \(", s):
            uncheckable += 1
            print(f"statement {i}: not checkable (OPTIONS clause): {s[:60]}...")
            continue
        if dialect == "spark" and re.fullmatch(r"RESET [A-Za-z0-9_.]+", s):
            # Spark's RESET of one setting (Spark 3.1 and later), which
            # sqlglot 10.6.3 does not know
            uncheckable += 1
            print(f"statement {i}: not checkable (RESET of a setting): {s[:60]}")
            continue
        failed += 1
        print(f"statement {i}: {str(e).splitlines()[0]}")
print(f"{path}: {dialect}, {len(stmts)} statements, {len(stmts) - failed - uncheckable} parsed, "
      f"{uncheckable} not checkable, {failed} failed (sqlglot {sqlglot.__version__})")
sys.exit(1 if failed else 0)
