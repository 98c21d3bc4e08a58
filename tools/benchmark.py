"""Benchmark strategylint stage by stage, against pdftotext (and optionally pdfplumber), in one run.

    python tools/benchmark.py [FOLDER_OR_FILES...] [--pdfplumber] [--max-ratio R]

Defaults to the PDFs of ../shared/corpus/docs. Prints, per stage (startup, parse, NLP, rules, report),
the wall and CPU seconds, pages/s and words/s, the process's peak RSS, then the end-to-end time of
`strategylint check --jobs 1` in a fresh process beside `pdftotext` on the same files, and the ratios
of wall time and of CPU time. CPU time is the steadier of the two on a shared machine, so --max-ratio
(exit 1 above R: a gross-regression guard for CI that never compares absolute times) uses it.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "docs"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def collect(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.glob("*.pdf")) if path.is_dir() else [path])
    return files


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_pdftotext(files: list[Path]) -> tuple[float, float] | None:
    """Wall and CPU seconds of pdftotext over the files."""
    if not shutil.which("pdftotext"):
        return None
    start, cpu = time.perf_counter(), children_cpu()
    for file in files:
        subprocess.run(["pdftotext", "-q", str(file), "-"], stdout=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start, children_cpu() - cpu


def time_pdfplumber(files: list[Path]) -> float:
    import pdfplumber

    start = time.perf_counter()
    for file in files:
        try:
            with pdfplumber.open(file) as pdf:
                for page in pdf.pages:
                    page.extract_text(layout=True)
                    page.close()
        except Exception as exc:  # a file pdfplumber cannot read still costs its time
            print(f"  pdfplumber: {file.name}: {exc}", file=sys.stderr)
    return time.perf_counter() - start


def time_cli(files: list[Path], jobs: int = 1) -> tuple[float, float]:
    """Wall and CPU seconds of `strategylint check --jobs N` in a fresh process."""
    with tempfile.TemporaryDirectory() as tmp:
        start, cpu = time.perf_counter(), children_cpu()
        subprocess.run([sys.executable, "-m", "strategylint", "check", "--jobs", str(jobs), "--isolated", "--format",
                        "json", "-o", str(Path(tmp) / "out.json"), *map(str, files)],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        return time.perf_counter() - start, children_cpu() - cpu


def stages(files: list[Path]) -> tuple[dict[str, float], dict[str, float], int, int]:
    """Wall and CPU seconds per stage, pages and words."""
    from strategylint.engine import Engine
    from strategylint.nlp import pipeline
    from strategylint.parsers import InputError, read_document
    from strategylint.reporters import json_reporter

    start, cpu_start = time.perf_counter(), time.process_time()
    engine = Engine()
    pipeline(engine.lexicons)  # spaCy's import and the matchers: paid once per process
    totals = {"startup": time.perf_counter() - start, "parse": 0.0, "nlp": 0.0, "rules": 0.0, "report": 0.0}
    cpu = {"startup": time.process_time() - cpu_start, "parse": 0.0, "nlp": 0.0, "rules": 0.0, "report": 0.0}
    pages = words = 0
    results = []
    for file in files:
        start, cpu_start = time.perf_counter(), time.process_time()
        try:
            document = read_document(file, engine.limits)
        except InputError as exc:
            print(f"  {file.name}: {exc}", file=sys.stderr)
            continue
        parsed, cpu_parsed = time.perf_counter(), time.process_time()
        doc = engine.analyse(document)
        analysed, cpu_analysed = time.perf_counter(), time.process_time()
        result = engine.judge(doc, str(file))
        judged, cpu_judged = time.perf_counter(), time.process_time()
        totals["parse"] += parsed - start
        totals["nlp"] += analysed - parsed
        totals["rules"] += judged - analysed
        cpu["parse"] += cpu_parsed - cpu_start
        cpu["nlp"] += cpu_analysed - cpu_parsed
        cpu["rules"] += cpu_judged - cpu_analysed
        pages += document.meta.pages or 0
        words += doc.words
        results.append(result)
    start, cpu_start = time.perf_counter(), time.process_time()
    json_reporter.render(results)
    totals["report"] = time.perf_counter() - start
    cpu["report"] = time.process_time() - cpu_start
    return totals, cpu, pages, words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[DEFAULT_CORPUS])
    parser.add_argument("--pdfplumber", action="store_true", help="also time pdfplumber's layout pass (slow)")
    parser.add_argument("--max-ratio", type=float, help="exit 1 if the CPU-time ratio check/pdftotext is above this")
    parser.add_argument("--jobs", type=int, default=0, help="also time check --jobs N against --jobs 1")
    args = parser.parse_args(argv)
    files = collect(args.paths)
    if not files:
        print("no PDF files to benchmark", file=sys.stderr)
        return 2
    print(f"{len(files)} PDF files")
    reference = time_pdftotext(files)
    totals, cpu, pages, words = stages(files)
    print(f"\n{'stage':<8} {'seconds':>8} {'CPU s':>8} {'pages/s':>9} {'words/s':>10}")
    for stage, seconds in [*totals.items(), ("total", sum(totals.values()))]:
        cpu_seconds = cpu.get(stage, sum(cpu.values()))
        per_page = f"{pages / seconds:,.0f}" if seconds else "-"
        per_word = f"{words / seconds:,.0f}" if seconds else "-"
        print(f"{stage:<8} {seconds:>8.2f} {cpu_seconds:>8.2f} {per_page:>9} {per_word:>10}")
    print(f"\n{pages} pages, {words:,} words; peak RSS of this process {peak_rss_mb():.0f} MB")
    end_to_end, end_to_end_cpu = time_cli(files)
    print(f"\nstrategylint check --jobs 1 (fresh process): {end_to_end:.2f} s wall, {end_to_end_cpu:.2f} s CPU, "
          f"{pages / end_to_end:.0f} pages/s")
    ratio = None
    if reference is not None:
        ref_wall, ref_cpu = reference
        ratio = end_to_end_cpu / ref_cpu
        print(f"pdftotext on the same files:                {ref_wall:.2f} s wall, {ref_cpu:.2f} s CPU, "
              f"{pages / ref_wall:.0f} pages/s")
        print(f"ratio check / pdftotext:                    {end_to_end / ref_wall:.2f}x wall, {ratio:.2f}x CPU")
    else:
        print("pdftotext not installed: no ratio (apt-get install poppler-utils)")
    if args.jobs > 1:
        parallel, _ = time_cli(files, args.jobs)
        print(f"strategylint check --jobs {args.jobs}:                   {parallel:.2f} s wall, "
              f"{end_to_end / parallel:.2f}x faster than --jobs 1")
    if args.pdfplumber:
        plumber = time_pdfplumber(files)
        print(f"pdfplumber layout pass:                     {plumber:.2f} s, {plumber / end_to_end:.1f}x check")
        if reference is not None:
            print(f"ratio pdfplumber / pdftotext:               {plumber / reference[0]:.1f}x wall")
    if args.max_ratio is not None and ratio is not None and ratio > args.max_ratio:
        print(f"REGRESSION: ratio {ratio:.2f} is above {args.max_ratio}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
