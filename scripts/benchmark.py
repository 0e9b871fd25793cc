"""Speed and memory of the PDF export for a plan with 200 acties (DESIGN §8; not a timed test).

Builds `demo --acties 200` in a throw-away SQLite database, then measures in separate processes
(so peak memory is each step's own):

1. the full export: gather the plan from the database, render the templates, WeasyPrint;
2. WeasyPrint alone on the same pre-rendered HTML.

Usage: .venv/bin/python scripts/benchmark.py [--acties 200] [--herhalingen 3]
"""

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASIS = Path(__file__).resolve().parent.parent


def meting(stap: str, database: str, html: str) -> dict:
    import django

    django.setup()
    from basis.pdf import BASIS_URL, render_pdf, url_fetcher
    from rapportage.document import plan_document
    from uitvoeringsplan.models import Uitvoeringsplan

    plan = Uitvoeringsplan.objects.get(gemeente__cbs_code="GM9902")
    if stap == "volledig":
        begin = time.perf_counter()
        doc = plan_document(plan)
        tekst, pdf = render_pdf("rapportage/pdf/plan.html", {"doc": doc, "concept": doc.concept})
        duur = time.perf_counter() - begin
        Path(html).write_text(tekst, encoding="utf-8")
    else:
        from weasyprint import HTML

        tekst = Path(html).read_text(encoding="utf-8")
        begin = time.perf_counter()
        pdf = HTML(string=tekst, base_url=BASIS_URL, url_fetcher=url_fetcher()).write_pdf()
        duur = time.perf_counter() - begin
    import io

    from pypdf import PdfReader

    return {
        "seconden": duur,
        "piek_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "paginas": len(PdfReader(io.BytesIO(pdf)).pages),
        "kb": len(pdf) // 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--acties", type=int, default=200)
    parser.add_argument("--herhalingen", type=int, default=3)
    parser.add_argument("--stap", help=argparse.SUPPRESS)
    parser.add_argument("--html", help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    sys.path.insert(0, str(BASIS))
    if args.stap:
        print(json.dumps(meting(args.stap, os.environ["SQLITE_PATH"], args.html)))
        return

    with tempfile.TemporaryDirectory() as map_:
        env = {**os.environ, "SQLITE_PATH": str(Path(map_) / "benchmark.sqlite3"), "DEBUG": "true"}
        python = sys.executable
        subprocess.run([python, "manage.py", "migrate", "-v0"], cwd=BASIS, env=env, check=True)
        subprocess.run(
            [python, "manage.py", "demo", "--acties", str(args.acties)],
            cwd=BASIS,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        html = str(Path(map_) / "plan.html")
        uitkomsten = {"volledig": [], "alleen_weasyprint": []}
        for _ in range(args.herhalingen):
            for stap in ("volledig", "alleen_weasyprint"):
                uitvoer = subprocess.run(
                    [python, __file__, "--stap", stap, "--html", html],
                    cwd=BASIS,
                    env=env,
                    check=True,
                    capture_output=True,
                    text=True,
                )
                uitkomsten[stap].append(json.loads(uitvoer.stdout.strip().splitlines()[-1]))
    print(f"Uitvoeringsplan met {args.acties} acties, {args.herhalingen} herhalingen (mediaan):")
    for stap, metingen in uitkomsten.items():
        print(
            f"  {stap:<18} {statistics.median(m['seconden'] for m in metingen):6.2f} s   "
            f"piekgeheugen {statistics.median(m['piek_mb'] for m in metingen):6.0f} MB   "
            f"{metingen[0]['paginas']} pagina's, {metingen[0]['kb']} kB"
        )


if __name__ == "__main__":
    main()
