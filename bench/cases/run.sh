#!/bin/sh
# Dossier export of a case with 1 000 linked notices (target: under 10 s, and memory
# that does not grow with every page: compare the peak with 250 notices).
# usage: bench/cases/run.sh [BUILD_DIR]
set -e
build=${1:-build}
for n in 250 1000; do
    QT_QPA_PLATFORM=offscreen "$build/bench/cases/bench_dossier" "$n"
done
