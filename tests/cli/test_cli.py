"""The ``voiceagents`` command line: every command, its help, its output streams and exit codes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click
import pytest
import voiceagents
from click.testing import CliRunner, Result
from conftest import ROOT, SLUGS, load_cases, name_field, yaml_dump, yaml_load
from voiceagents import _validation
from voiceagents import spec as vspec
from voiceagents.cli import main
from voiceagents.convert import from_vendor

ASSISTANT: dict[str, Any] = {
    "name": "Front desk",
    "system_prompt": "You answer calls for Acme Dental.",
    "opening": {"speaker": "assistant", "message": "Hello, Acme Dental!", "mode": "static"},
    "voice": {"provider": "cartesia", "id": "a0e99841-438c-4a64-b679-ae501e7d6091", "speed": 1.1},
    "call": {"max_duration_seconds": 600},
}


def run(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)


def write(tmp_path: Path, data: Any, name: str = "assistant.yaml") -> str:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else yaml_dump(data), encoding="utf-8")
    return str(path)


def assert_clean_error(result: Result, code: int, *needles: str) -> None:
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    assert result.stdout == ""
    for needle in needles:
        assert needle in result.stderr, result.stderr


# --------------------------------------------------------------------------- help


@pytest.mark.parametrize("command", [[], *([name] for name in sorted(main.commands))])
def test_every_command_and_option_has_help(command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Usage: " in result.stdout
    assert len(result.stdout.split("Options:")[0].split("\n", 2)[-1].strip()) > 20, "a description"
    cmd: Any = main
    for name in command:
        cmd = cmd.commands[name]
    assert cmd.help
    for param in cmd.params:
        if isinstance(param, click.Option):
            assert param.help, f"{' '.join(command)} {param.opts}"


def test_main_help_names_the_exit_codes() -> None:
    result = run("--help")
    for word in ("import", "convert", "validate", "create", "schema", "vendors", "Exit codes"):
        assert word in result.stdout


# --------------------------------------------------------------------------- import


@pytest.mark.parametrize(
    ("slug", "case"), [(slug, case["name"]) for slug in SLUGS for case in load_cases(slug)["valid"]]
)
def test_import_then_convert_back_gives_the_same_body(tmp_path: Path, slug: str, case: str) -> None:
    body = next(c["body"] for c in load_cases(slug)["valid"] if c["name"] == case)
    imported = run("import", "--from", slug, write(tmp_path, json.dumps(body), "body.json"))
    assert imported.exit_code == 0, imported.stderr
    neutral = yaml_load(imported.stdout)
    assert neutral == from_vendor(slug, body)[0].model_dump(exclude_unset=True)
    assert f"conversion from {slug}:" in imported.stderr
    exported = run("convert", "--to", slug, write(tmp_path, imported.stdout))
    assert exported.exit_code == 0, exported.stderr
    assert json.loads(exported.stdout) == body
    assert f"conversion to {slug}:" in exported.stderr


def test_import_reads_stdin() -> None:
    body = load_cases("revox")["valid"][0]["body"]
    result = run("import", "--from", "revox", "-", stdin=json.dumps(body))
    assert result.exit_code == 0
    assert yaml_load(result.stdout) == {"name": body["name"], "system_prompt": body["prompt"]}


def test_import_rejects_an_invalid_vendor_body(tmp_path: Path) -> None:
    result = run("import", "--from", "revox", write(tmp_path, {"name": 5}))
    assert_clean_error(
        result, 1, "revox: the request body is invalid", "/name: 5 breaks rule: must be a string", "/prompt"
    )


# --------------------------------------------------------------------------- convert


def test_convert_writes_the_body_to_stdout_and_the_report_to_stderr(tmp_path: Path) -> None:
    result = run("convert", "--to", "revox", write(tmp_path, ASSISTANT))
    assert result.exit_code == 0, result.stderr
    body = json.loads(result.stdout)
    assert body["voice"] == {"id": ASSISTANT["voice"]["id"], "provider": "cartesia", "speed": 1.1}
    assert _validation.body_errors("revox", "createAssistant", body) == []
    assert result.stderr.startswith("conversion to revox: ")
    assert "mapped         voice.speed -> voice.speed" in result.stderr


def test_convert_from_stdin_json() -> None:
    result = run("convert", "--to", "revox", "-", stdin=json.dumps(ASSISTANT))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["name"] == "Front desk"


def test_lossy_conversion_exits_3_naming_every_field(tmp_path: Path) -> None:
    data = {**ASSISTANT, "call": {"max_duration_seconds": 600, "recording": True}, "llm": {"temperature": 0.2}}
    path = write(tmp_path, data)
    result = run("convert", "--to", "revox", path)
    assert_clean_error(result, 3, "call.recording", "llm.temperature", "--allow-drop")
    assert "DROPPED        call.recording: Revox has no field for it" in result.stderr
    allowed = run("convert", "--to", "revox", "--allow-drop", path)
    assert allowed.exit_code == 0
    assert "recording" not in json.loads(allowed.stdout)
    assert "DROPPED        call.recording" in allowed.stderr


def test_missing_inputs_exit_3_even_with_allow_drop(tmp_path: Path) -> None:
    result = run("convert", "--to", "autocalls", "--allow-drop", write(tmp_path, ASSISTANT))
    assert_clean_error(result, 3, "voice_id", "language_id", "mode", "vendor_extras.autocalls")
    assert "--allow-drop" not in result.stderr.splitlines()[-1]


def test_convert_with_vendor_extras(tmp_path: Path) -> None:
    data = {
        **ASSISTANT,
        "voice": {"speed": 1.1},
        "timezone": "Europe/Berlin",
        "call": {"direction": "inbound", "max_duration_seconds": 600},
        "vendor_extras": {"autocalls": {"voice_id": 7, "language_id": 2, "mode": "pipeline", "llm_model_id": 3}},
    }
    result = run("convert", "--to", "autocalls", write(tmp_path, data))
    assert result.exit_code == 0, result.stderr
    body = json.loads(result.stdout)
    assert (body["voice_id"], body["type"], body["max_duration"]) == (7, "inbound", 600)
    assert _validation.body_errors("autocalls", "createAssistant", body) == []


def test_convert_merges_an_extras_file_first(tmp_path: Path) -> None:
    data = {
        **ASSISTANT,
        "timezone": "Europe/Berlin",
        "call": {"direction": "inbound"},
        "vendor_extras": {"autocalls": {"voice_id": 7}},
    }
    extras = {"vendor_extras": {"autocalls": {"language_id": 2, "mode": "pipeline", "llm_model_id": 3}}}
    without = run("convert", "--to", "autocalls", write(tmp_path, data))
    assert_clean_error(without, 3, "language_id")
    result = run("convert", "--to", "autocalls", "--extras", write(tmp_path, extras, "x.yaml"), write(tmp_path, data))
    assert result.exit_code == 0, result.stderr
    body = json.loads(result.stdout)
    assert (body["voice_id"], body["language_id"], body["llm_model_id"]) == (7, 2, 3)  # both kept
    not_an_object = run(
        "convert", "--to", "autocalls", "--extras", write(tmp_path, "[1]", "l.yaml"), write(tmp_path, data)
    )
    assert_clean_error(not_an_object, 1, "--extras must be an object")


# --------------------------------------------------------------------------- validate


def test_validate(tmp_path: Path) -> None:
    path = write(tmp_path, ASSISTANT)
    result = run("validate", path)
    assert result.exit_code == 0
    assert "ok" in result.stdout
    result = run("validate", "--vendor", "revox", path)
    assert result.exit_code == 0
    assert "valid revox body" in result.stdout
    result = run("validate", "--vendor", "insighto", path)
    assert_clean_error(result, 3, "assistant_type", "opening.message")
    result = run("validate", "--vendor", "callhq", "--allow-drop", path)
    assert_clean_error(result, 3, "transcriber")


def test_a_deploy_definition_is_a_definition_for_every_command(tmp_path: Path, mock_env: Callable[[str], Any]) -> None:
    """A file of a fleet (with its deploy key ``vendors:``) validates, converts and creates as it is."""
    path = write(tmp_path, {**ASSISTANT, "vendors": ["revox", "callhq"]})
    assert run("validate", path).exit_code == 0
    assert run("validate", "--vendor", "revox", path).exit_code == 0
    converted = run("convert", "--to", "revox", path)
    assert converted.exit_code == 0, converted.stderr
    assert "vendors" not in json.loads(converted.stdout)
    server = mock_env("revox")
    created = run("create", "--vendor", "revox", path)
    assert created.exit_code == 0, created.stderr
    assert "vendors" not in next(iter(server.assistants.values()))
    assert_clean_error(run("validate", write(tmp_path, {**ASSISTANT, "vendors": ["nope"]})), 1, "'nope', not a vendor")
    assert_clean_error(
        run("convert", "--to", "revox", "-", stdin=json.dumps({**ASSISTANT, "vendors": 3})), 1, "<stdin>"
    )


@pytest.mark.parametrize(
    ("content", "needles"),
    [
        ({"nmae": "typo"}, ["/nmae", "unknown field", "allowed here: call"]),
        ({"call": {"max_duration_seconds": "ten"}}, ["/call/max_duration_seconds", "'ten'", "must be a number"]),
        ({"voice": {"stability": 2}}, ["/voice/stability", "2", "maximum 1"]),
        ({"language": {"primary": "English"}}, ["/language/primary", "'English'", "must match the pattern"]),
        ({"opening": {"speaker": "caller"}}, ["/opening/speaker", "one of ['assistant', 'user']"]),
        ({"vendor_extras": {"vapi": {}}}, ["/vendor_extras/vapi", "unknown field"]),
        ("name: [unclosed", ["is not valid YAML or JSON"]),
        ('{"name": "x",}', ["is not valid JSON", "line 1"]),
        ('{"name": "a", "name": "b"}', ["duplicate key 'name'"]),
        ("name: a\nname: b\n", ["duplicate key 'name'"]),
        ("- name: a\n", ["must be an object", "list"]),
        ("1: a\n", ["key 1 is not a string"]),
        ("", ["the assistant definition is empty"]),
    ],
)
def test_invalid_input_exits_1_naming_field_value_and_rule(
    tmp_path: Path, content: dict[str, Any] | str, needles: list[str]
) -> None:
    path = write(tmp_path, content)
    for command in (["validate"], ["convert", "--to", "revox"]):
        assert_clean_error(run(*command, path), 1, "error:", *needles)


def test_yaml_dates_stay_text(tmp_path: Path) -> None:
    result = run("validate", write(tmp_path, "name: 2024-01-01\nsystem_prompt: on\n"))
    assert_clean_error(result, 1, "/system_prompt", "must be a string")  # YAML 1.1 `on` is a boolean
    assert run("validate", write(tmp_path, "name: 2024-01-01\n")).exit_code == 0


def test_invalid_vendor_extras_exit_1(tmp_path: Path) -> None:
    data = {**ASSISTANT, "vendor_extras": {"revox": {"colour": "red", "first_sentence_delay_ms": -1}}}
    result = run("convert", "--to", "revox", write(tmp_path, data))
    assert_clean_error(result, 1, "/vendor_extras/revox/colour", "unknown field", "extra_body")


def test_unknown_vendor_exits_1(tmp_path: Path) -> None:
    path = write(tmp_path, ASSISTANT)
    for args in (
        ["convert", "--to", "vapi", path],
        ["import", "--from", "vapi", path],
        ["validate", "--vendor", "vapi", path],
    ):
        result = run(*args)
        assert result.exit_code == 2, result.output  # a usage error, caught by click before anything runs
        assert "'vapi' is not a vendor" in result.stderr
        assert all(slug in result.stderr for slug in SLUGS)
    typo = run("convert", "--to", "revx", path)
    assert "Did you mean 'revox'?" in typo.stderr


def test_missing_file_exits_1(tmp_path: Path) -> None:
    assert_clean_error(run("validate", str(tmp_path / "nope.yaml")), 1, "cannot read", "nope.yaml")


@pytest.mark.parametrize(
    "args",
    [
        ["convert", "ASSISTANT"],
        ["import", "ASSISTANT"],
        ["convert", "--to", "revox"],
        ["frobnicate"],
        ["schema", "--bad"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert "Usage:" in result.stderr


# --------------------------------------------------------------------------- schema, vendors


def test_schema_prints_the_neutral_json_schema() -> None:
    result = run("schema")
    assert result.exit_code == 0
    shipped = ROOT / "wrappers" / "voiceagents" / "types" / "assistant.schema.json"  # derived by make generate
    assert result.stdout == shipped.read_text(encoding="utf-8")
    assert json.loads(result.stdout)["title"] == "Assistant"


def test_vendors_lists_slug_title_version_and_auth() -> None:
    result = run("vendors")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["slug", "vendor", "spec", "auth", "operations", "client"]
    starts = [lines[0].index(h) for h in ("vendor", "spec", "auth", "operations", "client")]
    for line in lines[1:]:  # aligned columns: each starts where its header does, after two spaces
        for start in starts:
            assert line[start - 2 : start] == "  ", (line, start)
            assert line[start] != " "
    for slug in SLUGS:
        vendor = vspec.vendor(slug)
        (line,) = [line for line in lines if line.startswith(slug + " ")]
        assert vendor.title in line
        assert vendor.version in line
        assert vendor.describe_auth() in line
    assert "query parameter api_key" in result.stdout
    for vendor in vspec.vendors():
        assert vendor.installed_version in next(line for line in lines if line.startswith(vendor.slug + " "))
    assert "header x-api-key" in result.stdout
    assert "header Authorization: Bearer <key>" in result.stdout


# --------------------------------------------------------------------------- the installed command


def test_installed_entry_point_and_lazy_imports() -> None:
    script = Path(sys.executable).parent / "voiceagents"
    result = subprocess.run([str(script), "--help"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert "Usage: voiceagents" in result.stdout
    probe = (
        "import sys, voiceagents.cli; "
        "heavy = ('pydantic', 'jsonschema_rs', 'yaml', 'httpx', 'voiceagents.convert'); "
        "print([m for m in heavy if m in sys.modules])"
    )
    imported = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert imported.stdout.strip() == "[]"


def test_malformed_input_never_shows_a_traceback(tmp_path: Path) -> None:
    path = write(tmp_path, "\x00\x01 not yaml: [")
    script = Path(sys.executable).parent / "voiceagents"
    result = subprocess.run(
        [str(script), "convert", "--to", "revox", path], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error:")


# --------------------------------------------------------------------------- create (against Prism)

KEY = "sk-cli-secret-4711"


def create(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, ["create", *args], env=env, catch_exceptions=False)


@pytest.mark.prism
def test_create_neutral_assistant_prints_the_id(tmp_path: Path, prism_servers: Any) -> None:
    path = write(tmp_path, {**ASSISTANT, "vendor_extras": {"revox": {}}})
    result = create(
        "--vendor", "revox", "--base-url", prism_servers["revox"].url, "--allow-drop", path, env={"REVOX_API_KEY": KEY}
    )
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)
    assert printed["vendor"] == "revox"
    assert printed["status"] == 200
    assert printed["id"]
    assert "conversion to revox" in result.stderr  # the report
    assert KEY not in result.output


@pytest.mark.prism
def test_create_vendor_body_with_base_url_from_the_environment(tmp_path: Path, prism_servers: Any) -> None:
    body = next(c["body"] for c in load_cases("autocalls")["valid"] if c["body"]["mode"] == "pipeline")
    path = write(tmp_path, body, "body.json")
    result = create(
        "--vendor",
        "autocalls",
        path,
        env={"AUTOCALLS_API_KEY": KEY, "AUTOCALLS_BASE_URL": prism_servers["autocalls"].url},
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"vendor": "autocalls", "id": 789, "status": 200}
    assert result.stderr == ""  # a vendor body is not converted: no report


def test_create_without_a_key_exits_1_naming_the_variable(tmp_path: Path) -> None:
    result = create("--vendor", "revox", write(tmp_path, ASSISTANT), env={"REVOX_API_KEY": ""})
    assert_clean_error(result, 1, "REVOX_API_KEY")


def test_create_invalid_body_exits_1_before_any_network_call(tmp_path: Path) -> None:
    body = {
        "name": "x" * 300,
        "voice_id": 1,
        "language_id": 1,
        "type": "outbound",
        "mode": "pipeline",
        "timezone": "UTC",
        "initial_message": "Hi",
        "system_prompt": "Be nice",
        "llm_model_id": 2,
    }
    closed = "http://127.0.0.1:9"  # nothing listens there: a network call would fail with exit 4
    result = create(
        "--vendor", "autocalls", "--base-url", closed, write(tmp_path, body, "b.json"), env={"AUTOCALLS_API_KEY": KEY}
    )
    assert_clean_error(result, 1, "/name", "at most 255 characters")


def test_create_lossy_conversion_exits_3(tmp_path: Path) -> None:
    result = create(
        "--vendor",
        "insighto",
        "--base-url",
        "http://127.0.0.1:9",
        write(tmp_path, ASSISTANT),
        env={"INSIGHTO_API_KEY": KEY},
    )
    assert_clean_error(result, 3, "conversion to insighto")


def test_create_connection_failure_exits_4_without_leaking_the_key(tmp_path: Path) -> None:
    body = next(c["body"] for c in load_cases("revox")["valid"])
    result = create(
        "--vendor",
        "revox",
        "--base-url",
        "http://127.0.0.1:9",
        "--timeout",
        "2",
        write(tmp_path, body, "b.json"),
        env={"REVOX_API_KEY": KEY},
    )
    assert_clean_error(result, 4, "revox")
    assert KEY not in result.output


# --------------------------------------------------------------------------- hostile input

BOMB = "a: &a ['lol','lol','lol','lol','lol','lol','lol','lol','lol']\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},"
    f"*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)}]\n"
    for i in range(8)
)


def _bounded() -> None:
    """In the child: 10 s of CPU and 1 GiB of memory. A runaway parse (the 83 s, 16.8 GB of an
    unbounded alias bomb) then fails for sure, whatever the machine's load; wall time is not used."""
    import resource

    resource.setrlimit(resource.RLIMIT_CPU, (10, 10))
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


def _cli(*args: str, env: dict[str, str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).parent / "voiceagents"
    return subprocess.run(
        [str(script), *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        preexec_fn=_bounded,
    )


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (BOMB, "alias"),
        ("[" * 10_000 + "]" * 10_000, "deep"),
        ("a:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 200)), "deep"),
    ],
    ids=["alias-bomb", "deep-json", "deep-yaml"],
)
def test_hostile_documents_are_refused_quickly_without_a_traceback(tmp_path: Path, content: str, needle: str) -> None:
    path = write(tmp_path, content, "hostile.yaml")
    result = _cli("validate", path)  # under CPU and memory limits: a runaway would be killed, not exit 1
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "hostile.yaml" in result.stderr
    assert needle in result.stderr.lower()


def test_non_regular_files_are_refused() -> None:
    result = _cli("validate", "/dev/zero")
    assert result.returncode == 1
    assert "/dev/zero" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_size_limit_is_documented_and_can_be_raised(tmp_path: Path) -> None:
    path = write(tmp_path, {**ASSISTANT, "system_prompt": "x" * 3000})
    small = _cli("--max-file-size", "1K", "validate", path)
    assert small.returncode == 1
    assert "over the 1 KiB limit" in small.stderr
    assert "--max-file-size" in small.stderr
    assert "VOICEAGENTS_MAX_FILE_BYTES" in small.stderr
    assert _cli("validate", path, env={"VOICEAGENTS_MAX_FILE_BYTES": "1K"}).returncode == 1
    assert _cli("--max-file-size", "1M", "validate", path).returncode == 0
    assert "16M" in run("--help").stdout  # the default is documented


# --------------------------------------------------------------------------- output for scripts


def test_json_and_quiet_on_convert_and_import(tmp_path: Path) -> None:
    path = write(tmp_path, ASSISTANT)
    both = run("convert", "--to", "revox", "--json", path)
    assert both.exit_code == 0
    document = json.loads(both.stdout)
    assert document["body"]["name"] == "Front desk"
    assert {e["neutral"]: e["outcome"] for e in document["report"]["entries"]}["voice.speed"] == "mapped"
    assert both.stderr == ""
    quiet = run("convert", "--to", "revox", "--quiet", path)
    assert quiet.stderr == ""
    assert json.loads(quiet.stdout) == document["body"]
    body = write(tmp_path, document["body"], "body.json")
    imported = json.loads(run("import", "--from", "revox", "--json", body).stdout)
    assert imported["definition"]["name"] == "Front desk"
    assert imported["report"]["direction"] == "from_vendor"


def test_version_lists_every_client_and_its_spec_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.startswith(f"voiceagents {voiceagents.__version__}\n")
    for vendor in vspec.vendors():
        assert re.search(
            rf"^  {vendor.slug}\s+spec {re.escape(vendor.version)}\s+client {vendor.installed_version}$",
            result.stdout,
            re.M,
        )


def test_vendor_slugs_complete() -> None:
    env = {"_VOICEAGENTS_COMPLETE": "bash_complete", "COMP_WORDS": "voiceagents convert --to auto", "COMP_CWORD": "3"}
    result = _cli(env=env)
    offered = [line.split(",", 1)[1] for line in result.stdout.splitlines() if line.startswith("plain,")]
    assert offered == [s for s in SLUGS if s.startswith("auto")]


# --------------------------------------------------------------------------- the lifecycle, against the stateful mock


def _lifecycle_vendors(*operations: str) -> list[str]:
    return [v.slug for v in vspec.vendors() if set(operations) <= set(v.operations)]


@pytest.fixture
def mock_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], Any]]:
    from voiceagents.testing import serve

    servers: list[Any] = []

    def start(slug: str) -> Any:
        server = serve(slug, key=KEY)
        servers.append(server)
        monkeypatch.setenv(f"{slug.upper()}_API_KEY", KEY)
        monkeypatch.setenv(f"{slug.upper()}_BASE_URL", server.url)
        return server

    yield start
    for server in servers:
        server.stop()


def _body(slug: str) -> dict[str, Any]:
    return dict(load_cases(slug)["valid"][0]["body"])


@pytest.mark.parametrize("slug", _lifecycle_vendors("createAssistant", "updateAssistant", "deleteAssistant"))
def test_create_update_delete_from_the_command_line(tmp_path: Path, slug: str, mock_env: Callable[[str], Any]) -> None:
    server = mock_env(slug)
    created = run("create", "--vendor", slug, write(tmp_path, _body(slug), "body.json"))
    assert created.exit_code == 0, created.stderr
    ident = json.loads(created.stdout)["id"]
    assert ident is not None
    assert server.count == 1
    field = name_field(slug)
    updated = run("update", "--vendor", slug, str(ident), write(tmp_path, {field: "Renamed"}, "patch.json"))
    assert updated.exit_code == 0, updated.stderr
    assert next(iter(server.assistants.values()))[field] == "Renamed"
    deleted = run("delete", "--vendor", slug, str(ident))
    assert deleted.exit_code == 0, deleted.stderr
    assert server.count == 0
    again = run("delete", "--vendor", slug, str(ident))
    assert_clean_error(again, 4, "404")


@pytest.mark.parametrize("slug", _lifecycle_vendors("getAssistant", "listAssistants"))
def test_get_and_list_print_json_and_get_neutral_prints_a_definition(
    tmp_path: Path, slug: str, mock_env: Callable[[str], Any]
) -> None:
    mock_env(slug)
    ident = json.loads(run("create", "--vendor", slug, write(tmp_path, _body(slug), "b.json")).stdout)["id"]
    got = run("get", "--vendor", slug, str(ident))
    assert got.exit_code == 0, got.stderr
    assert json.loads(got.stdout)
    listed = json.loads(run("list", "--vendor", slug).stdout)
    assert len(listed) == 1
    neutral = run("get", "--vendor", slug, str(ident), "--neutral")
    assert neutral.exit_code == 0, neutral.stderr
    definition = yaml_load(neutral.stdout)
    assert definition["name"]
    assert "skipped" in neutral.stderr  # the vendor's own fields (the id) are listed, not lost silently


@pytest.mark.parametrize("slug", [v.slug for v in vspec.vendors() if "getAssistant" not in v.operations])
def test_an_undocumented_operation_exits_1_and_sends_nothing(slug: str, mock_env: Callable[[str], Any]) -> None:
    server = mock_env(slug)
    result = run("get", "--vendor", slug, "1")
    assert_clean_error(result, 1, f"{slug} does not document getAssistant", "Nothing was sent")
    assert sum(server.received.values()) == 0


def test_extra_body_sends_what_the_spec_does_not_know(tmp_path: Path, mock_env: Callable[[str], Any]) -> None:
    server = mock_env("revox")
    path = write(tmp_path, {**_body("revox"), "frist_sentence": "Hi"}, "typo.json")
    typo = run("create", "--vendor", "revox", path)
    assert_clean_error(typo, 1, "/frist_sentence", "did you mean 'first_sentence'?", "extra_body")
    assert sum(server.received.values()) == 0
    sent = run(
        "create", "--vendor", "revox", write(tmp_path, _body("revox"), "ok.json"), "--extra-body", '{"brand_new": 1}'
    )
    assert sent.exit_code == 0, sent.stderr
    assert server.requests[-1].json()["brand_new"] == 1


def test_mock_command_prints_its_url_and_serves_the_vendor(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "voiceagents"
    proc = subprocess.Popen([str(script), "mock", "--vendor", "revox", "--quiet"], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        with voiceagents.client("revox", api_key="k", base_url=url) as revox:
            created = revox.create_assistant(_body("revox"))
            assert revox.get_assistant(created.id).id == created.id
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_mock_on_a_busy_port_is_a_clean_error() -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = _cli("mock", "--vendor", "revox", "--port", str(port))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"127.0.0.1:{port}" in result.stderr
    assert "--port" in result.stderr
