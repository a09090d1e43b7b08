"""Contract tests: each generated client against Prism serving its own spec on 127.0.0.1."""

from __future__ import annotations

import asyncio
import copy
import importlib
from typing import Any

import pytest
from conftest import SLUGS, load_cases, load_spec

pytestmark = pytest.mark.prism


def _api(slug: str) -> Any:
    return importlib.import_module(f"voiceagents_{slug}.api.assistants.create_assistant")


def _models(slug: str) -> Any:
    return importlib.import_module(f"voiceagents_{slug}.models")


def _responses(slug: str) -> dict[str, Any]:
    spec = load_spec(slug)
    return dict(next(iter(spec["paths"].values()))["post"]["responses"])


def _schema_class(slug: str, response: dict[str, Any]) -> Any:
    name = response["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
    return getattr(_models(slug), name)


def _invalid_body(slug: str) -> dict[str, Any]:
    """The first invalid test case the typed model can carry to the wire unchanged (a range, a
    length, a type...): the model does no validation, so the server must catch it."""
    from test_specs import _build

    model = _models(slug).CreateAssistantRequest
    for case in load_cases(slug)["invalid"]:
        body = _build(slug, case)
        try:
            if model.from_dict(copy.deepcopy(body)).to_dict() == body:
                return dict(body)
        except (KeyError, TypeError, ValueError):
            continue
    raise AssertionError(f"{slug}: no invalid case survives the typed model")


def _client(slug: str, url: str, **overrides: Any) -> Any:
    return importlib.import_module(f"voiceagents_{slug}").AuthenticatedClient(base_url=url, token="k-123", **overrides)


def _send(slug: str, client: Any, body: dict[str, Any], mode: str) -> Any:
    request = _models(slug).CreateAssistantRequest.from_dict(body)
    if mode == "sync":
        with client:
            return _api(slug).sync_detailed(client=client, body=request)

    async def go() -> Any:
        async with client:
            return await _api(slug).asyncio_detailed(client=client, body=request)

    return asyncio.run(go())


MODES = ("sync", "asyncio")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("slug", SLUGS)
def test_seed_example_creates_and_parses_into_the_typed_success_model(slug: str, mode: str, prism_servers: Any) -> None:
    success = next(r for code, r in _responses(slug).items() if str(code).startswith("2"))
    for case in load_cases(slug)["valid"]:
        response = _send(slug, _client(slug, prism_servers[slug].url), case["body"], mode)
        assert 200 <= response.status_code < 300, (case["name"], response.content)
        assert isinstance(response.parsed, _schema_class(slug, success)), case["name"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("slug", SLUGS)
def test_invalid_body_is_rejected_with_422(slug: str, mode: str, prism_servers: Any) -> None:
    response = _send(slug, _client(slug, prism_servers[slug].url), _invalid_body(slug), mode)
    assert response.status_code == 422
    documented = _responses(slug).get("422")
    if documented:  # the typed 422 model, where the vendor documents one
        assert isinstance(response.parsed, _schema_class(slug, documented))
    else:
        assert response.parsed is None


def _misplaced(slug: str) -> dict[str, Any]:
    """Client options that send the key somewhere the vendor does not look for it."""
    if slug == "insighto":  # query key required; send it as a Bearer header instead
        return {"auth_query_param": None, "prefix": "Bearer", "auth_header_name": "Authorization"}
    if slug == "callhq":  # x-api-key required; send Bearer
        return {"prefix": "Bearer", "auth_header_name": "Authorization"}
    return {"prefix": "", "auth_header_name": "x-api-key"}  # Bearer required; send x-api-key


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("slug", SLUGS)
def test_missing_or_misplaced_credential_gets_401(slug: str, mode: str, prism_servers: Any) -> None:
    body = load_cases(slug)["valid"][0]["body"]
    unauthenticated = importlib.import_module(f"voiceagents_{slug}").Client(base_url=prism_servers[slug].url)
    assert _send(slug, unauthenticated, body, mode).status_code == 401
    misplaced = _client(slug, prism_servers[slug].url, **_misplaced(slug))
    assert _send(slug, misplaced, body, mode).status_code == 401


@pytest.mark.parametrize("slug", SLUGS)
def test_generated_readme_quickstart_runs_against_prism(
    slug: str, prism_servers: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The quickstart in generated/<slug>/README.md works as written (pointed at Prism by env vars)."""
    import re
    from pathlib import Path

    readme = (Path(__file__).parent.parent / "generated" / slug / "README.md").read_text(encoding="utf-8")
    (code,) = [block for block in re.findall(r"```python\n(.*?)```", readme, re.S) if "sync_detailed" in block]
    monkeypatch.setenv(f"{slug.upper()}_BASE_URL", prism_servers[slug].url)
    monkeypatch.setenv(f"{slug.upper()}_API_KEY", "k-quickstart")
    exec(compile(code, f"generated/{slug}/README.md", "exec"), {})  # noqa: S102 - our own README
    status = capsys.readouterr().out.split()[0]
    assert status.startswith("2"), status
