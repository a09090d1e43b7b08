"""The ``voiceagents`` command line: every command, its help, its output streams and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import click
import pytest
import yaml
from click.testing import CliRunner, Result
from conftest import ROOT, SLUGS, load_cases
from voiceagents import _validation, _vendors
from voiceagents._convert import from_vendor
from voiceagents.cli import main

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
    path.write_text(data if isinstance(data, str) else yaml.safe_dump(data), encoding="utf-8")
    return str(path)


def assert_clean_error(result: Result, code: int, *needles: str) -> None:
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    assert result.stdout == ""
    for needle in needles:
        assert needle in result.stderr, result.stderr


# --------------------------------------------------------------------------- help


@pytest.mark.parametrize("command", [[], ["import"], ["convert"], ["validate"], ["create"], ["schema"], ["vendors"]])
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
    neutral = yaml.safe_load(imported.stdout)
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
    assert yaml.safe_load(result.stdout) == {"name": body["name"], "system_prompt": body["prompt"]}


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
    assert _validation.request_errors("revox", body) == []
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
    assert _validation.request_errors("autocalls", body) == []


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
    assert_clean_error(result, 1, "/vendor_extras/revox/colour", "not a field of the revox request body")


def test_unknown_vendor_exits_1(tmp_path: Path) -> None:
    path = write(tmp_path, ASSISTANT)
    for args in (
        ["convert", "--to", "vapi", path],
        ["import", "--from", "vapi", path],
        ["validate", "--vendor", "vapi", path],
    ):
        assert_clean_error(run(*args), 1, "unknown vendor 'vapi'", "known vendors: callhq")


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
    assert result.stdout == (ROOT / "openapi" / "assistant.schema.json").read_text(encoding="utf-8")
    assert json.loads(result.stdout)["title"] == "Assistant"


def test_vendors_lists_slug_title_version_and_auth() -> None:
    result = run("vendors")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["slug", "vendor", "spec", "auth"]
    for slug in SLUGS:
        vendor = _vendors.get(slug)
        (line,) = [line for line in lines if line.startswith(slug + " ")]
        assert vendor.title in line
        assert vendor.version in line
        assert vendor.describe_auth() in line
    assert "query parameter api_key" in result.stdout
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
        "heavy = ('pydantic', 'jsonschema_rs', 'yaml', 'httpx', 'voiceagents._convert'); "
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
