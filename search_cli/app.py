"""`iop`: find intensive outpatient programs in Los Angeles from the command line.

Each command reads its options, calls one library function and formats the result.
Heavy modules (Scrapy, Whoosh, Pydantic) are imported inside the commands that need them
so `iop search` starts fast.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from facility import vocabulary
from facility.datadir import DataDir

FORMATS = ("table", "json", "jsonl", "csv")
# Shown when a search finds nothing, as findtreatment.gov does: nobody should leave empty-handed.
HELPLINES = ("SAMHSA National Helpline: 1-800-662-4357 (free, confidential, 24/7, English and Spanish).\n"
             "In crisis? Call or text 988.")


class Context:
    def __init__(self, data_dir: str | None):
        self.data_dir = DataDir.at(data_dir)


pass_ctx = click.make_pass_decorator(Context)


def _code_option(field: str):
    def convert(ctx, param, values):
        codes = []
        for value in values:
            code = vocabulary.resolve(field, value)
            if code is None:
                raise click.BadParameter(f"unknown value '{value}'; valid: {vocabulary.describe_valid(field)}")
            codes.append(code)
        return codes

    return convert


def _languages(ctx, param, values):
    names = []
    for value in values:
        name = vocabulary.resolve_language(value)
        if name is None:
            raise click.BadParameter(f"'{value}' is not a language name (e.g. spanish, korean)")
        names.append(name)
    return names


def _zips(ctx, param, values):
    for value in values:
        if not (len(value) == 5 and value.isdigit()):
            raise click.BadParameter(f"'{value}' is not a 5-digit ZIP code")
    return list(values)


def filter_options(func):
    """The filters shared by `search` and `export`: OR within an option, AND across options."""
    options = [
        click.option("--insurance", multiple=True, callback=_code_option("insurance"),
                     help='Payment or carrier: "Medi-Cal", "Blue Shield", sliding_scale, ...'),
        click.option("--condition", multiple=True, callback=_code_option("conditions"),
                     help='What is treated: ptsd, "dual diagnosis", depression, ...'),
        click.option("--level", multiple=True, callback=_code_option("levels_of_care"),
                     help="Level of care: iop, php, op, residential, detox, inpatient, telehealth."),
        click.option("--population", multiple=True, callback=_code_option("populations"),
                     help="Who it serves: women, men, adolescents, veterans, lgbtq, ..."),
        click.option("--language", multiple=True, callback=_languages, help="Language, e.g. spanish."),
        click.option("--city", multiple=True, help='City, e.g. "Santa Monica".'),
        click.option("--zip", "zips", multiple=True, callback=_zips, help="5-digit ZIP code."),
        click.option("--days", type=click.IntRange(1, 7), help="Programs whose days/week range includes N."),
        click.option("--max-days", type=click.IntRange(1, 7),
                     help="Programs that can be attended in at most N days a week."),
        click.option("--near", metavar="ZIP|LAT,LON|CITY", help='Only facilities near a place, e.g. 90066 or "Santa Monica".'),
        click.option("--radius", type=click.FloatRange(0.1, 500), metavar="MILES",
                     help="How far from --near (default 10 miles)."),
        click.option("--include-stale", is_flag=True,
                     help="Also facilities no source has listed since an earlier crawl."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def make_filters(kw: dict[str, Any]):
    from index.searcher import Filters

    return Filters(
        levels_of_care=kw["level"], insurance=kw["insurance"], conditions=kw["condition"],
        populations=kw["population"], languages=kw["language"], cities=list(kw["city"]),
        zips=kw["zips"], days=kw["days"], max_days=kw["max_days"], include_stale=kw["include_stale"],
        near=kw["near"], radius=kw["radius"],
    )


def _run_search(obj: Context, query: tuple[str, ...], kw: dict[str, Any], limit: int | None, sort: str,
                facets: bool = False):
    from index.searcher import BadQuery, IndexMissing, search

    try:
        result = search(obj.data_dir.index, " ".join(query), make_filters(kw), limit=limit, sort=sort, facets=facets)
    except (IndexMissing, BadQuery) as exc:
        raise click.ClickException(str(exc)) from None
    # How the words were read, so a person can see why these facilities came up.
    if result.understood:
        click.echo("Understood: " + "; ".join(result.understood), err=True)
    if result.place:
        click.echo(f"Near {result.place}", err=True)
    if result.note:
        click.echo(result.note.capitalize(), err=True)
    if result.suggestion:
        click.echo(f"Did you mean: {result.suggestion}?", err=True)
    return result


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--data-dir", envvar="IOP_DATA_DIR", type=click.Path(file_okay=False),
              help="Where the dataset and index live (default: the per-user data folder).")
@click.version_option(package_name="iop-directory")
@click.pass_context
def cli(ctx, data_dir):
    """Find intensive outpatient programs (IOP) in Los Angeles County.

    Start with `iop demo`, then try `iop search --insurance Medi-Cal --level iop`.
    """
    ctx.obj = Context(data_dir)


@cli.command()
@click.argument("query", nargs=-1)
@filter_options
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10000))
@click.option("--sort", type=click.Choice(["relevance", "name", "distance"]), default="relevance",
              show_default=True)
@click.option("--facets", is_flag=True, help="Also count the matches by insurance, condition, level and city.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@pass_ctx
def search(obj, query, limit, sort, facets, fmt, **kw):
    """Search facilities by what you would say, and by filters.

    Example:

        iop search iop medi-cal ptsd santa monica
        iop search --insurance Medi-Cal --condition ptsd --days 3
        iop search dual diagnosis --near 90066 --radius 5 --sort distance
    """
    from . import output

    result = _run_search(obj, query, kw, limit, sort, facets)
    if not result.total:
        widen = "".join(f"\n  {line}" for line in result.widen)
        click.echo(f"No facilities match. Try fewer filters or other words.{widen}\n{HELPLINES}", err=True)
    if fmt == "table":
        if result.hits:
            click.echo(output.table(result.hits))
            click.echo(f"{len(result.hits)} of {result.total} matching facilities"
                       + ("; use --limit to see more" if result.total > len(result.hits) else ""), err=True)
    else:
        output.write_records(result.hits, fmt, sys.stdout)
    if result.facets is not None:
        # Beside a table they are part of the answer; beside data they must not break it.
        click.echo(output.facets_text(result.facets), err=fmt != "table")


@cli.command()
@click.argument("query", nargs=-1)
@filter_options
@click.option("-o", "--output", "target", required=True, help="File to write, or - for standard output.")
@click.option("--format", "fmt", type=click.Choice(["csv", "json", "jsonl"]), default="csv", show_default=True)
@pass_ctx
def export(obj, query, target, fmt, **kw):
    """Export every matching facility (no limit) to CSV, JSON or JSON lines.

    Example:

        iop export --insurance Medi-Cal --level iop -o medi-cal-iops.csv
    """
    from . import output

    result = _run_search(obj, query, kw, None, "name")
    try:
        count = output.export_file(result.hits, fmt, target)
    except BrokenPipeError:
        raise  # `iop export -o - | head`: click ends quietly on a closed pipe
    except OSError as exc:
        raise click.ClickException(f"cannot write {target}: {exc.strerror or exc}") from None
    if target != "-":
        click.echo(f"wrote {count} facilities to {target}", err=True)


@cli.command()
@click.argument("facility_id")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@pass_ctx
def show(obj, facility_id, fmt):
    """Show everything known about one facility, with its sources.

    Example:

        iop show 3f2a9c81d0b4
    """
    import json

    from index.searcher import IndexMissing, get_record

    from . import output

    try:
        record = get_record(obj.data_dir.index, facility_id)
    except IndexMissing as exc:
        raise click.ClickException(str(exc)) from None
    if record is None:
        raise click.ClickException(f"no facility with id '{facility_id}'; `iop search` shows ids")
    click.echo(json.dumps(record, ensure_ascii=False, indent=2) if fmt == "json" else output.text_record(record))


def _parse_pairs(pairs: tuple[str, ...], what: str) -> dict[str, str]:
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"'{pair}' is not NAME=VALUE", param_hint=what)
        out[name.strip()] = value
    return out


def _progress_printer():
    interactive = sys.stderr.isatty()

    def on_item(count: int) -> None:
        if interactive and count % 10 == 0:
            click.echo(f"\r  {count} records read", err=True, nl=False)

    return on_item


def _index_progress(records):
    with click.progressbar(list(records), label="  indexing", file=sys.stderr) as bar:
        yield from bar


@cli.command()
@click.argument("spiders", nargs=-1)
@click.option("-a", "args", multiple=True, metavar="NAME=VALUE", help="Spider argument, as in `scrapy crawl -a`.")
@click.option("-s", "settings", multiple=True, metavar="NAME=VALUE", help="Scrapy setting override.")
@click.option("--demo", is_flag=True, help="Crawl the bundled demo snapshot served on 127.0.0.1.")
@pass_ctx
def crawl(obj, spiders, args, settings, demo):
    """Crawl sources, validate every record, update the dataset and the index.

    Example:

        iop crawl samhsa
        iop crawl samhsa -a api_url=http://127.0.0.1:8000/locator/exportsAsJson/v2
        iop crawl --demo
    """
    from crawler.run import CrawlError, run_crawl, run_demo_crawl
    from facility.dataset import DatasetError

    spider_args = _parse_pairs(args, "-a")
    overrides = _parse_pairs(settings, "-s")
    if demo and spiders:
        raise click.UsageError("--demo crawls the bundled snapshot; do not name spiders with it")
    if not demo and not spiders:
        spiders = ("samhsa",)
    click.echo(f"crawling {'the demo snapshot' if demo else ', '.join(spiders)} into {obj.data_dir.root}", err=True)
    try:
        if demo:
            summary = run_demo_crawl(obj.data_dir, overrides, _progress_printer(), _index_progress)
        else:
            summary = run_crawl([(name, spider_args) for name in spiders], obj.data_dir, overrides,
                                _progress_printer(), _index_progress)
    except (CrawlError, DatasetError) as exc:
        raise click.ClickException(str(exc)) from None
    if sys.stderr.isatty():
        click.echo("", err=True)
    for line in summary.lines():
        click.echo(line, err=True)
    if summary.rejected:
        click.echo(f"rejected records and reasons: {obj.data_dir.rejects}", err=True)
    return summary


@cli.command(name="import")
@click.argument("source", type=click.File("r", encoding="utf-8"))
@pass_ctx
def import_(obj, source):
    """Load records in the facility JSON form (one per line), validated like crawled ones.

    Importing the same file twice changes nothing.

    Example:

        iop export --format jsonl -o saved.jsonl && iop import saved.jsonl
    """
    from facility.dataset import DatasetError
    from facility.ingest import import_records

    name = getattr(source, "name", "-")
    origin = "file:stdin" if name in ("-", "<stdin>") else "file://" + os.path.abspath(name)
    try:
        result = import_records(obj.data_dir, source, origin, _index_progress)
    except DatasetError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"read {result.read}, valid {result.valid}, rejected {result.rejected}, "
               f"new {result.new}, updated {result.updated}, unchanged {result.unchanged}", err=True)
    if result.rejected:
        click.echo(f"rejected records and reasons: {obj.data_dir.rejects}", err=True)


@cli.group()
def index():
    """Rebuild the index from the dataset, or show what it holds."""


@index.command()
@pass_ctx
def rebuild(obj):
    """Rebuild the search index from the dataset file.

    Example:

        iop index rebuild
    """
    from facility import dataset
    from index.writer import build_index

    try:
        with dataset.write_lock(obj.data_dir):
            records = dataset.load(obj.data_dir.dataset)
            if not records:
                raise click.ClickException(f"no dataset in {obj.data_dir.root}; run `iop crawl` or `iop demo` first")
            count = build_index(obj.data_dir.index, records.values(), _index_progress)
    except dataset.DatasetError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"indexed {count} facilities in {obj.data_dir.index}", err=True)


@index.command()
@pass_ctx
def stats(obj):
    """Show how many facilities the index holds, by level of care, insurance and more.

    Example:

        iop index stats
    """
    from index.searcher import IndexMissing
    from index.searcher import stats as index_stats

    try:
        info = index_stats(obj.data_dir.index)
    except IndexMissing as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"facilities: {info['facilities']} ({info['with_days_per_week']} with days per week, "
               f"{info['stale']} stale)")
    for field, counts in info["by_field"].items():
        if field != "languages":
            text = ", ".join(f"{vocabulary.label(field, c)} {counts[c]}" for c in vocabulary.codes(field) if c in counts)
        else:
            text = ", ".join(f"{c} {n}" for c, n in sorted(counts.items(), key=lambda kv: -kv[1]))
        click.echo(f"{field}: {text}")


DEMO_SEARCHES = (
    ("Medi-Cal IOPs that treat PTSD", ["--insurance", "Medi-Cal", "--level", "iop", "--condition", "ptsd"]),
    ("The same, in words, in one city", ["iop", "medi-cal", "ptsd", "santa", "monica"]),
    ("Dual diagnosis within 5 miles of ZIP 90066, nearest first",
     ["dual", "diagnosis", "--near", "90066", "--radius", "5", "--sort", "distance"]),
    ("Programs in Spanish that meet 3 days a week", ["--language", "spanish", "--days", "3"]),
    ('Free text "dialectical" with Blue Shield', ["dialectical", "--insurance", "Blue Shield"]),
)


@cli.command()
@click.pass_context
def demo(ctx):
    """Crawl the bundled demo snapshot over 127.0.0.1, index it and run example searches.

    The demo facilities are fictional, written for this project.

    Example:

        iop demo
    """
    ctx.invoke(crawl, demo=True)
    for title, argv in DEMO_SEARCHES:
        click.echo(f"\n$ iop search {' '.join(_quote(a) for a in argv)}    # {title}")
        ctx.invoke(search, **_search_defaults(argv))
    click.echo("\nThese facilities are fictional demo data. Crawl the real locator with `iop crawl samhsa`.", err=True)


def _quote(arg: str) -> str:
    return f'"{arg}"' if " " in arg else arg


def _search_defaults(argv: list[str]) -> dict[str, Any]:
    # Parse through the real command so demo searches resolve labels exactly like typed ones.
    sub = search.make_context("search", list(argv) + ["--limit", "5"], parent=click.get_current_context())
    return sub.params


def main() -> None:
    """Console entry point: library errors are one line on stderr, never a traceback."""
    try:
        cli.main(prog_name="iop")
    except KeyboardInterrupt:
        click.echo("iop: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - last resort so people never see a traceback
        if os.environ.get("IOP_DEBUG"):
            raise
        click.echo(f"iop: error: {exc} (set IOP_DEBUG=1 for details)", err=True)
        sys.exit(1)
