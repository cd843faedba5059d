#!/usr/bin/env bash
# Seeds the fuzz corpora (fuzz/corpus/, not committed) from the labelled cases in corpus/:
#   analysis: each source.txt and summary.txt, and the passages of corpus/quotes/;
#   check:    each case's source and summary joined by a 0xFF byte (the check target splits there),
#             both cut to fit -max_len=8192.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/analysis corpus/check
for dir in ../corpus/*/; do
    case=$(basename "$dir")
    for f in "$dir"source.txt "$dir"summary.txt; do
        [ -f "$f" ] && cp "$f" "corpus/analysis/$case-$(basename "$f" .txt)"
    done
    if [ -f "$dir/source.txt" ] && [ -f "$dir/summary.txt" ]; then
        { head -c 5000 "$dir/source.txt"; printf '\xff'; head -c 3000 "$dir/summary.txt"; } > "corpus/check/$case"
    fi
done
for f in ../corpus/quotes/*.txt; do
    cp "$f" "corpus/analysis/quotes-$(basename "$f" .txt)"
done
echo "analysis: $(ls corpus/analysis | wc -l) seeds; check: $(ls corpus/check | wc -l) seeds"
