"""Ingest: every input format (plain, .gz, .zst), directories, ids, dates, dedupe and bad input."""

from __future__ import annotations

import codecs
import gzip
import json
import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from awol.errors import InputError
from awol.ingest import Deduplicator, iter_documents, read_document_dict
from awol.ingest.dates import DateProblem, normalize_published
from awol.model import Document

TEXT_A = "Forty recruits walked away from the training camp at dawn, the camp commander said."
TEXT_B = "A captain and twelve men crossed the river to join the rebels, a villager told reporters."

HTML = """<!doctype html><html><head><title>Recruits leave camp | Valley Times</title>
<meta property="og:site_name" content="Valley Times">
<link rel="canonical" href="https://valley.example.org/news/recruits">
<meta property="article:published_time" content="2021-03-04T08:30:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | Subscribe today for our newsletter</nav>
<article><h1>Recruits leave camp</h1>
<p>Forty recruits walked away from the training camp at dawn, the camp commander said on Thursday.</p>
<p>The commander said the recruits had complained for weeks about food and the lack of winter clothing.</p>
</article><footer>Copyright Valley Times. All rights reserved.</footer></body></html>"""

COMPRESSIONS = ["", ".gz", ".zst"]


def docs(paths, **kw) -> list:
    return list(iter_documents(paths, **kw))


def only_docs(items) -> list[Document]:
    assert all(isinstance(i, Document) for i in items), [str(i) for i in items]
    return items


@pytest.mark.parametrize("compression", COMPRESSIONS)
def test_json_object(write, article, compression):
    path = write(f"one.json{compression}", article(id="j1", text=TEXT_A, published="2020-05-04T10:00:00Z"))
    [doc] = only_docs(docs([path]))
    assert (doc.id, doc.text, doc.published, doc.title, doc.publisher, doc.url) == (
        "j1", TEXT_A, "2020-05-04", "A test article", "Test Wire", "https://example.org/a")
    assert doc.path == str(path)


@pytest.mark.parametrize("compression", COMPRESSIONS)
def test_json_array_with_and_without_ids(write, article, compression):
    path = write(f"many.json{compression}", [article(id="x", text=TEXT_A), article(id=None, text=TEXT_B)])
    assert [d.id for d in only_docs(docs([path]))] == ["x", "many-2"]


@pytest.mark.parametrize("suffix", [".jsonl", ".ndjson"])
@pytest.mark.parametrize("compression", COMPRESSIONS)
def test_json_lines(write, article, suffix, compression):
    lines = [json.dumps(article(id="a", text=TEXT_A)), "", "   ", json.dumps(article(id=None, text=TEXT_B))]
    path = write(f"feed{suffix}{compression}", "\n".join(lines) + "\n")
    assert [(d.id, d.text) for d in only_docs(docs([path]))] == [("a", TEXT_A), ("feed-4", TEXT_B)]


@pytest.mark.parametrize("compression", COMPRESSIONS)
def test_json_lines_bad_line_is_reported_and_others_read(write, article, compression):
    lines = [json.dumps(article(id="a", text=TEXT_A)), '{"id": "b", "text": ', json.dumps(article(id="c", text=TEXT_B))]
    path = write(f"feed.jsonl{compression}", "\n".join(lines))
    first, error, last = docs([path])
    assert (first.id, last.id) == ("a", "c")
    assert isinstance(error, InputError) and error.line == 2 and "malformed JSON" in error.problem
    assert str(error).startswith(f"{path}:2: ")


@pytest.mark.parametrize("compression", COMPRESSIONS)
def test_text_file(write, compression):
    path = write(f"camp-report.txt{compression}", "\n\n  Recruits leave camp  \n" + TEXT_A + "\n")
    [doc] = only_docs(docs([path]))
    assert doc.id == "camp-report"
    assert doc.title == "Recruits leave camp"
    assert "Recruits leave camp" in doc.text and TEXT_A in doc.text
    assert doc.published is None


@pytest.mark.parametrize("suffix", [".html", ".htm"])
@pytest.mark.parametrize("compression", COMPRESSIONS)
def test_html_file(write, suffix, compression):
    path = write(f"page{suffix}{compression}", HTML)
    [doc] = only_docs(docs([path]))
    assert doc.id == "page"
    assert "Forty recruits walked away" in doc.text and "winter clothing" in doc.text
    assert "Subscribe" not in doc.text and "Copyright" not in doc.text
    assert doc.published == "2021-03-04"
    assert doc.publisher == "Valley Times"
    assert doc.url == "https://valley.example.org/news/recruits"
    assert doc.title and "Recruits leave camp" in doc.title


def test_html_without_a_date_has_no_published(write):
    html = HTML.replace('<meta property="article:published_time" content="2021-03-04T08:30:00Z">', "")
    [doc] = only_docs(docs([write("page.html", html)]))
    assert doc.published is None


def test_html_in_a_legacy_charset_is_read_through_its_declaration(write):
    html = HTML.replace("<head>", '<head><meta charset="windows-1252">').replace("at dawn", "at dawn near Bégon")
    [doc] = only_docs(docs([write("page.html", html.encode("cp1252"))]))
    assert "Bégon" in doc.text


def test_directory_is_recursive_sorted_and_skips_hidden_and_unknown(write, article, tmp_path):
    write("in/b.json", article(id="b"))
    write("in/a/z.txt", TEXT_A)
    write("in/a/y.json.gz", article(id="y", text=TEXT_B))
    write("in/c.txt", "Another report about a patrol that never came back to base.")
    write("in/.hidden.json", article(id="hidden"))
    write("in/.cache/d.json", article(id="cached"))
    write("in/notes.md", "not an article")
    write("in/image.png", b"\x89PNG\x00\x00")
    assert [d.id for d in only_docs(docs([tmp_path / "in"]))] == ["y", "z", "b", "c"]


def test_inputs_keep_the_order_given(write, article, tmp_path):
    second = write("2.json", article(id="second"))
    first = write("1.json", article(id="first", text=TEXT_B))
    assert [d.id for d in docs([second, first])] == ["second", "first"]


def test_empty_directory_is_not_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    assert docs([tmp_path / "empty"]) == []


def test_explicit_file_of_unknown_type_is_an_error(write):
    [error] = docs([write("notes.md", "hello")])
    assert isinstance(error, InputError) and "unknown file type" in error.problem


@pytest.mark.parametrize("text", [
    TEXT_A,
    codecs.BOM_UTF8.decode() + TEXT_A,
])
def test_utf8_with_and_without_bom(write, text):
    [doc] = only_docs(docs([write("a.txt", text)]))
    assert doc.text == TEXT_A


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(write, article, encoding):
    bom = b"" if encoding == "utf-16" else {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}[encoding]
    for name, content in [("a.txt", TEXT_A), ("b.json", json.dumps(article(id="b"))),
                          ("c.jsonl", json.dumps(article(id="c")) + "\n")]:
        [doc] = only_docs(docs([write(name, bom + content.encode(encoding))]))
        assert doc.text.strip() in (TEXT_A, article()["text"])


BAD_INPUTS = [
    # name, content, words expected in the problem, line
    ("bin.txt", b"GIF89a\x00\x01\x02\x00", "binary file", None),
    ("bin.jsonl", b"\x00\x01\x02garbage", "binary file", None),
    ("bin.html", b"<html>\x00\x00\x00", "binary file", None),
    ("latin.txt", "Line one\nDéserteurs à la frontière\n".encode("latin-1"), "not UTF-8", 2),
    ("latin.json", '{"id": "x",\n "text": "Déserteurs"}'.encode("latin-1"), "not UTF-8", 2),
    ("broken.json", '{"id": "x",\n "text": "no closing brace"\n', "malformed JSON", 3),
    ("number.json", "42", "expected a JSON object", None),
    ("strings.json", '["a"]', "array item 1: expected a JSON object", None),
    ("notext.json", '{"id": "x", "title": "Only a title"}', "no text", None),
    ("emptytext.json", '{"id": "x", "text": "   "}', "no text", None),
    ("listtext.json", '{"id": "x", "text": ["a"]}', "'text' must be a string", None),
    ("empty.txt", "", "no text", None),
    ("blank.txt", "  \n\n ", "no text", None),
    ("nav-only.html", "<html><body></body></html>", "no text", None),
    ("notobject.jsonl", '"just a string"\n', "expected a JSON object", 1),
    ("corrupt.json.gz", b"\x1f\x8b\x08\x00 this is not deflate data at all", "corrupt or truncated gzip", None),
    ("plain.json.gz", b'{"id": "x", "text": "not compressed"}', "corrupt or truncated gzip", None),
    ("corrupt.jsonl.zst", b"\x28\xb5\x2f\xfd garbage garbage garbage", "corrupt or truncated zstandard", None),
    ("plain.txt.zst", b"not compressed at all", "corrupt or truncated zstandard", None),
]


@pytest.mark.parametrize("name,content,problem,line", BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_gives_one_input_error(tmp_path, name, content, problem, line):
    path = tmp_path / name  # written as is: the compressed cases are deliberately not compressed properly
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    [error] = docs([path])
    assert isinstance(error, InputError)
    assert error.path == str(path)
    assert problem in error.problem
    assert error.line == line


@pytest.mark.parametrize("name", ["cut.json.gz", "cut.jsonl.zst"])
def test_truncated_compressed_file(write, article, tmp_path, name):
    full = write(name, json.dumps(article()) + "\n")
    data = full.read_bytes()
    full.write_bytes(data[: len(data) // 2])
    items = docs([full])
    assert len(items) == 1 and isinstance(items[0], InputError) and "corrupt or truncated" in items[0].problem


def test_missing_path(tmp_path):
    [error] = docs([tmp_path / "nowhere.json"])
    assert isinstance(error, InputError) and error.problem == "no such file or directory"


def test_bad_file_does_not_stop_the_others(write, article, tmp_path):
    good = write("good.json", article(id="good"))
    bad = write("bad.json", "{")
    items = docs([bad, tmp_path / "missing.txt", good])
    assert [type(i).__name__ for i in items] == ["InputError", "InputError", "Document"]


@pytest.mark.parametrize("name,wrap", [("big.txt", str), ("big.json", None), ("big.txt.gz", str), ("big.txt.zst", str)])
def test_size_limit_applies_after_decompression(write, article, name, wrap):
    text = "The patrol did not come back. " * 100
    content = text if wrap else json.dumps(article(text=text))
    [error] = docs([write(name, content)], max_bytes=1000)
    assert isinstance(error, InputError) and "larger than the limit of 1,000 bytes" in error.problem
    [doc] = only_docs(docs([write("small-" + name, content)], max_bytes=100_000))


def test_size_limit_for_json_lines_holds_per_line(write, article):
    lines = [json.dumps(article(id="short")), json.dumps(article(id="long", text="word " * 500)),
             json.dumps(article(id="after"))]
    items = docs([write("feed.jsonl", "\n".join(lines) + "\n")], max_bytes=1000)
    assert items[0].id == "short" and items[2].id == "after"
    assert isinstance(items[1], InputError) and items[1].line == 2 and "longer than the limit" in items[1].problem


def test_many_bad_lines_stop_after_a_cap(write):
    items = docs([write("noise.jsonl", "not json\n" * 100)])
    assert len(items) == 21 and "too many errors" in items[-1].problem


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300), name=st.sampled_from(["x.json", "x.jsonl", "x.txt", "x.html", "x.json.gz", "x.jsonl.zst"]))
def test_never_raises_on_arbitrary_bytes(write, data, name):
    for item in iter_documents([write(name, data)]):
        assert isinstance(item, (Document, InputError))


# --- documents from dicts --------------------------------------------------

@pytest.mark.parametrize("raw,fallback,expected", [
    ({"id": "given", "text": "t"}, None, "given"),
    ({"id": 17, "text": "t"}, None, "17"),
    ({"id": "  ", "text": "t"}, None, "report"),
    ({"text": "t"}, "report-3", "report-3"),
    ({"text": "t"}, None, "report"),
])
def test_document_ids(raw, fallback, expected):
    assert read_document_dict(raw, "in/report.jsonl.gz", fallback_id=fallback).id == expected


def test_error_names_file_and_line():
    with pytest.raises(InputError) as info:
        read_document_dict({"id": "x"}, "feed.jsonl", line=7)
    assert str(info.value) == "feed.jsonl:7: no text (the 'text' field is missing or empty)"


@pytest.mark.parametrize("value,expected", [
    ("2015-09-21", "2015-09-21"),
    ("2015-09-21T10:00:00Z", "2015-09-21"),
    ("2015-09-21T10:00:00+03:00", "2015-09-21"),
    ("2015-09-21 10:00", "2015-09-21"),
    ("2015/9/1", "2015-09-01"),
    ("20150921", "2015-09-21"),
    ("2015-09", "2015-09"),
    ("2015", "2015"),
    (2015, "2015"),
    ("21 September 2015", "2015-09-21"),
    ("September 21, 2015", "2015-09-21"),
    ("Sep 2015", "2015-09"),
    (None, None),
    ("", None),
])
def test_published_is_normalised(value, expected):
    assert normalize_published(value) == expected


@pytest.mark.parametrize("value", ["yesterday", "2015-13-01", "2015-02-30", "0001", "9999-01-01", 3.5, ["2015"], True])
def test_nonsense_published_is_rejected(value):
    with pytest.raises(DateProblem):
        normalize_published(value)


def test_every_document_with_a_nonsense_date_is_warned_about_not_only_the_first(caplog):
    """Dates are read through a cache: a value that failed once must fail, and warn, again."""
    with caplog.at_level(logging.WARNING, logger="awol.ingest"):
        for line in (3, 4):
            read_document_dict({"id": f"x{line}", "text": "t", "published": "the day after"}, "feed.jsonl", line=line)
    assert "feed.jsonl:3: warning" in caplog.text and "feed.jsonl:4: warning" in caplog.text


def test_nonsense_published_keeps_document_and_warns(caplog):
    with caplog.at_level(logging.WARNING, logger="awol.ingest"):
        doc = read_document_dict({"id": "x", "text": "t", "published": "last spring"}, "feed.jsonl", line=3)
    assert doc.published is None
    assert "feed.jsonl:3: warning: 'published' is not a date" in caplog.text


def test_unusable_metadata_is_dropped_with_a_warning(caplog):
    with caplog.at_level(logging.WARNING, logger="awol.ingest"):
        doc = read_document_dict({"id": "x", "text": "t", "title": {"a": 1}, "url": 5}, "a.json")
    assert (doc.title, doc.url, doc.text) == (None, None, "t")
    assert "a.json: warning: 'title' must be a string or null, found an object; ignored it" in caplog.text


def test_deduplicator_knows_the_same_text_twice():
    seen = Deduplicator()
    first = Document(id="one", text="Soldiers left the base.\nMore followed.")
    again = Document(id="two", text="Soldiers  left the base. More followed.  ")
    other = Document(id="three", text="A different article.")
    assert [seen.first_copy(d) for d in (first, again, other)] == [None, "one", None]


def test_gzip_with_several_members_is_read_whole(tmp_path, article):
    path = tmp_path / "multi.jsonl.gz"
    path.write_bytes(gzip.compress((json.dumps(article(id="a")) + "\n").encode())
                     + gzip.compress((json.dumps(article(id="b", text=TEXT_B)) + "\n").encode()))
    assert [d.id for d in docs([path])] == ["a", "b"]


def test_zstd_with_several_frames_is_read_whole(tmp_path, article):
    import zstandard

    c = zstandard.ZstdCompressor()
    path = tmp_path / "multi.jsonl.zst"
    path.write_bytes(c.compress((json.dumps(article(id="a")) + "\n").encode())
                     + c.compress((json.dumps(article(id="b", text=TEXT_B)) + "\n").encode()))
    assert [d.id for d in docs([path])] == ["a", "b"]


_SPACES = [chr(c) for c in range(0x3001) if chr(c).isspace()]


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from([*_SPACES, "a", "é", "e", "\u0301", "\u00ad", "\u200b", "”", "\x00", "1"]),
               max_size=40))
def test_normalized_text_is_nfc_with_single_spaces(text):
    """The fast path must give what joining the split words gives: the content hash of every
    stored document depends on it."""
    from unicodedata import normalize

    from awol.model import normalized

    assert normalized(text) == " ".join(normalize("NFC", text).split())
