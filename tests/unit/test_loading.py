"""Bounded loading of user documents: hostile input fails fast, with a clear message, never a traceback."""

from __future__ import annotations

import io
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT
from voiceagents import InputError, _loading
from voiceagents._loading import DocumentError, Limits, load_file, loads

FAST = 2.0  # seconds; a safety net: each case takes milliseconds (unbounded, some took 80 s or were OOM-killed)

# The classic "billion laughs": 342 bytes that expand to 9**9 (387 million) strings.
BILLION_LAUGHS = "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9) if prev else ', '.join(['lol'] * 9)}]\n"
    for prev, name in zip(["", *"abcdefgh"], "abcdefghi", strict=True)
)
# The same with merge keys, which PyYAML copies into each mapping (flatten_mapping) as it loads.
MERGE_BOMB = "a0: &a0 {k: v}\n" + "".join(
    f"a{i}: &a{i} {{{', '.join(f'<<: *a{i - 1}' if j == 0 else f'x{j}: *a{i - 1}' for j in range(9))}}}\n"
    for i in range(1, 10)
)


@pytest.fixture(params=["libyaml", "pure-python"])
def yaml_impl(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test with PyYAML's C parser and without it: the limits must not depend on libyaml."""
    if request.param == "libyaml":
        if not hasattr(yaml, "CSafeLoader"):
            pytest.skip("PyYAML is built without libyaml")
    else:
        monkeypatch.delattr(yaml, "CSafeLoader", raising=False)
    return str(request.param)


def refused(call: Callable[[], Any], *needles: str, limit: str | None = None) -> DocumentError:
    """``call`` raises a DocumentError (an InputError) quickly, whose message contains every needle."""
    start = time.monotonic()
    with pytest.raises(DocumentError) as info:
        call()
    elapsed = time.monotonic() - start
    assert elapsed < FAST, f"took {elapsed:.2f} s"
    error = info.value
    assert isinstance(error, InputError)
    message = str(error)
    for needle in needles:
        assert needle in message, f"{needle!r} not in {message!r}"
    assert len(message) < 300, message
    assert error.limit == limit
    return error


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


# --- hostile input ----------------------------------------------------------------------------


def test_billion_laughs_is_refused(tmp_path: Path, yaml_impl: str) -> None:
    assert len(BILLION_LAUGHS) < 400
    path = write(tmp_path, "bomb.yaml", BILLION_LAUGHS)
    error = refused(
        lambda: load_file(path), str(path), "10,000 nodes", "VOICEAGENTS_MAX_ALIAS_NODES", limit="max_alias_nodes"
    )
    assert error.line is not None
    assert error.line <= 5  # refused at the first alias over the bound, not after expanding


def test_merge_key_bomb_is_refused(yaml_impl: str) -> None:
    refused(lambda: loads(MERGE_BOMB, name="merge.yaml"), "merge.yaml", "10,000 nodes", limit="max_alias_nodes")


def test_alias_limit_can_be_raised_or_lowered() -> None:
    doc = "base: &b {x: 1, y: 2}\none: *b\ntwo: *b\n"  # each alias adds 5 nodes: the mapping, 2 keys, 2 values
    assert loads(doc, limits=Limits(max_alias_nodes=10)) == {
        "base": {"x": 1, "y": 2},
        "one": {"x": 1, "y": 2},
        "two": {"x": 1, "y": 2},
    }
    refused(
        lambda: loads(doc, name="d.yaml", limits=Limits(max_alias_nodes=5)),
        "d.yaml",
        "5 nodes",
        limit="max_alias_nodes",
    )


def test_recursive_alias_is_refused(yaml_impl: str) -> None:
    error = refused(lambda: loads("a: &a [1, *a]\n", name="r.yaml"), "r.yaml", "recursive", "line 1")
    assert error.line == 1


def test_undefined_alias_is_a_parse_error(yaml_impl: str) -> None:
    refused(lambda: loads("a: *nope\n", name="u.yaml"), "u.yaml", "undefined alias", "line 1, column 4")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_dev_zero_is_refused_by_path() -> None:
    refused(lambda: load_file("/dev/zero"), "/dev/zero", "character device", "not a regular file")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    refused(lambda: load_file(fifo), str(fifo), "FIFO", "not a regular file")


def test_directory_is_refused(tmp_path: Path) -> None:
    refused(lambda: load_file(tmp_path), str(tmp_path), "directory", "not a regular file")


def test_missing_file(tmp_path: Path) -> None:
    refused(lambda: load_file(tmp_path / "nope.yaml"), "cannot read", "nope.yaml", "No such file")


DEEP = 10_000


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("deep.json", "[" * DEEP + "]" * DEEP),
        ("deep-objects.json", '{"a": ' * DEEP + "1" + "}" * DEEP),
        ("unclosed.json", "[" * DEEP),
        ("flow.yaml", "a: " + "[" * DEEP + "]" * DEEP + "\n"),
        ("block.yaml", "- " * DEEP + "x\n"),
        ("mapping.yaml", "".join(" " * i + "k:\n" for i in range(300))),  # indentation costs bytes: 300 is enough
    ],
)
def test_deep_nesting_is_refused_before_parsing(tmp_path: Path, name: str, text: str, yaml_impl: str) -> None:
    path = write(tmp_path, name, text)
    error = refused(lambda: load_file(path), str(path), "more than 64 deep", "VOICEAGENTS_MAX_DEPTH", limit="max_depth")
    assert error.line is not None


def test_depth_through_aliases_counts_the_anchor(yaml_impl: str) -> None:
    # Each anchor nests 20 deep around an alias to the previous one: a3 would be 78 deep expanded.
    doc = "a0: &a0 " + "[" * 20 + "1" + "]" * 20 + "\n"
    doc += "".join(f"a{i}: &a{i} " + "[" * 19 + f"*a{i - 1}" + "]" * 19 + "\n" for i in (1, 2, 3))
    refused(lambda: loads(doc, name="chain.yaml"), "chain.yaml", "more than 64 deep", "line 4", limit="max_depth")
    assert loads(doc, limits=Limits(max_depth=80))["a3"] is not None


def test_depth_limit_is_exact_and_skips_strings() -> None:
    limits = Limits(max_depth=5)
    tricky = '"[[[[[[\\" {{{{\\\\", "\\\\"'  # brackets, escaped quotes and backslashes inside strings
    ok = "[" * 4 + f"[{tricky}]" + "]" * 4
    assert loads(ok, limits=limits) == [[[[['[[[[[[" {{{{\\', "\\"]]]]]
    refused(lambda: loads("[" + ok + "]", name="j", limits=limits), "more than 5 deep", limit="max_depth")
    assert loads("a:\n- - - [x]\n", limits=limits) == {"a": [[[["x"]]]]}  # mapping, 3 block and 1 flow sequence
    refused(lambda: loads("b:\n  a:\n  - - - [x]\n", name="y", limits=limits), "y nests", "line 3", limit="max_depth")


def test_deep_json_error_gives_the_line() -> None:
    text = "[\n" + "[],\n" * 1000 + "[" * 100 + "]" * 100 + "]"
    error = refused(lambda: loads(text, name="late.json"), "late.json", "line 1002", limit="max_depth")
    assert error.line == 1002


def test_file_over_the_cap_is_refused_from_its_size(tmp_path: Path) -> None:
    path = write(tmp_path, "big.yaml", "name: x\n" * 100)
    error = refused(
        lambda: load_file(path, limits=Limits(max_bytes=500)),
        f"{path} is 800 bytes, over the 500 bytes limit",
        "--max-file-size",
        "VOICEAGENTS_MAX_FILE_BYTES",
        limit="max_bytes",
    )
    assert error.name == str(path)


def test_size_is_shown_in_binary_units(tmp_path: Path) -> None:
    path = write(tmp_path, "big.json", b" " * (3 * 1024 * 1024 + 300 * 1024))
    refused(
        lambda: load_file(path, limits=Limits(max_bytes=1 << 20)), "is 3.3 MiB, over the 1 MiB limit", limit="max_bytes"
    )


def test_env_var_sets_the_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "a.yaml", "- x\n" * 40)  # 160 bytes
    monkeypatch.setenv("VOICEAGENTS_MAX_FILE_BYTES", "100")
    refused(lambda: load_file(path), "160 bytes, over the 100 bytes limit", limit="max_bytes")
    monkeypatch.setenv("VOICEAGENTS_MAX_FILE_BYTES", "1K")
    assert load_file(path) == ["x"] * 40
    monkeypatch.setenv("VOICEAGENTS_MAX_FILE_BYTES", "lots")
    refused(lambda: load_file(path), "VOICEAGENTS_MAX_FILE_BYTES must be a size in bytes", "'lots'", limit="max_bytes")


def test_limits_from_env() -> None:
    env = {"VOICEAGENTS_MAX_FILE_BYTES": "64M", "VOICEAGENTS_MAX_DEPTH": "100", "VOICEAGENTS_MAX_ALIAS_NODES": ""}
    assert Limits.from_env(env) == Limits(max_bytes=64 << 20, max_depth=100, max_alias_nodes=10_000)
    assert Limits.from_env({}) == Limits() == Limits(16 << 20, 64, 10_000)
    with pytest.raises(DocumentError, match="VOICEAGENTS_MAX_DEPTH must be a whole number >= 1, not '0'"):
        Limits.from_env({"VOICEAGENTS_MAX_DEPTH": "0"})
    with pytest.raises(ValueError, match="max_bytes"):
        Limits(max_bytes=0)
    assert _loading.parse_size("512k") == 512 * 1024
    assert _loading.parse_size(" 2 GiB ") == 2 << 30


class CountingStdin:
    """A stand-in for sys.stdin whose ``buffer`` records how much was asked for."""

    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)
        self.asked: list[int] = []
        read = self.buffer.read

        def counting_read(n: int | None = -1) -> bytes:
            self.asked.append(-1 if n is None else n)
            return read(n)

        self.buffer.read = counting_read  # type: ignore[method-assign]


def test_stdin_is_read_to_at_most_the_cap_plus_one(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = CountingStdin(b"x" * 10_000)
    monkeypatch.setattr(sys, "stdin", stdin)
    refused(
        lambda: load_file("-", limits=Limits(max_bytes=1000)),
        "<stdin> is more than 1000 bytes, over the 1000 bytes limit",
        limit="max_bytes",
    )
    assert stdin.asked == [1001]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_dev_zero_on_stdin_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    with open("/dev/zero", "rb") as zero:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(zero))
        refused(
            lambda: load_file("-", limits=Limits(max_bytes=1 << 20)), "<stdin> is more than 1 MiB", limit="max_bytes"
        )


def test_loads_checks_the_size_too() -> None:
    refused(
        lambda: loads("a: " + "x" * 200, name="s", limits=Limits(max_bytes=100)),
        "s is at least 203 bytes",
        limit="max_bytes",
    )
    refused(lambda: loads("é" * 60, name="s", limits=Limits(max_bytes=100)), "s is 120 bytes", limit="max_bytes")
    refused(lambda: loads(b"x" * 101, name="b", limits=Limits(max_bytes=100)), "b is 101 bytes", limit="max_bytes")


def test_undecodable_bytes(tmp_path: Path) -> None:
    path = write(tmp_path, "latin1.yaml", "name: ok\nprompt: caf\xe9\n".encode("latin-1"))
    error = refused(lambda: load_file(path), str(path), "is not UTF-8", "0xe9", "line 2, column 12")
    assert (error.line, error.column) == (2, 12)


@pytest.mark.parametrize("text", ["n: 1" + "0" * 5000 + "\n", "d: !!timestamp nonsense\n"])
def test_constructor_errors_are_document_errors(text: str, yaml_impl: str) -> None:
    refused(lambda: loads(text, name="n.yaml"), "n.yaml is not valid")


@pytest.mark.parametrize("digits", [101, 5000, 100_000])
def test_long_json_integers_are_refused_by_the_digit_limit_quickly(digits: int) -> None:
    text = "[1" + "0" * (digits - 1) + "]"
    refused(lambda: loads(text, name="n.json"), "n.json is not valid", "100-digit", limit="max_digits")
    assert loads("[-" + "9" * 100 + "]", name="ok.json") == [-int("9" * 100)]


# --- the CLI's rules --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "needles"),
    [
        ('{"name": "a", "name": "b"}', ["is not valid JSON", "duplicate key 'name'"]),
        ("name: a\nname: b\n", ["is not valid YAML or JSON", "duplicate key 'name'", "line 2, column 1"]),
        ("1: a\n", ["key 1 is not a string", "line 1"]),
        ('{"name": "x",}', ["is not valid JSON", "line 1, column 14"]),
        ("name: [unclosed\n", ["is not valid YAML or JSON", "line 2"]),
        ("a:\n\tb: 1\n", ["is not valid YAML or JSON", "line 2, column 1"]),
        (f"{'k' * 1000}: 1\n{'k' * 1000}: 2\n", ["duplicate key 'kkkk", "..."]),
    ],
)
def test_parse_errors_name_the_document_and_place(text: str, needles: list[str], yaml_impl: str) -> None:
    refused(lambda: loads(text, name="doc.yaml"), "doc.yaml", *needles)


def test_happy_json(tmp_path: Path) -> None:
    path = write(
        tmp_path, "a.json", '\ufeff  {"name": "x", "call": {"max_duration_seconds": 60}, "tags": [1.5, null, true]}'
    )
    assert load_file(path) == {"name": "x", "call": {"max_duration_seconds": 60}, "tags": [1.5, None, True]}


def test_happy_yaml_dates_stay_strings(tmp_path: Path, yaml_impl: str) -> None:
    path = write(tmp_path, "a.yaml", "name: 2024-01-01\nwhen: 2024-01-01 10:00:00\nflag: on\nn: 0x10\n")
    assert load_file(str(path)) == {"name": "2024-01-01", "when": "2024-01-01 10:00:00", "flag": True, "n": 16}


def test_happy_yaml_anchor_used_twice(yaml_impl: str) -> None:
    doc = "voice: &v {provider: x, speed: 1.0}\nfallback: *v\nagain:\n  <<: *v\n  speed: 1.1\n"
    data = loads(doc)
    assert data == {
        "voice": {"provider": "x", "speed": 1.0},
        "fallback": {"provider": "x", "speed": 1.0},
        "again": {"provider": "x", "speed": 1.1},
    }


def test_happy_stdin_and_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"name: from stdin\n")))
    assert load_file("-") == {"name": "from stdin"}
    assert loads("") is None
    assert loads("# only a comment\n") is None


def test_real_specs_load_like_pyyaml() -> None:
    for spec in sorted((ROOT / "openapi").glob("*.yaml")):
        text = spec.read_text(encoding="utf-8")
        assert load_file(spec) == yaml.safe_load(text)
